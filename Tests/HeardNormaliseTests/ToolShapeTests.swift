import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise

/// The shapes survey tools write that Heard misread on held-out exports: SurveyMonkey's "Other (please
/// specify)" boxes, Google Forms options holding ", ", ages typed as answers and respondent ids. Examples are
/// written for these tests; every count is worked out by hand from the rows shown.
@Suite("Google Forms options that hold \", \"")
struct ChoiceVocabularyTests {
    /// A checkbox column: each option is ticked alone by some, and with others by others.
    static let enjoy = [
        "Sport", "Gaming", "Art, Music or Drama", "Art, Music or Drama", "Sport, Gaming", "Sport, Gaming",
        "Sport, Art, Music or Drama", "Art, Music or Drama, Gaming", "Gaming, Clubs (Scouts, Guides or Cadets)",
        "Clubs (Scouts, Guides or Cadets)", "Sport, Volunteering", "Reading", "Reading, Gaming",
    ]

    @Test("checkbox options holding \", \" stay whole; a combination ticked often is still split")
    func optionsWithCommas() {
        #expect(ChoiceSplitting.separator(of: Self.enjoy, invitesSeveral: false) == ", ")
        let vocabulary = ChoiceVocabulary(values: Self.enjoy)
        #expect(vocabulary.split("Sport, Art, Music or Drama") == ["Sport", "Art, Music or Drama"])
        #expect(vocabulary.split("Art, Music or Drama") == ["Art, Music or Drama"])
        #expect(vocabulary.split("Gaming, Clubs (Scouts, Guides or Cadets)") == ["Gaming", "Clubs (Scouts, Guides or Cadets)"])
        #expect(vocabulary.split("Sport, Gaming") == ["Sport", "Gaming"])
        // Only ever ticked beside another option, yet an option of its own.
        #expect(vocabulary.split("Sport, Volunteering") == ["Sport", "Volunteering"])
        // A combination the sample never saw is split into the options it knows.
        #expect(vocabulary.split("Reading, Art, Music or Drama, Sport") == ["Reading", "Art, Music or Drama", "Sport"])
    }

    @Test("an option holding \", \" that is never ticked alone is one option when its parts always come together")
    func neverAlone() {
        let values = ["Sport, Art, Music or Drama", "Art, Music or Drama, Gaming", "Sport", "Gaming", "Sport, Gaming",
                      "Gaming, Art, Music or Drama, Reading", "Reading"]
        let vocabulary = ChoiceVocabulary(values: values)
        #expect(vocabulary.isMultiSelect(invitesSeveral: false))
        #expect(vocabulary.split("Sport, Art, Music or Drama") == ["Sport", "Art, Music or Drama"])
    }

    @Test("single-choice answers holding \", \" are never split", arguments: [
        ["Yes, I do", "No, I don't", "Yes, I do", "Sometimes, It depends who is there", "Yes, I do", "No, I don't",
         "Sometimes, It depends who is there", "I haven't had a review yet"],
        ["Walk", "Bus", "Car, Taxi or Lift", "Car, Taxi or Lift", "Bus", "Walk", "Car, Taxi or Lift"],
        ["No", "No, I don't want one", "Yes", "No, I don't need one", "Yes", "No"],
    ])
    func singleChoice(values: [String]) {
        #expect(ChoiceSplitting.separator(of: values, invitesSeveral: false) == nil)
    }

