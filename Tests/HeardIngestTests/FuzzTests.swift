import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
import HeardTestSupport

@Suite("Fuzzing the readers")
struct FuzzTests {
    static let seeds: [(String, [UInt8])] = {
        let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/writers")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".py") }.sorted().compactMap { name in
            (try? Data(contentsOf: folder.appending(path: name))).map { (name, Array($0)) }
        }
    }()

    /// One random damage: flip, overwrite, delete, duplicate or truncate.
    static func mutate(_ bytes: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) where !result.isEmpty {
            let at = Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: result[at] ^= UInt8.random(in: 1...255, using: &random)
            case 1: result[at] = [0, 0xFF, 0x22, 0x3C, 0x0A, 0x50][Int.random(in: 0..<6, using: &random)]
            case 2: result.remove(at: at)
            case 3: result.insert(contentsOf: result[at..<min(result.count, at + 16)], at: at)
            default: result = Array(result.prefix(at))
            }
        }
        return result
    }

    @Test("thousands of damaged files give errors or tables, never a crash")
    func mutations() {
        #expect(Self.seeds.count >= 10)
        var random = SplitMix(seed: 20_261_123)
        var outcomes = (tables: 0, refusals: 0)
        for round in 0..<3000 {
            let (name, bytes) = Self.seeds[round % Self.seeds.count]
            let damaged = Self.mutate(bytes, using: &random)
            do {
                _ = try Ingester().read(damaged, source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
                outcomes.tables += 1
            } catch {
                #expect(error.location?.file == name)
                outcomes.refusals += 1
            }
        }
        #expect(outcomes.tables + outcomes.refusals == 3000)
        #expect(outcomes.refusals > 100)
    }
}
