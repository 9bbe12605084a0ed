import HeardCore

/// How a comment's sentences are framed, for the polarity model (`m:` features): whether they ask (a modal of
/// wish or duty, an imperative, "more X" first), the tone of the sentences that do not ask and of the clause after
/// the last "but", survey figures and which way they point, reported speech, negated praise. Real statements
/// praise and complain in plain facts and summaries ("young people told us", "only 41% said"), where single
/// words mislead; these frames tell the model which words the comment's main point rests on.
///
/// - `m:ask`, `m:ask-all`: some sentence asks; every sentence asks;
/// - `m:tone+`, `m:tone-`: the feeling words (`FeelingWords`, negated ones at half strength for the other side)
///   of the sentences that do not ask, each at most 2;
/// - `m:after-but+`, `m:after-but-`: the same for the words after the comment's last "but" ("although"...);
/// - `m:figure`, `m:figure-up`, `m:figure-down`, `m:comparative`: a sentence gives a figure ("37", "half",
///   "likely"), one that rises ("more likely", "higher", "most") or falls ("only", "fewer", "lower"), or compares;
/// - `m:reported`, `m:reported-ask`: "young people said...", "children wanted...";
/// - `m:negated-praise`, `m:nobody`: a praising word under a negator; "nobody", "no one".
enum PolarityFrames {
    static func read<Sink: FeatureSink>(_ reading: Reading, into sink: inout Sink) {
        let words = reading.words
        guard !words.isEmpty else { return }
        let roles = words.map { Self.roles[$0.word] ?? [] }
        var start = 0, asking = 0, sentences = 0
        var outside = 0.0
        var flags = Flags()
        for index in words.indices where index + 1 == words.count || reading.sentenceOfWord[index + 1] != reading.sentenceOfWord[index] {
            let range = start..<(index + 1)
            sentences += 1
            if asks(range, words, roles) { asking += 1 } else { outside += tone(range, reading) }
            figures(range, words, roles, &flags)
            start = index + 1
        }
        if asking > 0 { sink.named("m:ask", 1, words: 0..<0) }
        if asking == sentences { sink.named("m:ask-all", 1, words: 0..<0) }
        strength(outside, "m:tone+", "m:tone-", &sink)
        if let but = roles.indices.last(where: { roles[$0].contains(.contrast) && $0 > 0 && $0 + 1 < words.count }) {
            strength(tone((but + 1)..<words.count, reading), "m:after-but+", "m:after-but-", &sink)
        }
        for (flag, name) in [(flags.figure, "m:figure"), (flags.up, "m:figure-up"), (flags.down, "m:figure-down"),
                             (flags.comparative, "m:comparative")] where flag {
            sink.named(name, 1, words: 0..<0)
        }
        var reported = false, reportedAsk = false, negatedPraise = false, nobody = false
        for index in words.indices {
            let next = index + 1 < words.count && reading.sentenceOfWord[index + 1] == reading.sentenceOfWord[index]
                ? roles[index + 1] : []
            if roles[index].contains(.reporter) {
                if next.contains(.askVerb) { reportedAsk = true } else if next.contains(.reportVerb) { reported = true }
            }
            if let rating = KnownWords.facts(words[index].known).feeling, rating > 0, reading.isNegated(index) { negatedPraise = true }
            if roles[index].contains(.nobody) || (words[index].word == "no" && index + 1 < words.count && words[index + 1].word == "one") {
                nobody = true
            }
        }
        for (flag, name) in [(reported, "m:reported"), (reportedAsk, "m:reported-ask"),
                             (negatedPraise, "m:negated-praise"), (nobody, "m:nobody")] where flag {
            sink.named(name, 1, words: 0..<0)
        }
    }

    private struct Flags { var figure = false, up = false, down = false, comparative = false }

    private static func strength<Sink: FeatureSink>(_ tone: Double, _ praise: String, _ complaint: String, _ sink: inout Sink) {
        if tone > 0 { sink.named(praise, min(2, tone / 4), words: 0..<0) }
        if tone < 0 { sink.named(complaint, min(2, -tone / 4), words: 0..<0) }
    }

    /// Feeling ratings summed, a negated word counting for the other side at half strength (as `s:` counts them).
    private static func tone(_ range: Range<Int>, _ reading: Reading) -> Double {
        var total = 0.0
        for index in range {
            guard var rating = KnownWords.facts(reading.words[index].known).feeling else { continue }
            if reading.isNegated(index) { rating *= -0.5 }
            total += rating
        }
        return total
    }