    @Test("Google Forms export: every option and its true count")
    func googleFormsCounts() throws {
        var csv = "Timestamp,Which of these do you enjoy? (tick all that apply),Do you feel listened to?\n"
        let listened = ["Yes, I do", "No, I don't", "Yes, I do", "Yes, I do", "No, I don't", "Yes, I do", "No, I don't",
                        "Yes, I do", "Yes, I do", "No, I don't", "Yes, I do", "Yes, I do", "Yes, I do"]
        for (index, (enjoy, heard)) in zip(Self.enjoy, listened).enumerated() {
            csv += "2025/02/\(10 + index) 4:05:06 PM GMT,\"\(enjoy)\",\"\(heard)\"\n"
        }
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let counts = labelCounts(result)
        #expect(counts["Which of these do you enjoy? (tick all that apply)"] == [
            "Sport": 5, "Gaming": 6, "Art, Music or Drama": 4, "Clubs (Scouts, Guides or Cadets)": 2, "Volunteering": 1,
            "Reading": 2,
        ])
        #expect(counts["Do you feel listened to?"] == ["Yes, I do": 9, "No, I don't": 4])
    }
}

@Suite("Ages published in bands")
struct AgeQuestionTests {
    @Test("ranges are answer labels, not ages", arguments: ["11-13", "14 - 15", "16+", "18 or over", "under 11",
                                                            "21 and over", "14/02/2011", "Prefer not to say"])
    func ranges(text: String) {
        #expect(AgeReading.parse(text) == nil)
    }

    @Test("ages as young people type them", arguments: [("I'm 12", 12), ("12 yrs old", 12), ("twenty one", 21),
                                                         ("twenty-two", 22), ("15.5", 15), ("aged 9", 9)])
    func typed(text: String, age: Int) {
        #expect(AgeReading.parse(text) == age)
    }

    @Test("headers asking the young person's own age", arguments: [
        ("How old are you?", true), ("Age", true), ("Your age (years)", true), ("What is your age?", true),
        ("Q2. Age", true), ("Please tell us your age", true), ("Could you tell us how old you are?", true),
        ("Can you tell us your age?", true), ("How old were you when you came into care?", false),
        ("What's the age cutoff at the kids' table?", false), ("Age group", false),
    ])
    func headers(header: String, isAge: Bool) {
        #expect(MetadataHeaders.isAgeHeader(TextFolding.fold(header)) == isAge)
    }

    static let csv = """
    Respondent,How old are you?,Do you like where you live?
    1,12,Yes
    2,14 years,Yes
    3,fifteen,No
    4,I'm 9,Yes
    5,Prefer not to say,Yes
    6,old enough,No
    7,17,Yes
    8,,Yes
    9,13,Yes
    10,26,No
    """

    @Test("an age is a closed question in the workspace's bands, titled as the export asks; exact ages never shown")
    func bands() throws {
        let bands = [AgeBand(8, 10), AgeBand(11, 13), AgeBand(14, 15), AgeBand(16, 17), AgeBand(18, 25)]
        let normaliser = Normaliser(ageBands: bands)
        let result = try normaliser.normalise(try table(Self.csv), diagnostics: DiagnosticCollector())
        let question = try #require(result.questions.first { $0.wording == "How old are you?" })
        #expect(question.options.map(\.label) == ["8-10", "11-13", "14-15", "16-17", "26 or over",
                                                  AgeBandLabels.notAnAge, "Prefer not to say"])
        #expect(question.options.allSatisfy { $0.written.isEmpty || $0.label == "Prefer not to say" })
        #expect(labelCounts(result)["How old are you?"] == [
            "8-10": 1, "11-13": 2, "14-15": 2, "16-17": 1, "26 or over": 1, AgeBandLabels.notAnAge: 1,
            "Prefer not to say": 1,
        ])
        let check = normaliser.check(try table(Self.csv), diagnostics: DiagnosticCollector())
        let column = try #require(check.columns.first { $0.header == "How old are you?" })
        #expect(column.role == "question" && column.use == "age, published in bands")
        let labels = check.questions.flatMap { $0.rows.flatMap { [$0.label] + $0.written } }
        #expect(!labels.contains { ["12", "14 years", "fifteen", "17", "26"].contains($0) })
    }

    @Test("a column of age ranges is an ordinary closed question, its labels as written")
    func rangesColumn() throws {
        let csv = "How old are you?,Anything else?\n11-13,no\n14-15,\n11-13,nope\n16+,\n14-15,\n11-13,\n"
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(labelCounts(result)["How old are you?"] == ["11-13": 3, "14-15": 2, "16+": 1])
    }
}

