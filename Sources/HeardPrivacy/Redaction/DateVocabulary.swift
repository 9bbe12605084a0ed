import Foundation

/// The words around dates of birth, read once from the plain lists `Data/month-names.txt` (months in many
/// languages, alphabets and calendars) and `Data/date-words.txt` (birth cues, small words between a date's
/// parts, calendar marks after a year, seasons). Every word is looked up by its `NameKey`, so "Márta" and
/// "marta" are one month. Entries of several words ("meán fómhair", "date of birth") are phrases.
struct DateVocabulary: Sendable {
    /// Phrases by their first word: each entry is the whole phrase's keys.
    struct Phrases: Sendable {
        private var byFirst: [String: [[String]]] = [:]

        mutating func insert(_ keys: [String]) {
            guard let first = keys.first else { return }
            byFirst[first, default: []].append(keys)
        }

        /// The number of words of the longest phrase that starts at `keys[start]`, or nil.
        func match(_ keys: (Int) -> String?, at start: Int) -> Int? {
            guard let first = keys(start), let candidates = byFirst[first] else { return nil }
            var best: Int?
            for phrase in candidates where phrase.count > (best ?? 0) {
                if phrase.indices.dropFirst().allSatisfy({ keys(start + $0) == phrase[$0] }) { best = phrase.count }
            }
            return best
        }

        func contains(single key: String) -> Bool { byFirst[key]?.contains { $0.count == 1 } ?? false }
    }

    var months = Phrases()
    var cues = Phrases()
    var eras = Phrases()
    var glue: Set<String> = []
    var seasons: Set<String> = []
    var monthBeforeNumber: Set<String> = []
    var monthAfterNumber: Set<String> = []
    /// Words a learner writes after a date's parts in numbers: "2009 year 7 month 18 day" (`DateUnits`).
    var unitYear: Set<String> = []
    var unitMonth: Set<String> = []
    var unitDay: Set<String> = []
    /// One-word months that are also everyday English words or given names ("mars", "hut", "may", "maja"): a
    /// month beside a day only with a year or a birth cue. The English month names are not among them, except "may" and "mar".
    var ambiguousMonths: Set<String> = []

    static let shared = DateVocabulary(months: EmbeddedData.monthNames, words: EmbeddedData.dateWords)

    init(months monthLines: String, words wordLines: String) {
        let english: Set<String> = [
            "january", "jan", "february", "feb", "march", "april", "apr", "june", "jun", "july", "jul", "august", "aug",
            "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec",
        ]
        for line in Self.entries(monthLines) {
            guard let space = line.firstIndex(of: " "), Int(line[..<space]) != nil else { continue }
            let keys = Self.keys(line[line.index(after: space)...])
            months.insert(keys)
            // "março" read as "marco", "maja": a month that is also a given name needs a year or a cue too.
            if keys.count == 1, let key = keys.first, !english.contains(key), Gazetteer.isEverydayWord(key) || Gazetteer.isName(key) {
                ambiguousMonths.insert(key)
            }
        }
        for line in Self.entries(wordLines) {
            guard let space = line.firstIndex(of: " ") else { continue }
            let keys = Self.keys(line[line.index(after: space)...])
            switch line[..<space] {
            case "cue": cues.insert(keys)
            case "era": eras.insert(keys)
            case "glue": glue.formUnion(keys)
            case "season": seasons.formUnion(keys)
            case "month-before-number": monthBeforeNumber.formUnion(keys)
            case "month-after-number": monthAfterNumber.formUnion(keys)
            case "unit-year": unitYear.formUnion(keys)
            case "unit-month": unitMonth.formUnion(keys)
            case "unit-day": unitDay.formUnion(keys)
            default: continue
            }
        }
    }

    private static func entries(_ text: String) -> [Substring] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { Substring($0) }
    }

    /// A phrase's words as keys, split where `DateTokens` splits a comment: "d.o.b" -> d, o, b.
    private static func keys(_ phrase: Substring) -> [String] {
        DateTokens(String(phrase)).items.filter { $0.kind != .mark }.map(\.key)
    }
}
