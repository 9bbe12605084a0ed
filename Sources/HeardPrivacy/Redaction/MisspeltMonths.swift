import HeardCore
import Synchronization

/// English month names as people mistype them: "decmber", "Ocotber", "Apirl", "Feburary", "augest", "mayy",
/// "Janu". A word no everyday list holds is a month when it is the start of a month's name ("janu",
/// "septem") or one slip from it (a letter missed, added, changed or two swapped; two slips for the long
/// names). `DateReader` takes such a month only with a day or a year beside it, and without a year only
/// after a birth cue, as it does a month that is also an English word.
enum MisspeltMonths {
    static func isMonth(_ key: String) -> Bool {
        let bytes = key.utf8
        guard bytes.count >= 4, bytes.count <= 11, let first = bytes.first, let second = bytes.dropFirst().first,
              openings.contains(UInt16(first) << 8 | UInt16(second)), bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        if let known = cache.withLock({ $0[key] }) { return known }
        let answer = read(key)
        cache.withLock { $0[key] = answer }
        return answer
    }

    private static func read(_ key: String) -> Bool {
        let letters = Array(key.utf8)
        guard !Gazetteer.isEverydayWord(key), !Gazetteer.places.contains(single: key) else { return false }
        for month in names where month.first == letters.first {
            if month.starts(with: letters) && letters.count < month.count { return true }
            // A given name one slip from a month ("mary", "marco", "juno") is a name; "marc" starts "march" above.
            let allowed = month.count >= 6 ? 2 : 1
            if abs(month.count - letters.count) <= allowed, EditDistance.distance(letters, month) <= allowed, !Gazetteer.isName(key) {
                return true
            }
        }
        return false
    }

    private static let names: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"].map { Array($0.utf8) }
    /// The first two letters of the months ("ja", "fe", "ma"...): a quick test before the cache is asked.
    private static let openings: Set<UInt16> = Set(names.map { UInt16($0[0]) << 8 | UInt16($0[1]) })
    private static let cache = Mutex<[String: Bool]>([:])
}
