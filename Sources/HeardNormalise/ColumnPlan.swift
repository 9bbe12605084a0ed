import HeardCore

/// A profile applied to one table's actual header: which column index plays which role.
struct ColumnPlan {
    struct Mapped {
        var index: Int
        var column: SurveyProfile.Column
    }

    var mapped: [Mapped] = []
    var unmapped: [Int] = []
    /// Profile columns the table lacks (a question the export does not have).
    var missing: [SurveyProfile.Column] = []

    init(profile: SurveyProfile, header: [String]) {
        var byHeader: [String: SurveyProfile.Column] = [:]
        for column in profile.columns { byHeader[TextFolding.fold(column.header)] = column }
        var found: Set<String> = []
        for (index, text) in header.enumerated() {
            let key = TextFolding.fold(text)
            if let column = byHeader[key], !found.contains(key) {
                mapped.append(Mapped(index: index, column: column))
                found.insert(key)
            } else {
                unmapped.append(index)
            }
        }
        missing = profile.columns.filter { !found.contains(TextFolding.fold($0.header)) }
    }

    func first(_ role: SurveyProfile.Role) -> Int? {
        mapped.first { $0.column.role == role }?.index
    }

    func all(_ role: SurveyProfile.Role) -> [Mapped] {
        mapped.filter { $0.column.role == role }
    }
}
