/// The canonical indicators every survey is mapped onto, so that "how many feel safe where they live" means the
/// same whichever tool collected it. Theme ids link each indicator to the shipped frameworks' themes.
public struct QuestionBank: Sendable {
    public var questions: [Question]
    private let byID: [String: Question]

    public init(questions: [Question]) {
        self.questions = questions
        self.byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> Question? { byID[id] }

    /// The bank Heard ships.
    public static let standard = QuestionBank(questions: [
        // Children in care
        Question(id: "feel-safe-where-live", text: "Do you feel safe where you live?",
                 headline: "feel safe where they live", scaleID: "frequency",
                 themes: ["safe-and-suitable-accommodation", "where-we-live", "safe"]),
        Question(id: "feel-settled", text: "Do you feel settled where you live?", headline: "feel settled where they live",
                 scaleID: "frequency", cohorts: [.childrenInCare],
                 themes: ["stability-and-permanence", "where-we-live", "safe"]),
        Question(id: "trust-social-worker", text: "Do you trust your social worker?",
                 headline: "trust their social worker", scaleID: "frequency", cohorts: [.childrenInCare],
                 themes: ["build-not-break-relationships", "support-us", "connected"],
                 appliesTo: "who have a social worker"),
        Question(id: "social-worker-changes", text: "How many social workers have you had in the last year?",
                 headline: "had no more than one social worker in the last year", scaleID: "small-count",
                 cohorts: [.childrenInCare], themes: ["build-not-break-relationships", "support-us"]),
        Question(id: "know-why-in-care", text: "Do you know why you are in care?",
                 headline: "know why they are in care", scaleID: "yes-no", cohorts: [.childrenInCare],
                 themes: ["support-to-remain-with-family", "support-us"]),
        Question(id: "see-family-enough", text: "Do you see your family as much as you want to?",
                 headline: "see their family as much as they want", scaleID: "frequency", cohorts: [.childrenInCare],
                 themes: ["build-not-break-relationships", "relationships", "connected"],
                 appliesTo: "who have family to see"),
        Question(id: "trusted-adult", text: "Do you have an adult you trust?", headline: "have an adult they trust",
                 scaleID: "yes-no", themes: ["build-not-break-relationships", "relationships", "connected"]),
        Question(id: "good-friend", text: "Do you have a really good friend?", headline: "have a really good friend",
                 scaleID: "yes-no", themes: ["build-not-break-relationships", "relationships", "connected"]),
        Question(id: "like-school", text: "Do you like school or college?", headline: "like school or college",
                 scaleID: "frequency", cohorts: [.childrenInCare],
                 themes: ["learning-and-aspirations", "education-training-employment", "prosperous"],
                 appliesTo: "who are at school or college"),
        Question(id: "involved-in-decisions", text: "Are you involved in decisions about your life?",
                 headline: "feel involved in decisions about their life", scaleID: "frequency",
                 themes: ["stability-and-permanence", "participation-in-society", "connected"]),
        Question(id: "happy-yesterday", text: "How happy did you feel yesterday? (0 to 10)",
                 headline: "felt happy yesterday (7 or more out of 10)", scaleID: "zero-to-ten",
                 themes: ["healthy-and-resilient", "health-wellbeing", "well"]),
        Question(id: "life-satisfaction", text: "How satisfied are you with your life? (0 to 10)",
                 headline: "are satisfied with their life (7 or more out of 10)", scaleID: "zero-to-ten",
                 themes: ["healthy-and-resilient", "health-wellbeing", "well"]),
        Question(id: "carers-notice-feelings", text: "Do your carers notice how you are feeling?",
                 headline: "say their carers notice how they feel", scaleID: "frequency", cohorts: [.childrenInCare],
                 themes: ["healthy-and-resilient", "health-wellbeing", "well"], appliesTo: "who live with carers"),
        // Care leavers
        Question(id: "home-safe-suitable", text: "Does your home feel safe and suitable for you?",
                 headline: "say their home feels safe and suitable", scaleID: "frequency", cohorts: [.careLeavers],
                 themes: ["safe-and-suitable-accommodation", "where-we-live", "safe"]),
        Question(id: "manage-money", text: "Can you manage your money?", headline: "can manage their money",
                 scaleID: "frequency", cohorts: [.careLeavers],
                 themes: ["safe-and-suitable-accommodation", "ready-for-our-future", "prosperous"]),
        Question(id: "in-education-employment-training", text: "Are you in education, employment or training?",
                 headline: "are in education, employment or training", scaleID: "yes-no", cohorts: [.careLeavers],
                 themes: ["learning-and-aspirations", "education-training-employment", "prosperous"]),
        Question(id: "know-personal-adviser", text: "Do you know who your personal adviser is?",
                 headline: "know who their personal adviser is", scaleID: "yes-no", cohorts: [.careLeavers],
                 themes: ["build-not-break-relationships", "support-us", "connected"],
                 appliesTo: "who have a personal adviser"),
        Question(id: "feel-lonely", text: "How often do you feel lonely?", headline: "hardly ever or never feel lonely",
                 scaleID: "frequency", cohorts: [.careLeavers],
                 themes: ["healthy-and-resilient", "health-wellbeing", "well"],
                 positiveAnswers: ["Hardly ever", "Never", "No", "Disagree", "Strongly disagree"]),
        Question(id: "ready-for-independence", text: "Do you feel ready to live independently?",
                 headline: "feel ready to live independently", scaleID: "frequency", cohorts: [.careLeavers],
                 themes: ["safe-and-suitable-accommodation", "ready-for-our-future", "prosperous"]),
        // Free text
        Question(id: "comment-what-good", text: "What is good about being in care or leaving care?",
                 headline: "told us what is good", kind: .freeText),
        Question(id: "comment-what-better", text: "What could be better?", headline: "told us what could be better",
                 kind: .freeText),
        Question(id: "comment-anything-else", text: "Is there anything else you want to tell us?",
                 headline: "told us something else", kind: .freeText),
    ])
}
