import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardPrivacy

/// `ScreenAhead` screens comment cells on another core while an export is normalised: what it hands over must
/// be what the screen says of each cell, for cells that hold a comment only, and stopping it early must lose
/// nothing (the rest are screened later). Comments written for this test.
@Suite("Screening ahead")
struct ScreenAheadTests {
    static let rows = [
        Table.Row(sourceRow: 2, cells: ["1", "my carer shouts and hits me when i am late", "nothing"]),
        Table.Row(sourceRow: 3, cells: ["2", "more trips to the seaside please", ""]),
        Table.Row(sourceRow: 4, cells: ["3", "more trips to the seaside please", "n/a"]),
        Table.Row(sourceRow: 5, cells: ["4"]),
    ]

    @Test("Each distinct comment cell of the named columns is screened as the screen screens it")
    func screensComments() {
        let screen = SafeguardingScreen()
        let ahead = ScreenAhead(screen: screen)
        ahead.add(Self.rows, columns: [1, 2])
        ahead.waitUntilDone()
        let screened = ahead.finish()
        #expect(Set(screened.keys) == ["my carer shouts and hits me when i am late", "more trips to the seaside please"])
        for (text, result) in screened { #expect(result == screen.scan(text)) }
    }

    @Test("Finishing before any work, or twice, hands over what was done and no more")
    func finishesEarly() {
        let ahead = ScreenAhead(screen: SafeguardingScreen())
        _ = ahead.finish()
        ahead.add(Self.rows, columns: [1])
        #expect(ahead.finish().isEmpty)
        #expect(ahead.finish().isEmpty)
    }
}
