/// A comment as the screen reads it: its words in order (folded, text-speak spelled out), each with its
/// sentence and, when a "not", "never", "nobody"... governs it, which word that negator is.
struct ScreenText {
    struct Word {
        var text: String
        var sentence: Int
        var isNumber: Bool
        /// The index of the negator whose scope this word is in.
        var negator: Int?
    }

    var words: [Word] = []
    /// The range of word indices of each sentence.
    var sentences: [Range<Int>] = []

    init(_ comment: String) {
        // TEMPORARY until HeardCore's TextReading lands on main: a minimal reading with the same shape.
        var current = ""
        var sentence = 0
        var sentenceStart = 0
        var activeNegator: Int?
        func flushWord() {
            guard !current.isEmpty else { return }
            for word in Self.textSpeak[current] ?? [current] {
                if Self.clauseStarters.contains(word) { activeNegator = nil }
                if Self.subjectPronouns.contains(word), let last = words.last, last.sentence == sentence,
                   !Self.clauseStarters.contains(last.text) { activeNegator = nil }
                let isNumber = word.allSatisfy(\.isNumber)
                words.append(Word(text: word, sentence: sentence, isNumber: isNumber, negator: activeNegator))
                if Self.negators.contains(word) { activeNegator = words.count - 1 }
            }
            current = ""
        }
        func endSentence() {
            flushWord()
            activeNegator = nil
            if words.count > sentenceStart {
                sentences.append(sentenceStart..<words.count)
                sentence += 1
                sentenceStart = words.count
            }
        }
        for character in comment.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "\u{2018}" {
                continue
            } else if ".!?\n".contains(character) {
                endSentence()
            } else {
                flushWord()
                if ",;:()".contains(character) { activeNegator = nil }
                if character == "£" || character == "%" || character == "&" {
                    let symbol = character == "&" ? "and" : String(character)
                    words.append(Word(text: symbol, sentence: sentence, isNumber: false, negator: activeNegator))
                }
            }
        }
        endSentence()
    }

    static let negators: Set<String> = [
        "not", "never", "no", "nobody", "noone", "nothing", "none", "neither", "nor", "nowhere", "cannot",
        "dont", "didnt", "doesnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "isnt", "arent", "wasnt",
        "werent", "havent", "hasnt", "hadnt", "aint",
    ]
    static let clauseStarters: Set<String> = [
        "but", "and", "so", "because", "although", "though", "however", "when", "whenever", "while", "whilst",
        "if", "unless", "until", "till", "then", "since", "why", "what", "how", "where", "who", "which", "that",
    ]
    static let subjectPronouns: Set<String> = ["i", "im", "ive", "he", "she", "they", "we", "hes", "shes", "theyre"]
    static let textSpeak: [String: [String]] = [
        "u": ["you"], "ur": ["your"], "bf": ["boyfriend"], "gf": ["girlfriend"], "r": ["are"], "wen": ["when"],
        "cos": ["because"], "coz": ["because"], "cuz": ["because"], "bc": ["because"], "ppl": ["people"],
        "rn": ["right", "now"], "dnt": ["dont"], "cnt": ["cant"], "wanna": ["want", "to"], "gonna": ["going", "to"],
        "kms": ["kill", "myself"], "sw": ["social", "worker"], "tbh": ["to", "be", "honest"], "n": ["and"],
        "nd": ["and"], "b4": ["before"], "2day": ["today"], "2nite": ["tonight"], "tonite": ["tonight"],
        "alot": ["a", "lot"], "evry": ["every"], "nite": ["night"], "hav": ["have"], "bk": ["back"],
        "sum": ["some"], "sumone": ["someone"], "some1": ["someone"], "any1": ["anyone"], "no1": ["no", "one"],
        "noone": ["no", "one"], "idk": ["i", "dont", "know"], "im": ["im"], "ive": ["ive"], "mam": ["mum"],
        "hes": ["hes"], "wiv": ["with"], "wit": ["with"], "til": ["till"], "thx": ["thanks"], "pls": ["please"],
        "plz": ["please"], "ma": ["my"], "in2": ["into"], "havnt": ["havent"], "aint": ["isnt"], "gona": ["going", "to"], "tryna": ["trying", "to"], "hse": ["house"], "yr": ["year"],
    ]
}