    /// Whether a sentence asks: an imperative opening, "more/better/someone..." first (not a comparison), or a
    /// frame of wish or duty anywhere ("should", "we need to", "would be good", "i wish", "they wanted more").
    private static func asks(_ range: Range<Int>, _ words: [ReadWord], _ roles: [Roles]) -> Bool {
        func word(_ index: Int) -> String { index >= range.lowerBound && index < range.upperBound ? words[index].word : "" }
        func role(_ index: Int) -> Roles { index >= range.lowerBound && index < range.upperBound ? roles[index] : [] }
        var first = range.lowerBound
        if word(first) == "please", !word(first + 1).isEmpty { first += 1 }
        if ImperativeVerbs.isImperative(word(first), word(first + 1), word(first + 2)) { return true }
        if word(first) == "stop", word(first + 1) != "you", word(first + 1) != "i" { return true }
        if role(first).contains(.wantedThing), !isComparison(range, roles) { return true }
        for index in range {
            let (next, afterNext) = (word(index + 1), word(index + 2))
            let own = roles[index]
            if own.contains(.duty), !(next == "have" && (afterNext == "been" || afterNext == "had")) { return true }
            if own.contains(.need), !role(index - 1).contains(.denial), role(index + 1).contains(.neededThing) { return true }
            if words[index].word == "would",
               next == "like" || next == "love" || next == "help" || (next == "be" && role(index + 2).contains(.good)) { return true }
            if own.contains(.wish), role(index - 1).contains(.wanter) { return true }
            if own.contains(.want), role(index - 1).contains(.wanter), role(index + 1).contains(.neededThing),
               !(next == "to" && (afterNext == "stay" || afterNext == "keep")) { return true }
            if own.contains(.askVerb), next == "for" { return true }
            if words[index].word == "please" { return true }
        }
        return false
    }

    private static func isComparison(_ range: Range<Int>, _ roles: [Roles]) -> Bool {
        range.contains { roles[$0].contains(.comparison) || (roles[$0].contains(.moreLess) && $0 + 1 < range.upperBound
            && roles[$0 + 1].contains(.likely)) }
    }

    private static func figures(_ range: Range<Int>, _ words: [ReadWord], _ roles: [Roles], _ flags: inout Flags) {
        let comparison = isComparison(range, roles)
        var figure = false, up = false, down = false
        for index in range {
            let own = roles[index]
            if own.contains(.figure) || words[index].word.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { figure = true }
            if own.contains(.up) || (own.contains(.moreLess) && words[index].word == "more" && index + 1 < range.upperBound
                && roles[index + 1].contains(.likely)) { up = true }
            if own.contains(.down) || (words[index].word == "less" && index + 1 < range.upperBound
                && roles[index + 1].contains(.likely)) { down = true }
        }
        if figure {
            flags.figure = true
            flags.up = flags.up || up || (comparison && range.contains { words[$0].word == "more" })
            flags.down = flags.down || down
        }
        if comparison { flags.comparative = true }
    }

    /// The lists a word is on, as bits.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        static let contrast = Roles(rawValue: 1 << 0), duty = Roles(rawValue: 1 << 1), need = Roles(rawValue: 1 << 2)
        static let neededThing = Roles(rawValue: 1 << 3), denial = Roles(rawValue: 1 << 4), good = Roles(rawValue: 1 << 5)
        static let wish = Roles(rawValue: 1 << 6), want = Roles(rawValue: 1 << 7), wanter = Roles(rawValue: 1 << 8)
        static let askVerb = Roles(rawValue: 1 << 9), wantedThing = Roles(rawValue: 1 << 10)
        static let comparison = Roles(rawValue: 1 << 11), moreLess = Roles(rawValue: 1 << 12), likely = Roles(rawValue: 1 << 13)
        static let figure = Roles(rawValue: 1 << 14), up = Roles(rawValue: 1 << 15), down = Roles(rawValue: 1 << 16)
        static let reporter = Roles(rawValue: 1 << 17), reportVerb = Roles(rawValue: 1 << 18), nobody = Roles(rawValue: 1 << 19)
    }

    private static func list(_ words: String, _ role: Roles) -> [(String, Roles)] {
        words.split(separator: " ").map { (String($0), role) }
    }

    /// One lookup a word gives all its roles.
    static let roles: [String: Roles] = {
        let lists = list("but although though however yet", .contrast) + list("should ought must", .duty)
            + list("need needs", .need) + list("dont didnt doesnt no", .denial)
            + list("to more a an someone help support people staff better their", .neededThing)
            + list("good nice great helpful better useful brilliant amazing lovely important", .good)
            + list("wish wished wishes", .wish) + list("want wanted wants", .want)
            + list("i we they people children young leavers who participants kids us", .wanter)
            + list("asked called calling asking wanted want wished suggested requested would", .askVerb)
            + list("more better less fewer someone somebody somewhere", .wantedThing)
            + list("than higher lower fewer", .comparison) + list("more less", .moreLess) + list("likely", .likely)
            + list("percent cent proportion half majority likely", .figure)
            + list("higher increased majority most", .up) + list("only fewer lower decreased minority just", .down)
            + list("people children leavers participants they kids respondents members us", .reporter)
            + list("said told reported felt shared explained described say tell feel", .reportVerb)
            + list("nobody noone", .nobody)
        var roles: [String: Roles] = [:]
        for (word, role) in lists { roles[word, default: []].insert(role) }
        return roles
    }()
}
