import HeardCore

/// One rule of `Data/safeguarding/rules.txt`: a pattern that, found in a comment, raises a concern of its kind.
struct ScreenRule: Sendable {
    var kind: ConcernKind
    /// The rule's name for ordinary readings ("injury"), if it has one.
    var tag: String?
    /// Whether the parts may sit in different sentences of the comment.
    var acrossSentences: Bool
    /// Whether a negation leaves the rule standing: cues such as "havent had hot water" carry it in their meaning.
    var ignoresNegation: Bool
    /// A phrase with everyday senses too (its first part) that flags only with a second sign (its other parts)
    /// anywhere in the comment; the ordinary readings read the phrase alone, as they would read it flagging on
    /// its own ("second sign": "ran off" + "the home").
    var secondSign = false
    /// A weak rule ("weak": one that fires on ordinary comments about as often as on disclosures, chosen leave-one-
    /// batch-out by `Scripts/safeguarding/weak_rules.py`): its match flags only with a second sign in its own
    /// sentence (a SECOND-SIGN word, another direct rule's match, or the trained layer's probability at least
    /// `ScreenRules.weakRuleModelThreshold`).
    var isWeak = false
    var pattern: RulePattern
    var line: Int
    /// A sign rule (tagged "cues"): a pair of warning signs that weighs in the trained layer rather than flagging
    /// on its own. Stored, not compared on every comment.
    let isSign: Bool

    init(kind: ConcernKind, tag: String?, acrossSentences: Bool, ignoresNegation: Bool, pattern: RulePattern, line: Int) {
        self.kind = kind
        self.tag = tag
        self.acrossSentences = acrossSentences
        self.ignoresNegation = ignoresNegation
        self.pattern = pattern
        self.line = line
        isSign = tag == "cues"
    }
}

/// A benign reading from `rules.txt` that switches a flag off.
struct OrdinaryReading: Sendable {
    enum Scope: Sendable {
        /// Shares words with the flag ("hit me up").
        case overlapping
        /// Shares words with the flag, naming a topic as the subject of a lesson, a campaign or a study ("anti
        /// bullying week"), unless the sentence says something goes on ("still", "every break"): then it is an
        /// account, not a topic.
        case topic
        /// Shares words with the flag, an adult's question or explanation about harm ("asks if anyone hurts me",
        /// "asked about bullying"), when nothing else in the comment says harm goes on or tells fear, secrecy, a
        /// "yes" or wanting help, and no "but", "except"... follows it ("i said no but my brother does").
        case askedAbout
        /// Anywhere else in the flag's sentence ("playing football").
        case sameSentence
        /// In the flag's sentence, when the flag's own words say nothing of the writer (a film, a statistic).
        case notAboutMe
        /// Past harm that is over, unless the sentence says it goes on.
        case resolved
        /// Explicit safety now, or the harm plainly over, in the sentence right after a past account (PAST in the
        /// flag's sentence), when nothing in the comment says harm, fear, secrecy or wanting help goes on.
        case safeNext
        /// Another young person's harm already dealt with by adults, in the flag's sentence, when the sentence
        /// names the writer only as "my" (no I or me) and says nothing goes on.
        case dealtWith
        /// Another young person's harm told in the flag's sentence (no I or me in it) and adults' action in the
        /// very next sentence, when nothing in the comment says harm, fear, secrecy or wanting help goes on.
        case dealtWithNext
        /// Harm plainly confined to someone else: the flag's clause names another person and not the writer, and
        /// the reading (their safety now after a past, their job) stands in that clause or one joined to it,
        /// with no I, me, we or us between (`OrdinaryReadings+Subject.swift`).
        case someoneElse

        /// How the scope is named in model features ("o:resolved").
        var name: String {
            switch self {
            case .overlapping: "overlapping"
            case .topic: "topic"
            case .askedAbout: "asked-about"
            case .sameSentence: "same-sentence"
            case .notAboutMe: "not-about-me"
            case .resolved: "resolved"
            case .safeNext: "safe-next"
            case .dealtWith, .dealtWithNext: "dealt-with"
            case .someoneElse: "someone-else"
            }
        }
    }

    var scope: Scope
    /// A "resolved" or "someone else safe now" reading answers only harm told before its safety (or told after it as the past: "the team
    /// helped me so much after the overdose I took last year"); a "hypothetical" one (also `.resolved`) reads
    /// the question around it whatever the order.
    var answersHarmBefore = false
    /// The kinds (raw values) and tags it may switch off; empty for every flag.
    var targets: Set<String>
    var pattern: RulePattern
    var line: Int

    func applies(to rule: ScreenRule) -> Bool {
        targets.isEmpty || targets.contains(rule.kind.rawValue) || rule.tag.map(targets.contains) == true
    }
}

/// Everything the screen knows, read from its two plain data files.
struct ScreenRules: Sendable {
    private(set) var rules: [ScreenRule] = []
    private(set) var readings: [OrdinaryReading] = []
    /// The trained layer's probability at which a weak rule's flag stands with no other second sign
    /// ("second sign, model at least: P" in rules.txt); 1 when the file names none.
    private(set) var weakRuleModelThreshold = 1.0
    /// The kinds whose direct rules need a second sign when the flag's clause is about someone else and not the
    /// writer ("second sign about someone else: KIND, KIND" in rules.txt; issue 13, eighteenth round).
    private(set) var othersNeedSign: Set<ConcernKind> = []
    private(set) var atoms: AtomTable
    /// What could not be read, by file and line. Empty for the shipped files (a test checks).
    private(set) var problems: [String]

