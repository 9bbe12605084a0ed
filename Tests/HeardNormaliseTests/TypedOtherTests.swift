import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise

/// Words young people type in a tool's "Other" box, and ages offered as ranges: checked in other words than the
/// fixtures the code was first written against. Examples are written for these tests; every count is worked out
/// by hand from the rows shown.
@Suite("Words typed in a tool's \"Other\" box")
struct TypedOtherTests {
    /// A Google Forms radio question with "Other:": the typed words take the choice's place.
    static let living = Array(repeating: "With foster carers", count: 9) + Array(repeating: "Children's home", count: 5)
        + Array(repeating: "With family", count: 4) + ["with my nan", "B&B till the council sorts it", "caravan w my dad"]

    @Test("typed words are found; the tool's options, a refusal and a rare option written as options are not")
    func finds() {
        let others = TypedOthers(choices: Self.living + ["Residential school", "Prefer not to say"])
        #expect(others.contains("with my nan"))
        #expect(others.contains("caravan w my dad"))
        // Written as an option is, and no text-speak or first person: left as its own answer.
        #expect(!others.contains("B&B till the council sorts it"))
        #expect(!others.contains("Residential school"))
        #expect(!others.contains("Prefer not to say"))
        #expect(!others.contains("With family"))
        // In a row a large export's sample skipped: decided by how it reads.
        #expect(others.contains("at my gran's since the summer"))
        #expect(!others.contains("Supported lodgings"))
    }

    @Test("a long option of the tool's own, ticked by one, is not taken for typed words")
    func longOption() {
        let choices = Array(repeating: "More time with my family", count: 6) + Array(repeating: "Knowing what happens next, and when", count: 5)
            + Array(repeating: "Staying at the same school", count: 4) + ["A say in where I live, who I live with", "i want my own phone lol"]
        let others = TypedOthers(choices: choices)
        #expect(!others.contains("A say in where I live, who I live with"))
        #expect(others.contains("i want my own phone lol"))
    }

    @Test("a one-word test entry given by several, and a column without a handful of options, are left alone")
    func leavesAlone() {
        let tests = Array(repeating: "Yes", count: 10) + Array(repeating: "No", count: 8) + Array(repeating: "test", count: 4)
        #expect(TypedOthers(choices: tests).typed.isEmpty)
        let comments = ["more days out", "my worker to ring back", "nothing", "better wifi", "its fine", "more money",
                        "trips", "no", "a bigger room", "see my brother more", "fine", "idk", "ok"]
        #expect(TypedOthers(choices: comments).typed.isEmpty)
    }

    @Test("Google Forms: typed words count as \"Other\", never as a label, and are kept as comments")
    func googleForms() throws {
        var csv = "Timestamp,Where do you live?,What do you do after school? (tick as many as you like)\n"
        let after = ["Sport", "Gaming", "Sport, Gaming", "Music", "Gaming, Music", "Sport", "Gaming",
                     "Sport, looking after my rabbit", "Music", "Gaming", "Sport, Music", "Gaming, fishing w my foster dad",
                     "Music", "Sport", "Gaming", "Music", "Sport, Gaming", "Gaming", "Music", "Sport", "Gaming"]
        for (index, (live, free)) in zip(Self.living, after).enumerated() {
            csv += "03/11/2025 17:\(10 + index):00,\"\(live)\",\"\(free)\"\n"
        }
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let counts = labelCounts(result)
        #expect(counts["Where do you live?"] == ["With foster carers": 9, "Children's home": 5, "With family": 4,
                                                 "B&B till the council sorts it": 1, "Other": 2])
        #expect(counts["What do you do after school? (tick as many as you like)"]
            == ["Sport": 8, "Gaming": 10, "Music": 7, "Other": 2])
        let labels = result.questions.flatMap(\.options).map(\.label)
        #expect(!labels.contains { $0.contains("nan") || $0.contains("rabbit") || $0.contains("foster dad") })
        let comments = result.responses.flatMap(\.comments).map(\.text)
        for typed in ["with my nan", "caravan w my dad", "looking after my rabbit", "fishing w my foster dad"] {
            #expect(comments.contains(typed), "\(typed) is read as a comment (safeguarding and redaction see it)")
        }
    }

    @Test("Microsoft Forms: typed words after the ticked options (\"A phone;a bike;\") count as \"Other\"")
    func microsoftForms() throws {
        var csv = "ID,Start time,Completion time,Email,Name,Which of these do you have?\n"
        let cells = ["A phone;", "A phone;A laptop;", "A laptop;", "A phone;a bike;", "A phone;", "A bank account;",
                     "A phone;A bank account;", "A laptop;", "A phone;", "A bank account;", "A phone;A laptop;",
                     "my own room finally;", "A phone;", "A laptop;"]
        for (index, cell) in cells.enumerated() {
            csv += "\(index + 1),7/7/25 10:00:00,7/7/25 10:07:00,anonymous,,\(cell)\n"
        }
        let result = try Normaliser().normalise(try table(csv, file: "Have your say(1-14).csv"), diagnostics: DiagnosticCollector())
        #expect(labelCounts(result)["Which of these do you have?"] == ["A phone": 8, "A laptop": 5, "A bank account": 3,
                                                                       "Other": 2])
    }

    @Test("an \"Other\" box worded otherwise (\"Somewhere else (please tell us)\") is still the question's box",
          arguments: ["Somewhere else (please tell us)", "Other (please state)", "Something else (please describe)"])
    func boxWordings(label: String) {
        #expect(MetadataHeaders.isOtherPleaseSpecify(TextFolding.fold(label)))
    }
}

@Suite("Ages a tool offers as ranges")
struct AgeRangeTests {
    @Test("ranges a tool offers", arguments: ["Under 11", "18 or over", "11-13", "11 to 13", "16+", "aged 21 and over",
                                              "younger than 10"])
    func ranges(text: String) {
        #expect(AgeReading.isRange(text))
    }

    @Test("a tool's own age ranges are listed youngest first")
    func rangeOrder() {
        let labels = ["18+", "12-13", "Under 12", "16 to 17", "14-15", "Prefer not to say"]
        #expect(labels.compactMap(AgeBandLabels.order(of:)) == [18, 12, 11, 16, 14])
    }

    @Test("not ranges", arguments: ["14", "14/02/2011", "2011-02-14", "old enough", "fourteen", "Prefer not to say"])
    func notRanges(text: String) {
        #expect(!AgeReading.isRange(text))
    }

    @Test("a list of ages with ranges at either end: ages in bands, ranges as the tool wrote them, dates never shown")
    func mixed() throws {
        var csv = "Timestamp,What age are you?,Do you like where you live?\n"
        let ages = ["Under 11", "12", "13", "14", "15", "16", "17", "18 or over", "12", "14", "16", "Under 11",
                    "13", "15", "17", "14/02/2011"]
        for (index, age) in ages.enumerated() { csv += "03/11/2025 17:\(10 + index):00,\(age),\(index % 3 == 0 ? "No" : "Yes")\n" }
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(labelCounts(result)["What age are you?"] == ["Under 11": 2, "11-15": 8, "16-17": 4, "18 or over": 1,
                                                             "Not given as an age": 1])
        let question = try #require(result.questions.first { $0.wording == "What age are you?" })
        #expect(question.note?.contains("bands") == true)
    }
}
