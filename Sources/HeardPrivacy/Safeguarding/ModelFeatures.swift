/// What the screen's trained layer reads in a comment: named features, each present or not. The names are the
/// contract between this reader and the weights trained offline by `Scripts/safeguarding/train.py`, which
/// reads them through `heard safeguarding features`:
///
/// - `w:WORD`: a word as the text reader reads it (folded, text-speak spelled out: "w:hits");
/// - `p:PREFIX`: the first five letters of a longer word, so spellings and endings meet ("p:start" for
///   "starving", "starved");
/// - `c:GRAM`: each run of five characters of a word written between "<" and ">" ("c:<star", "c:starv"...),
///   so text-speak and misspellings ("hungy", "evry1") still meet the words they stand for;
/// - `b:WORD WORD`: two neighbouring words in one sentence ("b:hits me");
/// - `n:WORD`: a word a negator governs ("n:eat" in "I havent eaten"... as "n:eaten");
/// - `r:KIND`: a rule of that kind flags the comment; `s:KIND`: a sign rule ("cues") of that kind does: what
///   lets the model weigh the meaning the rules read (who x what x signals), not only the words it saw;
/// - `o:SCOPE`: an ordinary reading of that scope switched a flag off ("o:resolved");
/// - `g:GROUP`: a word group of `words.txt` the rules use is found ("g:FAMILY", "g:HURT"): the meaning a
///   writer's words carry, so the model learns "someone in the family", "hurting", not only the words one
///   writer chose. (Pairs of groups in a sentence were tried and raised false alarms leave-one-writer-out.)
///
/// `ModelFeatures.read` finds them and hands each to a sink once per occurrence: `NamedFeatureSink` spells the
/// names out (for training), `DisclosureModel.Scorer` hashes the same bytes without building a name (for
/// screening). A test checks the two agree.
enum ModelFeatures {
    /// How long a word must be to give a `p:` feature, and how many letters that feature keeps.
    static let prefixLength = 5
    /// How many characters a `c:` feature holds (a shorter word gives one, the whole word with its marks).
    static let gramLength = 5

    static func read<Sink: ModelFeatureSink>(_ text: ScreenText, hits: RuleHits, table: SpanTable,
                                             groups: [SpelledFeature?], into sink: inout Sink) {
        let words = text.words
        var padded: [UInt8] = []
        padded.reserveCapacity(64)
        for (index, word) in words.enumerated() {
            // The word's bytes are gathered once, between "<" and ">", and every feature of the word is hashed
            // from them (the same bytes as the names training spells out).
            padded.removeAll(keepingCapacity: true)
            padded.append(UInt8(ascii: "<"))
            var wordText = word.text
            wordText.withUTF8 { padded.append(contentsOf: $0) }
            padded.append(UInt8(ascii: ">"))
            padded.withUnsafeBufferPointer { buffer in
                let body = UnsafeBufferPointer(rebasing: buffer[1..<(buffer.count - 1)])
                let isASCII = body.allSatisfy { $0 < 0x80 }
                sink.add("w:", body, word: index)
                if body.count > prefixLength, !word.isNumber, isASCII {
                    sink.add("p:", UnsafeBufferPointer(rebasing: body[body.startIndex..<(body.startIndex + prefixLength)]),
                             word: index)
                }
                if isASCII {
                    for start in 0...max(0, buffer.count - gramLength) {
                        sink.add("c:", UnsafeBufferPointer(rebasing: buffer[start..<min(buffer.count, start + gramLength)]),
                                 word: index)
                    }
                }
                if let negator = word.negator, negator != index { sink.add("n:", body, word: index) }
            }
            if index + 1 < words.count, words[index + 1].sentence == word.sentence {
                sink.addPair("b:", word.text, words[index + 1].text, word: index)
            }
        }
        // A weak rule's kind held for want of a second sign is read as a rule of that kind, as when it flagged alone.
        for kind in hits.kinds + hits.heldKinds { sink.add("r:", kind.rawValue, word: nil) }
        for kind in hits.signKinds { sink.add("s:", kind.rawValue, word: nil) }
        for scope in hits.switchedOff { sink.add("o:", scope, word: nil) }
        readGroups(table, groups: groups, into: &sink)
    }

    /// `g:` features: the word groups found, once each.
    private static func readGroups<Sink: ModelFeatureSink>(_ table: SpanTable, groups: [SpelledFeature?],
                                                           into sink: inout Sink) {
        for span in table.spans {
            if let feature = groups[Int(span.atom)] { sink.add(feature, word: Int(span.start)) }
        }
    }
}

/// A feature whose whole name is known before any comment is read (a word group's `g:GROUP`): spelled out and
/// hashed once, so a comment that finds it costs one look-up, not a hash of its name's bytes.
struct SpelledFeature: Sendable {
    let name: String
    /// `FeatureHash.of(name)`.
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        hash = FeatureHash.of(name)
    }
}

/// Receives the features of a comment in the order `ModelFeatures.read` finds them.
protocol ModelFeatureSink {
    /// A feature named `prefix` + `text`; `word` is the comment word it came from, if it came from one.
    mutating func add<Text: Sequence<UInt8>>(_ prefix: StaticString, _ text: Text, word: Int?)
    /// A feature named `prefix` + `first` + " " + `second`.
    mutating func addPair(_ prefix: StaticString, _ first: String, _ second: String, word: Int)
    /// A feature spelled out and hashed already.
    mutating func add(_ feature: SpelledFeature, word: Int?)
}

extension ModelFeatureSink {
    mutating func add(_ prefix: StaticString, _ text: String, word: Int?) { add(prefix, text.utf8, word: word) }
}

/// Spells each feature's name out, once however often it is found (for training and tests).
struct NamedFeatureSink: ModelFeatureSink {
    private(set) var names: [String] = []
    /// For each name, the word it came from first (-1: none), as `DisclosureModel.Scorer` credits it.
    private(set) var words: [Int] = []
    private var seen: Set<String> = []

    mutating func add<Text: Sequence<UInt8>>(_ prefix: StaticString, _ text: Text, word: Int?) {
        insert(prefix.description + String(decoding: Array(text), as: UTF8.self), word: word)
    }

    mutating func addPair(_ prefix: StaticString, _ first: String, _ second: String, word: Int) {
        insert(prefix.description + first + " " + second, word: word)
    }

    mutating func add(_ feature: SpelledFeature, word: Int?) { insert(feature.name, word: word) }

    private mutating func insert(_ name: String, word: Int?) {
        if seen.insert(name).inserted {
            names.append(name)
            words.append(word ?? -1)
        }
    }
}

/// FNV-1a over a feature name's UTF-8 bytes: the key of a feature in `DisclosureModel`.
struct FeatureHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { add(byte) }
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func of(_ name: String) -> UInt64 {
        var hash = FeatureHash()
        hash.add(name.utf8)
        return hash.value
    }

    static func start(_ prefix: StaticString) -> FeatureHash {
        var hash = FeatureHash()
        prefix.withUTF8Buffer { hash.add($0) }
        return hash
    }
}
