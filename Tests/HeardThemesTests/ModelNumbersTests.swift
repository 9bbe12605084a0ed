import Testing
import HeardCore
@testable import HeardThemes

/// The trained models' numbers are read by `DecimalText`; each must be the `Double` that `Double(_:)` reads.
@Suite("The themes and polarity models read quickly")
struct ModelNumbersTests {
    @Test("every number of the shipped models reads to the bits Double(_:) gives")
    func shippedNumbersAgree() {
        var count = 0
        for text in [EmbeddedData.modelsLincolnshire2022, EmbeddedData.modelsNelc2019, EmbeddedData.modelsPolarity] {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                for field in line.split(separator: "\t").dropFirst() {
                    guard let expected = Double(field) else { continue }
                    #expect(DecimalText.double(field)?.bitPattern == expected.bitPattern, "\(field)")
                    count += 1
                }
            }
        }
        #expect(count > 10_000)
    }
}
