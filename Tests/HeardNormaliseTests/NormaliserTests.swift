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

@Suite("Answer labels")
struct LabelReadingTests {
    @Test("a label that means the same as a bank label is published as the bank's", arguments: [
        ("frequency", "  always ", "Always"), ("frequency", "Sumtimes", "Sometimes"), ("frequency", "allways", "Always"),
        ("frequency", "MOSTLY", "Most of the time"), ("frequency", "nevr", "Never"), ("frequency", "Yes, always", "Always"),
        ("yes-no", "Y", "Yes"), ("yes-no", "Yess", "Yes"), ("yes-no", "nah", "No"), ("yes-no", "dunno", "Not sure"),
        ("zero-to-ten", "7", "7"), ("zero-to-ten", "8/10", "8"), ("small-count", "none", "0"),
    ])
    func sameMeaning(scale: String, cell: String, label: String) {
        let reading = LabelReading(question: nil, scale: AnswerScale.named(scale)!)
        #expect(reading.read(cell)?.label == label)
        #expect(reading.read(cell)?.kind == .bank)
    }

    @Test("any other label is kept as written, never merged into a bank label", arguments: [
        ("frequency", "Often"), ("frequency", "Rarely"), ("yes-no", "Maybe"), ("frequency", "Not safe"),
        ("frequency", "Yes"), ("small-count", "6"), ("agreement", "Not sure"), ("yes-no", "Yes, in education"),
    ])
    func ownLabels(scale: String, cell: String) {
        let reading = LabelReading(question: nil, scale: AnswerScale.named(scale)!)
        #expect(reading.read(cell)?.label == cell)
        #expect(reading.read(cell)?.kind == .own)
    }

    @Test("answers meaning it does not apply, and prefer not to say, are their own rows outside the base", arguments: [
        ("I don't have one", AskedQuestion.Option.Kind.doesNotApply), ("I\u{2019}m not at school or college", .doesNotApply),
        ("I don't have any brothers or sisters", .doesNotApply), ("Doesn't apply to me", .doesNotApply),
        ("N/A", .doesNotApply), ("Not applicable", .doesNotApply), ("I don't go to college", .doesNotApply),
        ("Prefer not to say", .declined), ("I'd rather not say", .declined),
        ("I don't like school", .own), ("No, not in education, employment or training", .own),
        ("I don't want to see them", .own),
    ])
    func outsideTheBase(cell: String, kind: AskedQuestion.Option.Kind) {
        #expect(LabelReading(question: nil, scale: .frequency).read(cell)?.kind == kind)
        #expect(LabelReading(question: nil, scale: .frequency).read(cell)?.label == cell)
    }

    @Test("blanks and survey tools' placeholders are not answers; identifiers typed as answers are never shown")
    func blanksAndIdentifiers() {
        let reading = LabelReading(question: nil, scale: nil)
        for blank in ["", "  ", "-", "Skipped", "#N/A"] { #expect(reading.read(blank) == nil) }
        for identifier in ["jay.b@example.com", "07700 900123", "DN31 1HU", "CLA123456", "12 Elm Road"] {
            #expect(reading.read(identifier)?.label == LabelReading.removed)
        }
    }

    @Test("the headline direction of an own label follows the answer it leans towards")
    func leanings() {
        let question = QuestionBank.standard["feel-safe-where-live"]
        let reading = LabelReading(question: question, scale: question?.scale)
        #expect(reading.read("Yes")?.isPositive == true)
        #expect(reading.read("No")?.isPositive == false)
        #expect(reading.read("Sometimes")?.isPositive == false)
        #expect(reading.read("Only when my carer is in")?.isPositive == nil)
    }
}

@Suite("Multi-select cells")
struct ChoiceSplittingTests {
    @Test("Microsoft Forms joins with \";\" and always ends with one")
    func semicolons() {
        let values = ["Help with money;", "Help with money;Someone to talk to;", "Someone to talk to;", "Help finding a job;"]
        #expect(ChoiceSplitting.separator(of: values, invitesSeveral: false) == ";")
        #expect(ChoiceSplitting.split("Help with money;Someone to talk to;", separator: ";")
                == ["Help with money", "Someone to talk to"])
    }

    @Test("Google Forms joins with \", \"; an option holding \", \" stays whole")
    func commas() {
        let values = ["Sport, Music", "Music", "Sport", "Gaming, Music", "Art, music or drama", "Sport, Gaming",
                      "Gaming", "Art, music or drama, Sport"]
        #expect(ChoiceSplitting.separator(of: values, invitesSeveral: false) == ", ")
        #expect(ChoiceSplitting.split("Art, music or drama, Sport", separator: ", ") == ["Art, music or drama", "Sport"])
    }

    @Test("single-choice labels with a comma are not taken for several choices")
    func singleChoiceWithCommas() {
        let values = ["Yes, always", "Yes, sometimes", "No", "Yes, always", "No, never", "Yes, sometimes", "No"]
        #expect(ChoiceSplitting.separator(of: values, invitesSeveral: false) == nil)
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

    @Test("the byte reading of common date shapes gives what the long way gives, on 20,000 random cells")
    func digitDatesAgree() {
        // Cells built from what date columns hold, and things they should not: the fast reading must either
        // give the long way's answer or leave the cell to it.
        let pieces = ["0", "1", "2", "9", "12", "31", "2024", "24", "007", "1234567890", "/", "-", ".", "//", " ", "T",
                      "\t", ":", "AM", "e5", "é", "\u{A0}", "+", "Z"]
        var generator = SystemRandomNumberGenerator()
        var handled = 0
        for index in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let order: DateOrder = index.isMultiple(of: 2) ? .dmy : .mdy
            guard let fast = CalendarDate.digitDate(text, order: order) else { continue }
            handled += 1
            #expect(fast == CalendarDate.readLongWay(text, order: order), "\(text.debugDescription)")
        }
        for text in ["10/26/2024 04:58:40 AM", "2024-11-04T18:32:10Z", "4.11.24", " 04/11/2024", "31/31/2024", ""] {
            #expect(CalendarDate.digitDate(text, order: .mdy) == .some(CalendarDate.readLongWay(text, order: .mdy)))
        }
        #expect(handled > 1_000, "the random cells must exercise the byte reading")
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
        // Every example normalises with every answer kept and no warnings.
        #expect(result.responses.allSatisfy { $0.answers.allSatisfy { $0.value != .unrecognised } })
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

    @Test("an answer outside the bank's scale is kept as its own answer; a one-off is noted without its text")
    func unknownAnswer() throws {
        let text = "ID,Start time,Completion time,Do you feel safe where you live?\n1,x,01/11/2024,purple elephant\n"
            + "2,x,01/11/2024,Always\n"
        let table = try #require(try CSVReader().read(Array(text.utf8), source: SourceLocation(file: "t.csv"),
                                                      diagnostics: DiagnosticCollector()).first)
        let collector = DiagnosticCollector()
        let result = try Normaliser().normalise(table, diagnostics: collector)
        #expect(result.responses[0].answers == [Answer(questionID: "feel-safe-where-live", value: .option("purple elephant"))])
        let question = try #require(result.questions.first)
        #expect(question.options.map(\.label) == ["Always", "purple elephant"])
        #expect(question.option("purple elephant")?.kind == .own)
        let note = try #require(collector.diagnostics.first { $0.message.contains("not on the bank's scale") })
        #expect(note.location?.row == 2 && note.location?.column == 4)
        #expect(note.message.contains("column D") && note.message.contains("in 1 row (2)"))
        #expect(!collector.diagnostics.contains { $0.description.contains("purple") })
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
