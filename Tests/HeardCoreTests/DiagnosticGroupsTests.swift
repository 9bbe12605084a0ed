import Testing
@testable import HeardCore

@Suite("Diagnostics grouped by column and kind")
struct DiagnosticGroupsTests {
    @Test("the same problem in many rows is one line with the count and the first rows")
    func grouped() {
        let source = SourceLocation(file: "Surveys/big.csv")
        var diagnostics = (0..<49_916).map {
            Diagnostic.warning("row has 9 cells but the header has 12; kept as it is", at: source.at(row: $0 + 3))
        }
        diagnostics.append(.warning("submission date not understood", at: source.at(row: 7, column: 4)))
        diagnostics.append(.note("second header row folded into the first", at: source.at(row: 2)))
        let lines = DiagnosticGroups.grouped(diagnostics)
        #expect(lines.count == 3)
        #expect(lines[0].message.hasSuffix("in 49916 rows (3, 4, 5, 6, 7, ...)"))
        #expect(lines[0].location?.row == 3)
        #expect(lines[1].message == "submission date not understood")
    }

    @Test("problems in different columns or files stay apart")
    func apart() {
        let a = SourceLocation(file: "a.csv"), b = SourceLocation(file: "b.csv")
        let lines = DiagnosticGroups.grouped([.warning("x", at: a.at(row: 2, column: 1)), .warning("x", at: a.at(row: 3, column: 2)),
                                              .warning("x", at: b.at(row: 2, column: 1))])
        #expect(lines.count == 3)
    }
}