@Suite("SurveyMonkey's \"Other (please specify)\" boxes")
struct OtherBoxTests {
    @Test("writing in the box with no answer picked counts as \"Other (please specify)\"; the words stay a comment")
    func singleChoice() throws {
        let csv = """
        Respondent ID,Collector ID,Who do you talk to when you're worried?,,Which of these help you? (tick all that apply),,,
        ,,Response,Other (please specify),Music,Sport,Other (please specify),Other (please specify)
        101,7,My carer,,Music,,,
        102,7,,my youth worker,,Sport,,
        103,7,A friend,my dog as well,Music,Sport,Other (please specify),baking
        104,7,,the lady at football,,,,drawing
        105,7,My carer,,,,Other (please specify),
        106,7,,,Music,,,
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        let counts = labelCounts(result)
        #expect(counts["Who do you talk to when you're worried?"] == ["My carer": 2, "A friend": 1, "Other (please specify)": 2])
        // The tick column and the box of one question count a young person once.
        #expect(counts["Which of these help you? (tick all that apply)"] == ["Music": 3, "Sport": 2, "Other (please specify)": 3])
        let comments = result.responses.flatMap(\.comments).map(\.text)
        for words in ["my youth worker", "my dog as well", "the lady at football", "baking", "drawing"] {
            #expect(comments.contains(words))
        }
        let check = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        let box = try #require(check.columns.first { $0.header == "Who do you talk to when you're worried? - Other (please specify)" })
        #expect(box.role == "free-text" && box.use.contains("Other (please specify)"))
    }

    @Test("an export already flattened to one header row (\"Question - Other (please specify)\") is read alike")
    func flattened() throws {
        let csv = """
        Where do you live now?,Where do you live now? - Other (please specify),Anything else?
        With foster carers,,it's ok
        ,in a caravan with my uncle,
        Children's home,,no
        With foster carers,,
        ,b&b,
        """
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(labelCounts(result)["Where do you live now?"]
            == ["With foster carers": 2, "Children's home": 1, "Other (please specify)": 2])
    }
}

@Suite("Respondent ids")
struct RespondentIDTests {
    @Test("a survey tool's respondent id is metadata, still kept only as a pseudonym; a personal one is identity",
          arguments: [
              ("Respondent ID", ["114000000007", "114000000053", "114000000099"], "metadata"),
              ("ID", ["1", "2", "3"], "metadata"),
              ("ID", ["CLA123456", "CLA654321", "CLA112233"], "identity"),
              ("Child ID", ["40012", "40013", "40019"], "identity"),
              ("Respondent ID", ["amy@example.org", "jo@example.net", "kai@example.com"], "identity"),
          ])
    func roles(header: String, values: [String], role: String) throws {
        let rows = values.enumerated().map { "\($1),\(["Yes", "No", "Yes"][$0])" }.joined(separator: "\n")
        let csv = "\(header),Do you feel safe where you live?\n\(rows)\n"
        let check = Normaliser().check(try table(csv), diagnostics: DiagnosticCollector())
        let column = try #require(check.columns.first)
        #expect(column.role == role && column.use == "respondent id")
        let result = try Normaliser().normalise(try table(csv), diagnostics: DiagnosticCollector())
        #expect(result.responses.map(\.identity.sourceID) == values)
    }
}

/// Each closed question's published counts, by wording: label -> how many young people gave it.
func labelCounts(_ result: Normaliser.Result) -> [String: [String: Int]] {
    var counts: [String: [String: Int]] = [:]
    for question in result.questions {
        var labels: [String: Int] = [:]
        for response in result.responses {
            for label in Set(response.answers.filter { $0.questionID == question.id }.compactMap(\.label)) {
                labels[label, default: 0] += 1
            }
        }
        counts[question.wording] = labels
    }
    return counts
}
