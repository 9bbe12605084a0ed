/// Profiles for survey tools' export shapes. They name the tools' own columns; the questions, worded however
/// the council wrote them, are mapped by the generic mapper. The series is named after the export's file.
enum SurveyToolProfiles {
    static let json: [String] = [surveyMonkey, microsoftForms, googleForms, smartSurvey]

    /// SurveyMonkey: two header rows, US dates.
    static let surveyMonkey = """
    {
      "id": "surveymonkey", "title": "SurveyMonkey export",
      "signature": ["Respondent ID", "Collector ID"], "dateOrder": "mdy", "secondHeaderRow": true,
      "columns": [
        {"header": "Respondent ID", "role": "respondent-id"},
        {"header": "Collector ID", "role": "metadata"},
        {"header": "Start Date", "role": "metadata"},
        {"header": "End Date", "role": "submitted"},
        {"header": "IP Address", "role": "identity"},
        {"header": "Email Address", "role": "identity"},
        {"header": "First Name", "role": "identity"},
        {"header": "Last Name", "role": "identity"},
        {"header": "Custom Data 1", "role": "metadata"},
        {"header": "Custom Data", "role": "metadata"}
      ]
    }
    """

    /// Microsoft Forms (CSV or XLSX download).
    static let microsoftForms = """
    {
      "id": "microsoft-forms", "title": "Microsoft Forms export",
      "signature": ["ID", "Start time", "Completion time"], "dateOrder": "dmy",
      "columns": [
        {"header": "ID", "role": "respondent-id"},
        {"header": "Start time", "role": "metadata"},
        {"header": "Completion time", "role": "submitted"},
        {"header": "Email", "role": "identity"},
        {"header": "Name", "role": "identity"},
        {"header": "Last modified time", "role": "metadata"},
        {"header": "Total points", "role": "metadata"},
        {"header": "Quiz feedback", "role": "metadata"}
      ]
    }
    """

    /// Google Forms (the responses sheet or its CSV download).
    static let googleForms = """
    {
      "id": "google-forms", "title": "Google Forms export",
      "signature": ["Timestamp"], "dateOrder": "dmy",
      "columns": [
        {"header": "Timestamp", "role": "submitted"},
        {"header": "Email address", "role": "respondent-id"},
        {"header": "Score", "role": "metadata"}
      ]
    }
    """

    /// SmartSurvey (a UK tool; UK dates).
    static let smartSurvey = """
    {
      "id": "smartsurvey", "title": "SmartSurvey export",
      "signature": ["Started", "Ended", "IP Address"], "dateOrder": "dmy",
      "columns": [
        {"header": "Response ID", "role": "respondent-id"},
        {"header": "UserID", "role": "respondent-id"},
        {"header": "Unique ID", "role": "identity"},
        {"header": "Started", "role": "metadata"},
        {"header": "Ended", "role": "submitted"},
        {"header": "IP Address", "role": "identity"},
        {"header": "Email", "role": "identity"},
        {"header": "Name", "role": "identity"},
        {"header": "Tracking Link", "role": "metadata"},
        {"header": "Custom Variable 1", "role": "metadata"}
      ]
    }
    """
}
