import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise

/// What a header asks, and what a column holds, decide its role: written in our own words, not the fixtures'.
@Suite("Column roles by what a column asks and holds")
struct ColumnRoleTests {
    @Test("headers that ask for an identifier", arguments: [
        ("Name", HeaderIntent.Identifier.person), ("Your name (optional)", .person), ("What's your email?", .person),
        ("Which school do you go to?", .institution), ("Your school", .institution), ("School name", .person),
        ("Where do you go to school?", .institution), ("Who is your social worker?", .person),
        ("Child's date of birth", .person), ("Case ref", .person), ("Home postcode", .person),
    ])
    func asksForIdentifier(header: String, kind: HeaderIntent.Identifier) {
        #expect(HeaderIntent(header).asksFor == kind)
    }

    @Test("headers that ask an opinion or a fact about a topic do not", arguments: [
        "How do you feel about school or college?", "Do you like your school?", "Are you at school or college?",
        "Do you know your social worker's name?", "Where do you live now?", "Name one thing you enjoy",
        "Which of these help you at school?", "How often do you see your social worker?",
    ])
    func asksAnOpinion(header: String) {
        #expect(HeaderIntent(header).asksFor == nil)
    }

    @Test("an opinion question mentioning school, with a handful of repeated answers, is a question")
    func opinionAboutSchool() throws {
        var csv = "Timestamp,How do you feel about school or college?,Which school do you go to?\n"
        let feelings = ["I love it", "It's alright", "I hate it", "I'm not at school or college"]
        let schools = ["Fernside Academy", "Holme Lane Primary School", "Kingsway College", "Oak Tree Academy"]
        for row in 0..<24 {
            csv += "01/10/2024 09:\(10 + row):00,\(feelings[row % 4]),\(schools[(row * 7) % 4])\n"
        }
        let result = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.columns.map(\.role) == ["metadata", "question", "identity"])
        let published = try #require(result.questions.first)
        #expect(published.rows.map(\.label).sorted() == feelings.sorted())
        #expect(published.rows.first { $0.label == "I'm not at school or college" }?.mapsTo == "does not apply")
    }

    @Test("values that show an identifier override a profile's \"ignored\" and feed the deny list")
    func caseReferencesInCustomData() throws {
        let csv = """
        Respondent ID,Collector ID,Start Date,End Date,Custom Data 1,Do you have a pet?
        ,,,,,Response
        901,55,10/01/2024 10:00:00 AM,10/01/2024 10:05:00 AM,CLA204511,Yes
        902,55,10/01/2024 11:00:00 AM,10/01/2024 11:05:00 AM,CLA318802,No
        903,55,10/02/2024 09:00:00 AM,10/02/2024 09:05:00 AM,CLA477120,Yes
        """
        let collector = DiagnosticCollector()
        let check = Normaliser().check(try table(csv), diagnostics: collector)
        #expect(check.columns.first { $0.header == "Custom Data 1" }?.role == "identity")
        #expect(check.columns.first { $0.header == "Collector ID" }?.role == "metadata")
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.responses.map(\.identity.values).allSatisfy { $0.contains { $0.hasPrefix("CLA") } })
    }

    @Test("SurveyMonkey's one column per option is one multi-select question with true counts")
    func oneColumnPerOption() throws {
        let csv = """
        Respondent ID,Collector ID,What do you do at weekends?,,,Tell us more
        ,,Swimming,Seeing friends,Other (please specify),Open-Ended Response
        1,9,Swimming,,,we go every saturday with my carer
        2,9,,Seeing friends,,i like going to the park with my mates
        3,9,Swimming,Seeing friends,,both are good
        4,9,,,karate,nothing else really to say
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let question = try #require(result.questions.first)
        #expect(question.format == .multiple && question.wording == "What do you do at weekends?")
        let answers = result.responses.flatMap(\.answers).filter { $0.questionID == question.id }.compactMap(\.label)
        #expect(answers.filter { $0 == "Swimming" }.count == 2)
        #expect(answers.filter { $0 == "Seeing friends" }.count == 2)
        #expect(result.responses.flatMap(\.comments).count == 5)
    }

    @Test("option columns that hold 1 for ticked and 0 for not count only the ticks")
    func tickColumns() throws {
        let csv = """
        Which of these help? - Music,Which of these help? - Pets,Which of these help? - Sport
        1,0,1
        0,0,1
        1,1,0
        0,0,0
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let question = try #require(result.questions.first)
        #expect(question.format == .multiple && result.questions.count == 1)
        let labels = result.responses.flatMap(\.answers).compactMap(\.label)
        #expect(labels.filter { $0 == "Music" }.count == 2 && labels.filter { $0 == "Pets" }.count == 1)
        #expect(labels.filter { $0 == "Sport" }.count == 2 && labels.count == 5)
        // A matrix of Yes and No is a grid: every "No" is an answer too.
        let grid = "Do you have these? - A phone,Do you have these? - A bike\nYes,No\nNo,No\nYes,Yes\nNo,Yes\n"
        let rows = try Normaliser().normalise(try table(grid), diagnostics: DiagnosticCollector())
        #expect(rows.questions.map(\.format) == [.gridRow, .gridRow])
        #expect(rows.responses.flatMap(\.answers).compactMap(\.label).filter { $0 == "No" }.count == 4)
    }

    @Test("grid rows and ranked items are each a question of their own")
    func gridsAndRankings() throws {
        var csv = "Timestamp,How often do you see them? [Mum],How often do you see them? [Dad],Rank these - Food,Rank these - Sleep\n"
        let often = ["Every week", "Every month", "Never", "Doesn't apply to me"]
        for row in 0..<20 {
            csv += "02/10/2024 10:\(10 + row):00,\(often[row % 4]),\(often[(row + 1) % 4]),\(row % 2 + 1),\(2 - row % 2)\n"
        }
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.questions.map(\.format) == [.gridRow, .gridRow, .ranking, .ranking])
        #expect(Set(result.questions.map(\.id)).count == 4)
        #expect(result.questions[0].options.first { $0.label == "Doesn't apply to me" }?.kind == .doesNotApply)
    }

    @Test("comments are free text even when many young people wrote the same few things")
    func repeatedComments() throws {
        let said = ["wish i could see my nan more", "nothing", "more days out pls", "my worker keeps changing",
                    "no", "the food is better now"]
        var csv = "Timestamp,What would make things better?,Do you feel settled?\n"
        for row in 0..<30 { csv += "03/10/2024 11:\(10 + row):00,\(said[row % 6]),\(row % 3 == 0 ? "Sometimes" : "Always")\n" }
        let result = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.columns.map(\.role) == ["metadata", "free-text", "question"])
    }

    @Test("a problem in every row is one line with how many rows and the first few")
    func aggregatedWarnings() throws {
        var csv = "Date submitted,Do you have a really good friend?\n"
        for row in 0..<1_000 { csv += "sometime,\(row % 3 == 0 ? "Yes" : "No")\n" }
        let collector = DiagnosticCollector()
        _ = try Normaliser().normalise(try table(csv), diagnostics: collector)
        let warnings = collector.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("in 1000 rows (2, 3, 4, 5, 6, ...)") == true)
    }

    @Test("columns are classified from a bounded sample")
    func boundedSample() {
        let rows = (0..<50_000).map { Table.Row(sourceRow: $0 + 2, cells: [$0 % 2 == 0 ? "Yes" : "No"]) }
        let big = Table(source: SourceLocation(file: "big.csv"), header: ["Q"], rows: rows)
        let sample = ColumnSample(table: big, column: 0)
        #expect(sample.values.count <= ColumnSample.limit && sample.rowCount == 50_000)
        #expect(sample.counts["yes"] != nil && sample.counts["no"] != nil)
    }

    @Test("two columns matching one bank question: the better match keeps it, the other keeps its own id")
    func oneColumnPerBankQuestion() throws {
        let csv = """
        Do you feel safe where you live?,Do you feel safe at school?
        Always,Sometimes
        Sometimes,Never
        Always,Always
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let ids = result.questions.map(\.id)
        #expect(ids.filter { $0 == "feel-safe-where-live" }.count == 1)
        #expect(ids.count == 2 && Set(ids).count == 2)
    }
}
