import Foundation

/// Scores a redactor on comments with planted identifiers: how many identifiers of each kind leak, and how
/// many ordinary words are lost. An identifier leaks if any distinctive part of it survives (a word of a
/// name, school or street, a group of four or more digits, an email's or handle's own part).
public struct RedactionEvaluation: Sendable {
    /// One planted identifier.
    public struct Planted: Sendable, Hashable {
        public var kind: String
        public var value: String

        public init(kind: String, value: String) {
            self.kind = kind
            self.value = value
        }
    }

    public var planted: [String: Int] = [:]
    public var leaked: [String: Int] = [:]
    public var ordinaryWords = 0
    public var ordinaryLost = 0
    public var comments = 0
    public var seconds = 0.0

    public func leakRate(_ kind: String) -> Double {
        guard let total = planted[kind], total > 0 else { return 0 }
        return Double(leaked[kind] ?? 0) / Double(total)
    }

    public var overRedaction: Double { ordinaryWords == 0 ? 0 : Double(ordinaryLost) / Double(ordinaryWords) }

    public static func evaluate(_ redactor: Redactor, on items: [(text: String, planted: [Planted])]) -> RedactionEvaluation {
        var result = RedactionEvaluation()
        let start = Date()
        for item in items {
            let output = redactor.redact(item.text)
            result.comments += 1
            let outputWords = words(output)
            let outputDigits = output.filter(\.isNumber)
            var identifierWords: [String: Int] = [:]
            for planted in item.planted {
                result.planted[planted.kind, default: 0] += 1
                if leaks(planted, outputWords: outputWords, outputDigits: outputDigits, output: output) {
                    result.leaked[planted.kind, default: 0] += 1
                }
                for word in words(planted.value) { identifierWords[word, default: 0] += 1 }
            }
            var inputCounts: [String: Int] = [:]
            for word in words(item.text) { inputCounts[word, default: 0] += 1 }
            var outputCounts: [String: Int] = [:]
            for word in outputWords { outputCounts[word, default: 0] += 1 }
            for (word, count) in inputCounts {
                let ordinary = count - (identifierWords[word] ?? 0)
                guard ordinary > 0 else { continue }
                result.ordinaryWords += ordinary
                result.ordinaryLost += max(0, ordinary - (outputCounts[word] ?? 0))
            }
        }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }

    private static let genericParts: Set<String> = [
        "academy", "school", "college", "primary", "grammar", "high", "st", "saint", "road", "lane", "street",
        "avenue", "close", "drive", "walk", "park", "church", "station", "gmail", "hotmail", "com", "co", "uk", "org",
        "example", "the", "of", "flat", "studio", "unit", "apt", "apartment", "maisonette", "room", "house",
        "cottage", "c", "e", "catholic", "secondary", "infant", "junior", "technical", "learning", "centre",
    ]

    static func leaks(_ planted: Planted, outputWords: [String], outputDigits: String, output: String) -> Bool {
        let value = planted.value
        let digits = value.filter(\.isNumber)
        if digits.count >= 4 {
            // Any four consecutive digits of the identifier surviving is a leak.
            let characters = Array(digits)
            for start in 0...(characters.count - 4) where outputDigits.contains(String(characters[start..<(start + 4)])) {
                return true
            }
        }
        let outputSet = Set(outputWords)
        let parts = words(value).filter { !genericParts.contains($0) && $0.count >= 2 && !$0.allSatisfy(\.isNumber) }
        if planted.kind == "email" || planted.kind == "handle" {
            let local = value.split(separator: "@").first.map { String($0).lowercased() } ?? value.lowercased()
            return output.lowercased().contains(local.trimmingCharacters(in: CharacterSet(charactersIn: "@")))
        }
        if planted.kind == "date" { return output.contains(value) }
        return parts.contains { outputSet.contains($0) }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
    }
}
