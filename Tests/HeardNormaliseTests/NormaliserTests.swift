import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise

let repositoryRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func exampleTable(_ name: String) throws -> Table {
    let url = repositoryRoot.appending(path: "Surveys/examples/\(name)")
    let bytes = Array(try Data(contentsOf: url))
    return try #require(try CSVReader().read(bytes, source: SourceLocation(file: name),
                                             diagnostics: DiagnosticCollector()).first)
}

@Suite("Answer matching")
struct AnswerMatcherTests {
    @Test("typos, case, spaces and shorthand find the option", arguments: [
        ("frequency", "  always ", "Always"), ("frequency", "Sumtimes", "Sometimes"), ("frequency", "allways", "Always"),
        ("frequency", "MOSTLY", "Most of the time"), ("frequency", "nevr", "Never"),
        ("yes-no", "Y", "Yes"), ("yes-no", "Yess", "Yes"), ("yes-no", "nah", "No"), ("yes-no", "dunno", "Not sure"),
        ("zero-to-ten", "7", "7"), ("zero-to-ten", "8/10", "8"), ("small-count", "6", "4 or more"),
        ("small-count", "none", "0"),
    ])
    func matches(scale: String, cell: String, label: String) {
        let matcher = AnswerMatcher(scale: AnswerScale.named(scale)!)
        #expect(matcher.match(cell) == .option(label))
    }

    @Test("blank, N/A and prefer-not-to-say are not answered; nonsense is unrecognised, not dropped")
    func nonAnswers() {
        let matcher = AnswerMatcher(scale: .frequency)
        #expect(matcher.match("") == .notAnswered)
        #expect(matcher.match("N/A") == .notAnswered)
        #expect(matcher.match("prefer not to say") == .notAnswered)
        #expect(matcher.match("purple") == .unrecognised)
        #expect(AnswerMatcher(scale: .zeroToTen).match("11") == .unrecognised)
    }
}

@Suite("Dates and ages")
struct DateAgeTests {
    @Test("dates survey tools write", arguments: [
        ("04/11/2024 10:03:12", DateOrder.dmy, CalendarDate(year: 2024, month: 11, day: 4)),
        ("11/04/2024", .mdy, CalendarDate(year: 2024, month: 11, day: 4)),
        ("2024/11/04 18:32:10", .dmy, CalendarDate(year: 2024, month: 11, day: 4)),
        ("2024-11-04T18:32:10Z", .dmy, CalendarDate(year: 2024, month: 11, day: 4)),
        ("45600", .dmy, CalendarDate(year: 2024, month: 11, day: 4)),
        ("25/12/24", .dmy, CalendarDate(year: 2024, month: 12, day: 25)),
    ])
    func dates(text: String, order: DateOrder, expected: CalendarDate) {
        #expect(CalendarDate.parse(text, order: order) == expected)
    }

    @Test("nonsense is not a date")
    func notDates() {
        #expect(CalendarDate.parse("soon") == nil)
        #expect(CalendarDate.parse("31/31/2024") == nil)
    }

    @Test("ages as young people type them", arguments: [
        ("14", 14), ("14 ", 14), ("14 yrs", 14), ("14 years old", 14), ("fourteen", 14),
    ])
    func ages(text: String, age: Int) {
        #expect(AgeReading.parse(text) == age)
    }

    @Test("a birth date gives whole years on the survey date")
    func ageFromBirth() {
        let birth = CalendarDate(year: 2010, month: 6, day: 15)
        #expect(birth.age(on: CalendarDate(year: 2024, month: 6, day: 14)) == 13)
        #expect(birth.age(on: CalendarDate(year: 2024, month: 6, day: 15)) == 14)
    }
}

@Suite("Profiles and the normaliser")
struct NormaliserTests {
    @Test("built-in profiles decode and each example export matches its own", arguments: [
        ("viewpoint-cla-2024-25.csv", "viewpoint-cla", 46, Cohort.childrenInCare, "2024-25"),
        ("annual-survey-children-in-care-2023.csv", "annual-survey-children-in-care", 42, .childrenInCare, "2023-24"),
        ("annual-survey-children-in-care-2024.csv", "annual-survey-children-in-care", 48, .childrenInCare, "2024-25"),
        ("annual-survey-care-leavers-2024.csv", "annual-survey-care-leavers", 44, .careLeavers, "2024-25"),
    ])
    func examples(file: String, profile: String, respondents: Int, cohort: Cohort, wave: String) throws {
        let collector = DiagnosticCollector()
        let result = try Normaliser().normalise(try exampleTable(file), diagnostics: collector)
        #expect(result.profile.id == profile)
        #expect(result.responses.count == respondents)
        #expect(result.responses.allSatisfy { $0.cohort == cohort && $0.wave.label == wave })
        // Every example normalises with zero unexplained values and no warnings.
        #expect(result.unrecognisedAnswers == 0)
        #expect(collector.diagnostics.filter { $0.severity >= .warning }.isEmpty)
    }

    @Test("identity values are held for the deny list and the respondent id is taken")
    func identity() throws {
        let result = try Normaliser().normalise(try exampleTable("viewpoint-cla-2024-25.csv"), diagnostics: DiagnosticCollector())
        let first = try #require(result.responses.first)
        #expect(first.identity.sourceID?.hasPrefix("CLA") == true)
        #expect(first.identity.values.count >= 3)
        #expect(result.responses.allSatisfy { $0.ageBand != nil })
    }

    @Test("an unknown answer is kept, counted and located without its text")
    func unknownAnswer() throws {
        let text = "ID,Start time,Completion time,Do you feel safe where you live?\n1,x,01/11/2024,purple elephant\n"
        let table = try #require(try CSVReader().read(Array(text.utf8), source: SourceLocation(file: "t.csv"),
                                                      diagnostics: DiagnosticCollector()).first)
        let collector = DiagnosticCollector()
        let result = try Normaliser().normalise(table, diagnostics: collector)
        #expect(result.unrecognisedAnswers == 1)
        #expect(result.responses[0].answers == [Answer(questionID: "feel-safe-where-live", value: .unrecognised)])
        let warning = try #require(collector.diagnostics.first { $0.severity == .warning })
        #expect(warning.location?.row == 2 && warning.location?.column == 4)
        #expect(!warning.description.contains("purple"))
    }

    @Test("a table with no question-like column is refused with a located error")
    func noQuestions() throws {
        let text = "Name,Email\nAmira Haddad,amira@example.com\nJo Reid,jo@example.com\n"
        let table = try #require(try CSVReader().read(Array(text.utf8), source: SourceLocation(file: "t.csv"),
                                                      diagnostics: DiagnosticCollector()).first)
        let error = #expect(throws: Diagnostic.self) { try Normaliser().normalise(table, diagnostics: DiagnosticCollector()) }
        #expect(error?.location?.file == "t.csv")
    }

    @Test("a workspace profile with a broken field names the field")
    func brokenProfile() {
        var library = ProfileLibrary.builtIn()
        do {
            try library.add(json: Array(#"{"id": "x"}"#.utf8), source: SourceLocation(file: "p.json"))
            Issue.record("accepted a broken profile")
        } catch {
            #expect(error.message.contains("missing"))
        }
    }
}
