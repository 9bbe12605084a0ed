import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise

func table(_ csv: String, file: String = "council-survey-2025.csv") throws -> Table {
    try #require(try CSVReader().read(Array(csv.utf8), source: SourceLocation(file: file),
                                      diagnostics: DiagnosticCollector()).first)
}

/// Survey-tool exports with wording found nowhere in Heard's examples (see Tests/Fixtures/exports).
@Suite("Survey tool exports Heard has not seen")
struct ToolExportTests {
    static let folder = repositoryRoot.appending(path: "Tests/Fixtures/exports")
    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
    }

    @Test("check finds the respondents, identity, free-text and closed questions", arguments: cases)
    func understood(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appending(path: name)))
        let tables = try Ingester().read(bytes, source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
        let base = name.split(separator: ".").dropLast().joined(separator: ".")
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.folder.appending(path: "\(base).expected.json"))) as! [String: Any]
        let result = Normaliser().check(try #require(tables.first), diagnostics: DiagnosticCollector())
        #expect(result.respondents == expected["respondents"] as? Int)
        let roles = Dictionary(result.columns.map { ($0.header, $0) }, uniquingKeysWith: { a, _ in a })
        for header in expected["identity"] as! [String] { #expect(roles[header]?.role == "identity", "\(header)") }
        for header in expected["metadata"] as? [String] ?? [] { #expect(roles[header]?.role == "metadata", "\(header)") }
        for header in expected["free-text"] as! [String] { #expect(roles[header]?.role == "free-text", "\(header)") }
        for (header, question) in expected["questions"] as! [String: String] {
            #expect(roles[header]?.role == "question" && roles[header]?.question == question, "\(header)")
        }
        if let cohort = expected["cohort"] as? String {
            let normalised = try Normaliser().normalise(tables[0], diagnostics: DiagnosticCollector())
            #expect(normalised.responses.allSatisfy { $0.cohort.rawValue == cohort })
        }
    }
}

@Suite("The generic mapper")
struct GenericMappingTests {
    @Test("identity columns are found by content when the header says nothing")
    func identityByContent() throws {
        let csv = """
        Ref,Who,Contact,Where,How do you rate where you live?,Your thoughts
        1,Amira Haddad,amira@example.com,DN31 1HU,Always,i like my room and the garden is nice
        2,Jo Reid,jo.r@example.org,LN2 1AA,Sometimes,wish i could see my mum more often tbh
        3,Kacper Nowak,k.nowak@example.com,NG1 5FS,Never,not enough to do at weekends here
        4,Skye Brown,skye@example.net,DN32 0PQ,Always,its ok but the wifi is bad
        """
        let result = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        let roles = result.columns.map(\.role)
        #expect(roles == ["identity", "identity", "identity", "identity", "question", "free-text"])
        #expect(result.columns[4].question == "feel-safe-where-live" || result.columns[4].question?.hasPrefix("custom:") == true)
    }

    @Test("a cohort column splits children in care from care leavers")
    func cohortColumn() throws {
        let csv = """
        Are you in care or a care leaver?,Do you have a really good friend?
        I'm in foster care,Yes
        Care leaver (18+),No
        In care,Yes
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.responses.map(\.cohort) == [.childrenInCare, .careLeavers, .childrenInCare])
    }

    @Test("one respondent answering twice in a wave counts once: the latest is kept and the earlier reported")
    func duplicates() throws {
        let csv = """
        Respondent ID,Date submitted,Do you have a really good friend?
        A7,01/11/2024,No
        B2,02/11/2024,Yes
        A7,05/11/2024,Yes
        """
        let collector = DiagnosticCollector()
        let result = try Normaliser().normalise(try table(csv), diagnostics: collector)
        #expect(result.responses.count == 2)
        #expect(result.responses.first { $0.identity.sourceID == "A7" }?.location.row == 4)
        #expect(collector.diagnostics.contains { $0.location?.row == 2 && $0.message.contains("answered again") })
    }

    @Test("the same respondent id in two waves, or in another case, is matched by wave and case-blind")
    func duplicatesByWave() throws {
        let csv = """
        Respondent ID,Date submitted,Do you have a really good friend?
        A7,01/03/2024,No
        a7,05/11/2024,Yes
        A7,06/11/2024,No
        """
        let collector = DiagnosticCollector()
        let result = try Normaliser().normalise(try table(csv), diagnostics: collector)
        #expect(result.responses.map { $0.location.row } == [2, 4])
        #expect(collector.diagnostics.contains { $0.location?.row == 3 && $0.message.contains("answered again") })
    }

    @Test("closed questions outside the bank are kept, multi-select cells split into choices")
    func customQuestions() throws {
        let csv = """
        ID,Start time,Completion time,Which clubs do you go to?,Do you feel settled?
        1,x,04/11/2024 10:00,Football;Art club;,Mostly
        2,x,04/11/2024 11:00,Art club;,Hardly ever
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let first = result.responses[0].answers
        #expect(first.filter { $0.questionID == "custom:which-clubs-do-you-go-to" }.map(\.label) == ["Football", "Art club"])
        #expect(first.contains(Answer(questionID: "feel-settled", value: .option("Most of the time"))))
        #expect(result.questions.first { $0.id == "custom:which-clubs-do-you-go-to" }?.format == .multiple)
    }

    @Test("special category data and survey-tool metadata are not used")
    func ignored() throws {
        let csv = "Gender,Collector ID,Do you have a really good friend?\nGirl,77,Yes\nBoy,77,No\n"
        let result = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.columns.map(\.role) == ["metadata", "metadata", "question"])
    }

    @Test("a written profile reads back and maps the export the same way")
    func writeProfile() throws {
        let source = try table("Respondent ID,Submitted,How old are you?,Do you like school?,Anything else to say?\n"
                               + "R1,04/11/2024,12,Yes,my teachers are really kind to me\n"
                               + "R2,05/11/2024,14,No,i get picked on at break time\n")
        let check = Normaliser().check(source, diagnostics: DiagnosticCollector())
        var library = ProfileLibrary.builtIn()
        try library.add(json: Array(check.mapping.json(id: "our-survey", signatureFrom: source.header).utf8),
                        source: SourceLocation(file: "Surveys/profiles/our-survey.json"))
        let again = Normaliser(library: library).check(source, diagnostics: DiagnosticCollector())
        #expect(again.profile == "our-survey")
        #expect(again.columns.map(\.role) == check.columns.map(\.role))
        #expect(again.columns.map(\.question) == check.columns.map(\.question))
    }

    @Test("series are named after the file, without years or filler", arguments: [
        ("Surveys/2024/CiC Annual Survey 2024 (FINAL).xlsx", "cic-annual-survey"),
        ("Surveys/care_leavers_survey_2023-24_v2.csv", "care-leavers-survey"),
        ("2025.csv", "survey"),
    ])
    func seriesNames(path: String, id: String) {
        #expect(SeriesNaming.series(forFile: path).id == id)
    }

    @Test("header words fold numbering, plurals and small words")
    func headerWords() {
        #expect(HeaderWords.words("Q3. Do you see your brothers & sisters?") == ["see", "brother", "sister"])
    }
}