    init(words: String, rules text: String) {
        let vocabulary = ScreenVocabulary(parsing: words)
        atoms = AtomTable(vocabulary: vocabulary)
        problems = vocabulary.problems
        for line in DataFile.lines(text) {
            guard let colon = line.text.firstIndex(of: ":") else {
                problems.append("rules.txt line \(line.number): expected KIND: PATTERN")
                continue
            }
            let header = line.text[..<colon].trimmingCharacters(in: .whitespaces)
            let body = line.text[line.text.index(after: colon)...]
            if header == "second sign, model at least" {
                let figure = Double(body.trimmingCharacters(in: .whitespaces))
                if let figure, figure > 0, figure <= 1 { weakRuleModelThreshold = figure } else {
                    problems.append("rules.txt line \(line.number): expected a probability above 0, at most 1")
                }
                continue
            }
            if header == "second sign about someone else" {
                for name in body.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                    if let kind = ConcernKind(rawValue: name) { othersNeedSign.insert(kind) } else {
                        problems.append("rules.txt line \(line.number): unknown kind '\(name)'")
                    }
                }
                continue
            }
            guard let pattern = RulePattern(body, atoms: &atoms, line: line.number, problems: &problems) else { continue }
            if header.hasPrefix("ordinary") {
                if let reading = Self.reading(header, pattern: pattern, line: line.number, problems: &problems) {
                    readings.append(reading)
                }
            } else if let rule = Self.rule(header, pattern: pattern, line: line.number, problems: &problems) {
                rules.append(rule)
            }
        }
        for reading in readings {
            for target in reading.targets where target != OrdinaryReadings.modelTarget && !rules.contains(where: { $0.kind.rawValue == target || $0.tag == target }) {
                problems.append("rules.txt line \(reading.line): no rule has the kind or tag '\(target)'")
            }
        }
    }

    /// The atom of a vocabulary group no rule names but the screen uses (ONGOING).
    mutating func registerGroup(_ name: String) -> Int? { atoms.group(name) }

    /// "physical-abuse", "physical-abuse (injury)", "neglect (cues, across sentences, ignoring negation)".
    private static func rule(_ header: String, pattern: RulePattern, line: Int, problems: inout [String]) -> ScreenRule? {
        var name = header
        var tag: String?
        if let open = header.firstIndex(of: "("), header.hasSuffix(")") {
            name = header[..<open].trimmingCharacters(in: .whitespaces)
            tag = String(header[header.index(after: open)..<header.index(before: header.endIndex)])
        }
        guard let kind = ConcernKind(rawValue: name) else {
            problems.append("rules.txt line \(line): no kind '\(name)'")
            return nil
        }
        let tags = tag?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        let options: Set<String> = ["across sentences", "ignoring negation", "second sign", "weak"]
        var rule = ScreenRule(kind: kind, tag: tags.first { !options.contains($0) },
                              acrossSentences: tags.contains("across sentences") || tags.contains("second sign"),
                              ignoresNegation: tags.contains("ignoring negation"), pattern: pattern, line: line)
        rule.secondSign = tags.contains("second sign")
        rule.isWeak = tags.contains("weak")
        if rule.isWeak, rule.isSign {
            problems.append("rules.txt line \(line): 'weak' is for direct rules, not cues")
        }
        return rule
    }

    /// "ordinary, overlapping", "ordinary, same sentence, for injury, physical-abuse", "ordinary, resolved".
    private static func reading(_ header: String, pattern: RulePattern, line: Int,
                                problems: inout [String]) -> OrdinaryReading? {
        let fields = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let scopes: [String: OrdinaryReading.Scope] = [
            "overlapping": .overlapping, "topic": .topic, "asked about": .askedAbout, "same sentence": .sameSentence, "not about me": .notAboutMe,
            "resolved": .resolved, "hypothetical": .resolved, "safe next sentence": .safeNext, "dealt with": .dealtWith,
            "dealt with next sentence": .dealtWithNext, "someone else": .someoneElse,
            "someone else safe now": .someoneElse,
        ]
        guard fields.count >= 2, let scope = scopes[fields[1]] else {
            problems.append("rules.txt line \(line): expected 'ordinary, overlapping|topic|asked about|same sentence|not about me|"
                + "resolved|hypothetical|safe next sentence|dealt with|dealt with next sentence|someone else|someone else safe now'")
            return nil
        }
        var targets: Set<String> = []
        for (index, field) in fields.dropFirst(2).enumerated() {
            if index == 0 {
                guard field.hasPrefix("for ") else {
                    problems.append("rules.txt line \(line): expected 'for KIND, ...' after the scope")
                    return nil
                }
                targets.insert(String(field.dropFirst(4)))
            } else {
                targets.insert(field)
            }
        }
        var reading = OrdinaryReading(scope: scope, targets: targets, pattern: pattern, line: line)
        reading.answersHarmBefore = fields[1] == "resolved" || fields[1] == "someone else safe now"
        return reading
    }
}
