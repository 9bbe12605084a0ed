import Foundation

/// Scores a redactor on comments with planted identifiers: how many identifiers of each kind leak, and how
/// many ordinary words are lost. An identifier leaks if any distinctive part of it survives (a word of a
/// name, school or street, a group of four or more digits, an email's or handle's own part).
///
/// Number words: a value said in words ("oh seven seven double one ...") leaks when four of its digits in a row
/// survive, written or said ("... seven double one 4 ..."), not when one of its number words ("one", "oh")
/// stands anywhere else in the comment ("i have one brother"): in `leaked`, number words are generic. The
/// strict count, where any surviving word of the value counts, number words included, is kept beside it in
/// `leakedStrict`.
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
    /// Leaks counted strictly: a number word of the value anywhere in the output counts as its leak.
    public var leakedStrict: [String: Int] = [:]
    public var ordinaryWords = 0
    public var ordinaryLost = 0
    /// Ordinary words lost, by the placeholder that took them ("[name]": 12): over-redaction per kind.
    public var lostTo: [String: Int] = [:]
    public var comments = 0
    public var seconds = 0.0
    /// With `details`: each leaked identifier and each lost ordinary word, with the redacted comment, for a
    /// developer reading a planted corpus (never used on real comments).
    public var leaks: [(kind: String, value: String, output: String)] = []
    public var losses: [(word: String, placeholder: String, output: String)] = []

    public func leakRate(_ kind: String) -> Double {
        guard let total = planted[kind], total > 0 else { return 0 }
        return Double(leaked[kind] ?? 0) / Double(total)
    }

    public var overRedaction: Double { ordinaryWords == 0 ? 0 : Double(ordinaryLost) / Double(ordinaryWords) }

    public static func evaluate(_ redactor: Redactor, on items: [(text: String, planted: [Planted])],
                                details: Bool = false) -> RedactionEvaluation {
        var result = RedactionEvaluation()
        let start = Date()
        for item in items {
            let output = redactor.redact(item.text)
            result.comments += 1
            let outputWords = words(output)
            let outputDigits = output.filter(\.isNumber)
            let outputSaid = SaidDigits.read(outputWords, keepingOthers: true) ?? ""
            var identifierWords: [String: Int] = [:]
            for planted in item.planted {
                result.planted[planted.kind, default: 0] += 1
                let strict = leaks(planted, outputWords: outputWords, outputDigits: outputDigits, outputSaid: outputSaid, output: output, strict: true)
                if strict { result.leakedStrict[planted.kind, default: 0] += 1 }
                if strict, leaks(planted, outputWords: outputWords, outputDigits: outputDigits, outputSaid: outputSaid, output: output, strict: false) {
                    result.leaked[planted.kind, default: 0] += 1
                    if details { result.leaks.append((planted.kind, planted.value, output)) }
                }
                for word in words(planted.value) { identifierWords[word, default: 0] += 1 }
            }
            let inputWords = words(item.text)
            var inputCounts: [String: Int] = [:]
            for word in inputWords { inputCounts[word, default: 0] += 1 }
            for (word, count) in inputCounts { result.ordinaryWords += max(0, count - (identifierWords[word] ?? 0)) }
            for (word, placeholder) in Alignment.lost(inputWords, in: output) {
                // A lost word that a planted identifier holds is no loss.
                if let left = identifierWords[word], left > 0 {
                    identifierWords[word] = left - 1
                    continue
                }
                result.ordinaryLost += 1
                result.lostTo[placeholder, default: 0] += 1
                if details { result.losses.append((word, placeholder, output)) }
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
        // Words that are part of many identifiers and identify no one: unit and number words, street types,
        // reference prefixes ("my cp number was [reference]" does not leak "CP/58151").
        "no", "number", "num", "rm", "apt", "fl", "flt", "bedsit", "floor", "way", "place", "court", "grove", "view",
        "side", "end", "hill", "green", "gate", "rise", "row", "mews", "terrace", "square", "gardens", "crescent",
        "cp", "lac", "cla", "ehcp", "ref", "sc", "la", "upn", "id", "case", "university", "of", "and", "at",
    ]

    /// Words of email addresses that identify no one: providers, endings and "at"/"dot" spelled out.
    private static let emailWords: Set<String> = [
        "gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "icloud", "aol", "msn", "btinternet", "sky",
        "mail", "protonmail", "proton", "com", "org", "net", "dot", "at", "gov", "sch", "nhs", "edu", "info",
    ]

    /// `outputDigits`: the output's written digits in order; `outputSaid`: its digits written or said in words, in
    /// order (`SaidDigits.read(outputWords, keepingOthers: true)`), read once a comment.
    static func leaks(_ planted: Planted, outputWords: [String], outputDigits: String, outputSaid: String, output: String,
                      strict: Bool = true) -> Bool {
        let value = planted.value
        let digits = value.filter(\.isNumber)
        if digits.count >= 4 {
            // Any four consecutive digits of the identifier surviving is a leak.
            let characters = Array(digits)
            for start in 0...(characters.count - 4) where outputDigits.contains(String(characters[start..<(start + 4)])) {
                return true
            }
        }
        if let said = SaidDigits.read(words(value)), said.count >= 4 {
            // Four digits of a value said in words surviving in order, written or said.
            let characters = Array(said)
            for start in 0...(characters.count - 4) where outputSaid.contains(String(characters[start..<(start + 4)])) {
                return true
            }
        }
        let outputSet = Set(outputWords)
        let parts = words(value).filter { !genericParts.contains($0) && $0.count >= 2 && !$0.allSatisfy(\.isNumber)
            && (strict || SaidDigits.digits[$0] == nil) }
        if planted.kind == "email" || planted.kind == "handle" {
            // An email leaks by its own part ("jay_smith" of "jay_smith at gmail dot com") or its domain's own
            // word ("nelcare" of "x@nelcare.org.uk").
            let lower = value.lowercased()
            let local = lower.split(separator: "@").first.map(String.init) ?? lower
            let spoken = local.components(separatedBy: " at ").first ?? local
            let own = spoken.components(separatedBy: "(at)").first?.trimmingCharacters(in: CharacterSet(charactersIn: "@ ")) ?? spoken
            if output.lowercased().contains(own) { return true }
            guard planted.kind == "email" else { return false }
            let domain = words(String(lower.dropFirst(own.count))).filter {
                $0.count >= 3 && !emailWords.contains($0) && !Gazetteer.isEverydayWord(NameKey.key($0))
            }
            return domain.contains { outputSet.contains($0) }
        }
        if planted.kind == "date" {
            // A date leaks whole, or by two of its words side by side ("12 Bealtaine [date]"), or by a year in
            // text-speak ("[date] 2k8", "[date] '08").
            if output.contains(value) { return true }
            let parts = words(value)
            let pairs = Set(zip(outputWords, outputWords.dropFirst()).map { $0.0 + " " + $0.1 })
            if zip(parts, parts.dropFirst()).contains(where: { pairs.contains($0.0 + " " + $0.1) }) { return true }
            return parts.count >= 2 && parts.last.map { $0.contains(where: \.isNumber) && $0.contains(where: \.isLetter)
                && outputSet.contains($0) } == true
        }
        return parts.contains { outputSet.contains($0) }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
    }
}

/// Lines a comment's words up with its redacted form (longest common subsequence of words), to say which
/// placeholder took each word that did not survive.
enum Alignment {
    static func lost(_ input: [String], in output: String) -> [(word: String, placeholder: String)] {
        // The output as words and placeholders, in order.
        var tokens: [(word: String, placeholder: String?)] = []
        var rest = Substring(output)
        while let open = rest.firstIndex(of: "[") {
            for word in RedactionEvaluation.words(String(rest[..<open])) { tokens.append((word, nil)) }
            guard let close = rest[open...].firstIndex(of: "]") else { rest = rest[open...].dropFirst(); continue }
            let candidate = String(rest[open...close])
            if Placeholder(rawValue: candidate) != nil {
                tokens.append(("", candidate))
            } else {
                for word in RedactionEvaluation.words(candidate) { tokens.append((word, nil)) }
            }
            rest = rest[rest.index(after: close)...]
        }
        for word in RedactionEvaluation.words(String(rest)) { tokens.append((word, nil)) }
        let n = input.count, m = tokens.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = tokens[j].placeholder == nil && input[i] == tokens[j].word
                    ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lost: [(String, String)] = []
        var i = 0, j = 0
        var lastPlaceholder: String?
        while i < n {
            if j < m, tokens[j].placeholder == nil, input[i] == tokens[j].word, table[i][j] == table[i + 1][j + 1] + 1 {
                i += 1
                j += 1
                lastPlaceholder = nil
            } else if j < m, table[i][j + 1] >= table[i + 1][j] {
                if let placeholder = tokens[j].placeholder { lastPlaceholder = placeholder }
                j += 1
            } else {
                // The word is gone: the placeholder in this gap (just passed or next) took it.
                let next = tokens[j..<m].first { $0.placeholder != nil }?.placeholder
                lost.append((input[i], lastPlaceholder ?? next ?? "(removed)"))
                i += 1
            }
        }
        return lost
    }
}
