/// The profiles Heard ships, as the same JSON an officer would write in `Surveys/profiles/`.
enum BuiltInProfiles {
    static let json: [String] = [viewpointCLA, annualChildrenInCare, annualCareLeavers] + SurveyToolProfiles.json

    /// Viewpoint-style children looked after questionnaire export (UK dates, one row per child).
    static let viewpointCLA = """
    {
      "id": "viewpoint-cla",
      "title": "Viewpoint children looked after questionnaire",
      "series": {"id": "viewpoint-cla", "title": "Viewpoint questionnaire for children looked after"},
      "signature": ["Response ID", "Questionnaire", "Date completed", "Child ID"],
      "cohort": "children-in-care",
      "dateOrder": "dmy",
      "columns": [
        {"header": "Response ID", "role": "metadata"},
        {"header": "Questionnaire", "role": "metadata"},
        {"header": "Date completed", "role": "submitted"},
        {"header": "Child ID", "role": "respondent-id"},
        {"header": "Forename", "role": "identity"},
        {"header": "Surname", "role": "identity"},
        {"header": "Date of birth", "role": "date-of-birth"},
        {"header": "Age", "role": "age"},
        {"header": "Gender", "role": "metadata"},
        {"header": "Placement type", "role": "metadata"},
        {"header": "1. How safe do you feel where you live?", "role": "question", "question": "feel-safe-where-live"},
        {"header": "2. Do you feel settled where you live?", "role": "question", "question": "feel-settled"},
        {"header": "3. How many social workers have you had in the last 12 months?", "role": "question",
         "question": "social-worker-changes"},
        {"header": "4. Do you trust your social worker?", "role": "question", "question": "trust-social-worker"},
        {"header": "5. Do you know why you are in care?", "role": "question", "question": "know-why-in-care"},
        {"header": "6. Do you see your family as much as you want?", "role": "question",
         "question": "see-family-enough"},
        {"header": "7. Is there an adult you trust?", "role": "question", "question": "trusted-adult"},
        {"header": "8. Do you like going to school?", "role": "question", "question": "like-school"},
        {"header": "9. Do you get a say in decisions about your life?", "role": "question",
         "question": "involved-in-decisions"},
        {"header": "10. Do your carers notice how you are feeling?", "role": "question",
         "question": "carers-notice-feelings"},
        {"header": "11. What is good about where you live?", "role": "free-text", "question": "comment-what-good"},
        {"header": "12. What would make things better?", "role": "free-text", "question": "comment-what-better"},
        {"header": "13. Anything else you want to tell us?", "role": "free-text",
         "question": "comment-anything-else"}
      ]
    }
    """

    /// The annual survey of children in care, collected with Microsoft Forms.
    static let annualChildrenInCare = """
    {
      "id": "annual-survey-children-in-care",
      "title": "Annual survey of children in care (Microsoft Forms)",
      "series": {"id": "annual-survey-children-in-care", "title": "Annual survey of children in care"},
      "signature": ["ID", "Start time", "Completion time", "Do you feel safe where you live?"],
      "cohort": "children-in-care",
      "dateOrder": "dmy",
      "columns": [
        {"header": "ID", "role": "respondent-id"},
        {"header": "Start time", "role": "metadata"},
        {"header": "Completion time", "role": "submitted"},
        {"header": "Email", "role": "identity"},
        {"header": "Name", "role": "identity"},
        {"header": "How old are you?", "role": "age"},
        {"header": "Do you feel safe where you live?", "role": "question", "question": "feel-safe-where-live"},
        {"header": "Do you have a really good friend?", "role": "question", "question": "good-friend"},
        {"header": "Is there an adult in your life you trust?", "role": "question", "question": "trusted-adult"},
        {"header": "Do you like school?", "role": "question", "question": "like-school"},
        {"header": "How happy did you feel yesterday? (0 = not at all, 10 = very happy)", "role": "question",
         "question": "happy-yesterday"},
        {"header": "Do you feel involved in decisions about your life?", "role": "question",
         "question": "involved-in-decisions"},
        {"header": "What's good about being in care?", "role": "free-text", "question": "comment-what-good"},
        {"header": "What could we do better?", "role": "free-text", "question": "comment-what-better"}
      ]
    }
    """

    /// The annual survey of care leavers, collected with Google Forms.
    static let annualCareLeavers = """
    {
      "id": "annual-survey-care-leavers",
      "title": "Annual survey of care leavers (Google Forms)",
      "series": {"id": "annual-survey-care-leavers", "title": "Annual survey of care leavers"},
      "signature": ["Timestamp", "Email address", "Do you know who your PA is?"],
      "cohort": "care-leavers",
      "dateOrder": "dmy",
      "columns": [
        {"header": "Timestamp", "role": "submitted"},
        {"header": "Email address", "role": "respondent-id"},
        {"header": "Your name (optional)", "role": "identity"},
        {"header": "How old are you?", "role": "age"},
        {"header": "Does where you live feel safe and right for you?", "role": "question",
         "question": "home-safe-suitable"},
        {"header": "Can you manage your money?", "role": "question", "question": "manage-money"},
        {"header": "Are you in education, work or training?", "role": "question",
         "question": "in-education-employment-training"},
        {"header": "Do you know who your PA is?", "role": "question", "question": "know-personal-adviser"},
        {"header": "How often do you feel lonely?", "role": "question", "question": "feel-lonely"},
        {"header": "Do you feel ready to live on your own?", "role": "question", "question": "ready-for-independence"},
        {"header": "Tell us what's going well", "role": "free-text", "question": "comment-what-good"},
        {"header": "What could be better for care leavers?", "role": "free-text", "question": "comment-what-better"}
      ]
    }
    """
}
