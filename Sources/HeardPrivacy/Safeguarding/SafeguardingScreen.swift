import Foundation

/// Reads a free-text answer for a disclosure of harm, tuned for recall: a missed disclosure is far worse than a
/// false alarm. Each concern carries its kinds and the words that triggered it. Ordinary talk that merely
/// sounds alarming ("killing it at football", "a knife crime workshop", "I used to run away but I'm settled
/// now") is let through by exclusions that cover the sentence they are in.
public struct SafeguardingScreen: Sendable {
    /// What the screen found in one comment.
    public struct Result: Sendable, Hashable {
        public var kinds: [ConcernKind]
        public var evidence: [String]
        public var isConcern: Bool { !kinds.isEmpty }
    }

    /// Off only in tests that check the gate changes nothing.
    var useGate = true

    public init() {}

    public func scan(_ text: String) -> Result {
        let normalised = Self.normalise(text)
        var found: [(kind: ConcernKind, range: Range<String.Index>, negatable: Bool)] = []
        // Only rules sharing a word start with the comment are run: most comments need few or none.
        let rules = DisclosureRules.all
        let toRun = useGate ? DisclosureRules.gate.rules(for: normalised) : Array(rules.indices)
        for index in toRun {
            let rule = rules[index]
            for match in rule.pattern.matches(in: normalised) {
                if let range = Range(match.range, in: normalised) { found.append((rule.kind, range, rule.negatable)) }
            }
        }
        guard !found.isEmpty else { return Result(kinds: [], evidence: []) }
        // Exclusions, only when something matched.
        let benign = DisclosureRules.benign.flatMap { $0.matches(in: normalised) }
            .compactMap { Range($0.range, in: normalised) }.map { Self.sentence(around: $0, in: normalised) }
        var kinds: [ConcernKind] = []
        var evidence: [String] = []
        for (kind, range, negatable) in found {
            if benign.contains(where: { $0.overlaps(range) }) { continue }
            if negatable && (Self.isNegated(normalised, before: range.lowerBound)
                || normalised[range].split(separator: " ").contains { Self.negators.contains(String($0)) }) { continue }
            if Self.isResolvedPast(normalised, around: range) { continue }
            if !kinds.contains(kind) { kinds.append(kind) }
            let words = String(normalised[range])
            if !evidence.contains(words) { evidence.append(words) }
        }
        return Result(kinds: kinds, evidence: evidence)
    }

    /// The whole sentence a range sits in: talk that makes a trigger ordinary ("messing about", "to stop me
    /// falling") counts anywhere in the same sentence.
    static func sentence(around range: Range<String.Index>, in text: String) -> Range<String.Index> {
        let start = text[..<range.lowerBound].lastIndex(of: "|") ?? text.startIndex
        let end = text[range.upperBound...].firstIndex(of: "|") ?? text.endIndex
        return start..<end
    }

    /// Lower case, apostrophes dropped, shorthand spelled out, spaces collapsed.
    static func normalise(_ text: String) -> String {
        let words = asciiWords(text) ?? unicodeWords(text)
        var output = " "
        output.reserveCapacity(text.utf8.count + 16)
        for word in words {
            output += DisclosureRules.shorthand[word] ?? word
            output += " "
        }
        return output
    }

    /// The words of an all-ASCII comment, read byte by byte; nil when the comment is not ASCII.
    private static func asciiWords(_ text: String) -> [String]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var current: [UInt8] = []
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case 39: continue
                case 65...90: current.append(byte + 32)
                case 97...122, 48...57: current.append(byte)
                default:
                    if !current.isEmpty {
                        words.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                    // . ! ? , ; end a clause
                    if byte == 46 || byte == 33 || byte == 63 || byte == 44 || byte == 59 { words.append("|") }
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words
        } ?? nil
    }

    private static func unicodeWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character == "'" || character == "\u{2019}" { continue }
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if ".!?,;".contains(character) { words.append("|") }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// "i dont want to die", "never hit me": a negation just before the trigger.
    static func isNegated(_ text: String, before index: String.Index) -> Bool {
        let before = text[..<index].split(separator: " ").suffix(2)
        return before.contains { negators.contains(String($0)) }
    }

    static let negators: Set<String> = ["dont", "never", "not", "didnt", "doesnt", "wouldnt", "no", "wont", "nobody"]

    /// "i used to run away but im settled now": a past disclosure the young person says is over, anywhere in
    /// the same sentence.
    static func isResolvedPast(_ text: String, around range: Range<String.Index>) -> Bool {
        let sentence = text[Self.sentence(around: range, in: text)]
        let past = ["used to", "when i was younger", "in the past", "years ago", "at my old school", "at my last placement",
                    "before i came into care", "when i was little"]
        let over = ["but now", "but im", "but i am", "not anymore", "no longer", "settled now", "im ok now", "im fine now",
                    "better now", "happy now", "dont anymore", "stopped", "safe now", "doesnt happen now"]
        return past.contains { sentence.contains($0) } && over.contains { sentence.contains($0) }
    }
}

/// The kinds of disclosure Heard looks for.
public enum ConcernKind: String, Sendable, Hashable, Codable, CaseIterable {
    case physicalAbuse = "physical-abuse"
    case sexualAbuse = "sexual-abuse"
    case emotionalAbuse = "emotional-abuse"
    case neglect
    case selfHarm = "self-harm"
    case suicidalThoughts = "suicidal-thoughts"
    case eatingProblems = "eating-problems"
    case exploitation
    case missing = "missing-or-running-away"
    case homelessTonight = "homeless-tonight"
    case relationshipAbuse = "relationship-abuse"
    case unsafeWhereLiving = "unsafe-where-living"
    case severeBullying = "severe-bullying"
}
