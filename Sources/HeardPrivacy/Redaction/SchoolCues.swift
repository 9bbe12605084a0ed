/// Schools named without a type, known by where they stand in a comment about school: "my school BHS",
/// "i go to QEGS now", "excluded from Fernhurst", "the designated teacher at hca", "i started Woodlands in
/// year 4". Only in a comment that talks about school, and only a word that is an abbreviation in capitals,
/// a capitalised word no list knows, or a word no list knows.
enum SchoolCues {
    /// Words that show a comment is about school.
    static let schoolWords: Set<String> = [
        "school", "schools", "skool", "skl", "college", "teacher", "teachers", "yr", "year", "excluded", "class",
        "lessons", "lesson", "gcse", "gcses", "sixth", "pe", "maths", "science", "detention", "headteacher", "pupil",
        "upn", "pep", "uniform", "trip", "term", "ta", "senco", "head", "report", "exams", "y7", "y8", "y9", "y10",
        "y11", "y12", "y13", "timetable", "break", "lunchtime", "homework", "roll", "ysgol", "coleg", "academy", "pru",
    ]
    /// Words just before a school's name: "at", "to", "from", "started", "attend".
    static let before: Set<String> = ["at", "to", "from", "2", "started", "attend", "attends", "attended", "with", "joined"]
    /// Two words before: "my school", "my college", "excluded from", "teacher at".
    static let beforeRole: Set<String> = ["school", "college", "skool", "academy"]

    /// Word indices of schools named without a type.
    static func find(in items: [Words.Word], shouting: Bool) -> [Int] {
        // The lists, as the words' classes (`WordClasses`): found once when the words were read.
        guard items.contains(where: { $0.classes.contains(.schoolCue) }) else { return [] }
        var found: [Int] = []
        for index in items.indices.dropFirst() where !items[index].isAfterBreak {
            let cued = items[index - 1].classes.contains(.schoolCueBefore)
                || (items[index - 1].classes.contains(.schoolCue) && beforeRole.contains(items[index - 1].lower)
                    && index >= 2 && items[index - 2].classes.contains(.owner))
            guard cued, isSchoolLike(items[index], shouting: shouting) else { continue }
            // "go to" a place is common: after "to" and "at" only an abbreviation or a word no list knows.
            found.append(index)
        }
        return found
    }

    /// "BHS", "QEGS", "Cranbrook", "hazelmere": an abbreviation in capitals, or a word no list knows.
    static func isSchoolLike(_ word: Words.Word, shouting: Bool) -> Bool {
        let key = word.key
        if word.isTextSpeak || word.lists.contains(.notName) || word.lists.contains(.place) { return false }
        if word.classes.contains(.function) || word.classes.contains(.schoolGeneric) { return false }
        if word.isAllCapitals && !shouting { return (2...5).contains(key.count) && !word.lists.isEveryday }
        guard key.count >= 4, !key.contains(where: \.isNumber), !key.contains("-"), !word.lists.isEveryday else { return false }
        return !word.lists.isName && !Misspelling.isNearEverydayWord(key)
    }
}
