import Foundation

/// Scores the screen on labelled comments: recall for each labelled kind of disclosure and the false-alarm
/// rate on ordinary comments. Misses and false alarms are reported by line number only, never by their words.
public struct SafeguardingEvaluation: Sendable {
    /// One labelled comment.
    public struct Item: Sendable, Hashable {
        public var text: String
        public var isDisclosure: Bool
        /// The labelled kind, in the file's own words ("abuse", "suicidal"...); empty for ordinary comments.
        public var kind: String
        /// Where it is in the file (1-based line or row), for pointing at misses without quoting them.
        public var line: Int

        public init(text: String, isDisclosure: Bool, kind: String, line: Int) {
            self.text = text
            self.isDisclosure = isDisclosure
            self.kind = kind
            self.line = line
        }
    }

    /// The figures for one labelled kind of disclosure.
    public struct KindScore: Sendable, Hashable {
        public var kind: String
        public var disclosures = 0
        public var flagged = 0
        public var missedLines: [Int] = []
        public var recall: Double { disclosures == 0 ? 0 : Double(flagged) / Double(disclosures) }
    }

    public var kinds: [KindScore] = []
    public var ordinary = 0
    public var falseAlarmLines: [Int] = []
    public var seconds = 0.0

    public var disclosures: Int { kinds.reduce(0) { $0 + $1.disclosures } }
    public var flagged: Int { kinds.reduce(0) { $0 + $1.flagged } }
    public var recall: Double { disclosures == 0 ? 0 : Double(flagged) / Double(disclosures) }
    public var falseAlarmRate: Double { ordinary == 0 ? 0 : Double(falseAlarmLines.count) / Double(ordinary) }

    /// Screens every item once and tallies the results. A disclosure counts as found when the screen raises a
    /// concern of any kind: what matters is that an officer reads it today.
    public static func evaluate(_ screen: SafeguardingScreen, on items: [Item]) -> SafeguardingEvaluation {
        var result = SafeguardingEvaluation()
        var byKind: [String: KindScore] = [:]
        let start = Date()
        for item in items {
            let concern = screen.scan(item.text).isConcern
            guard item.isDisclosure else {
                result.ordinary += 1
                if concern { result.falseAlarmLines.append(item.line) }
                continue
            }
            let kind = item.kind.isEmpty ? "unlabelled" : item.kind
            byKind[kind, default: KindScore(kind: kind)].disclosures += 1
            if concern { byKind[kind]!.flagged += 1 } else { byKind[kind]!.missedLines.append(item.line) }
        }
        result.seconds = Date().timeIntervalSince(start)
        result.kinds = byKind.keys.sorted().map { byKind[$0]! }
        return result
    }
}

/// The fixed rule that splits a development set into a half to tune on and a half to report: a comment is in
/// the tuning half when the first byte of the SHA-256 of its text (UTF-8, exactly as written) is even. Anyone
/// can recompute it (`printf %s "$text" | sha256sum`), and a comment never changes half.
public enum DevelopmentHalf: String, Sendable, CaseIterable {
    case tuning
    case reporting

    public init(of text: String) {
        let first = Digest.sha256Hex(Array(text.utf8)).prefix(2)
        self = (UInt8(first, radix: 16) ?? 0) % 2 == 0 ? .tuning : .reporting
    }
}
