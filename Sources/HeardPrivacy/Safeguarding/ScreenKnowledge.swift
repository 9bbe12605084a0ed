import Foundation

/// The screen's rules and vocabulary, read once from the embedded data files and indexed for speed. A class, so
/// every screen shares one copy and the screen's own layout stays one reference.
final class ScreenKnowledge: Sendable {
    let rules: ScreenRules
    let index: PhraseIndex
    /// For each rule, the atoms of each item it cannot do without.
    let required: [RequiredAtoms]
    /// The rules a comment can set off, by the atoms it holds (`RuleGate`).
    let ruleGate: RuleGate
    /// The same for each ordinary reading.
    let readingRequired: [RequiredAtoms]
    let firstPerson: Set<String>
    let ongoingAtom: Int?
    /// CONTRAST: a turn that undoes an ordinary reading of a model flag ("but", "except").
    let contrastAtom: Int?
    /// TURN: "but", "anyway", "also", "lol"...: an ordinary reading told before one does not reach a flag after it.
    let turnAtom: Int?
    /// PAST ("used to", "when i was little"): the account a "safe next sentence" reading needs in the flag's sentence.
    let pastAtom: Int?
    /// STILL-AT-RISK: fear, secrecy or wanting help anywhere in a comment keeps a past account flagged.
    let atRiskAtom: Int?
    /// OTHER-YOUNG-PERSON ("my mate", "a lad"): whose harm a "dealt with next sentence" reading needs in the flag's sentence.
    let otherYoungPersonAtom: Int?
    /// Who a flag is about (`OrdinaryReadings+Subject.swift`): the words that join or start a clause, the
    /// words naming someone other than the writer, the writer's own body, and harm done.
    let clauseJoinAtom: Int?
    let someoneElseAtom: Int?
    let myBodyAtom: Int?
    let harmAtoms: Set<Int>
    /// WRITER-TOO ("me too", "now i do it"): the writer shares a harm told of someone else or of the past.
    let writerTooAtom: Int?
    /// WHO (any family member, carer, stranger, partner or peer): someone acting in a flag's clause.
    let whoAtom: Int?
    /// SECOND-SIGN: the words that let a weak rule's match flag (fear, secrecy, harm going on, asking for help...).
    let secondSignAtom: Int?
    /// Who fills a flag's clause, for a flag about someone else (`OrdinaryReadings+OtherSubject.swift`): the
    /// writer's carers and family, a partner, and other people.
    let carerAtom: Int?
    let familyAtom: Int?
    let partnerAtom: Int?
    let siblingAtom: Int?
    let otherPeopleAtoms: Set<Int>
    /// The kinds whose direct rules need a second sign when their clause is about someone else.
    let othersNeedSign: Set<ConcernKind>
    /// The trained layer's score (log-odds) at which a weak rule's match flags with no other second sign.
    let weakRuleModelScore: Double
    /// The trained layer, when there is one.
    let model: DisclosureModel?
    /// For each atom, its `g:` feature when it is a word group of `words.txt` (the model's `g:` and `h:`
    /// features), its name and hash made once, not for every comment it is found in.
    let groupNames: [SpelledFeature?]

    static let shipped = ScreenKnowledge(rules: ScreenRules(words: EmbeddedData.safeguardingWords,
                                                            rules: EmbeddedData.safeguardingRules),
                                         model: try? DisclosureModel(parsing: EmbeddedData.safeguardingModel))

    init(rules: ScreenRules, model: DisclosureModel? = nil) {
        self.model = model
        var rules = rules
        ongoingAtom = rules.registerGroup("ONGOING")
        contrastAtom = rules.registerGroup("CONTRAST")
        turnAtom = rules.registerGroup("TURN")
        pastAtom = rules.registerGroup("PAST")
        atRiskAtom = rules.registerGroup("STILL-AT-RISK")
        otherYoungPersonAtom = rules.registerGroup("OTHER-YOUNG-PERSON")
        clauseJoinAtom = rules.registerGroup("CLAUSE-JOIN")
        someoneElseAtom = rules.registerGroup("SOMEONE-ELSE")
        myBodyAtom = rules.registerGroup("MY-BODY")
        harmAtoms = Set(["HURT", "HURT-DONE", "VIOLENT"].compactMap { rules.registerGroup($0) })
        writerTooAtom = rules.registerGroup("WRITER-TOO")
        whoAtom = rules.registerGroup("WHO")
        secondSignAtom = rules.registerGroup("SECOND-SIGN")
        carerAtom = rules.registerGroup("CARER")
        familyAtom = rules.registerGroup("FAMILY")
        partnerAtom = rules.registerGroup("PARTNER")
        siblingAtom = rules.registerGroup("SIBLING")
        otherPeopleAtoms = Set(["SOMEONE-ELSE", "PEER", "STRANGER", "SIBLING", "FAMILY", "PARTNER"].compactMap {
            rules.registerGroup($0)
        })
        othersNeedSign = rules.othersNeedSign
        let weakFigure = rules.weakRuleModelThreshold
        weakRuleModelScore = weakFigure >= 1 ? .infinity : log(weakFigure / (1 - weakFigure))
        // Every group is a model feature (g:GROUP), the ones no rule names too (HYPERBOLE, PRAISE...).
        for name in rules.atoms.vocabulary.groups.keys.sorted() { _ = rules.registerGroup(name) }
        self.rules = rules
        index = PhraseIndex(rules.atoms)
        groupNames = rules.atoms.names.map { $0.hasPrefix("=") ? nil : SpelledFeature("g:" + $0) }
        required = rules.rules.map { RequiredAtoms($0.pattern.requiredAtoms) }
        ruleGate = RuleGate(required: rules.rules.map(\.pattern.requiredAtoms), atomCount: rules.atoms.count,
                            entries: rules.atoms.entries.map(\.count))
        readingRequired = rules.readings.map { RequiredAtoms($0.pattern.requiredAtoms) }
        firstPerson = Set((rules.atoms.vocabulary.groups["I"] ?? []).compactMap { entry in
            if entry.count == 1, case .word(let word) = entry[0] { word } else { nil }
        })
    }
}

/// The quick test before matching a rule: for each item it cannot do without, a mask of its atoms; the rule
/// can match only if every mask meets the atoms found in the comment.
struct RequiredAtoms: Sendable {
    /// Every item's (word of the bit set, bits) pairs, one item after another, in flat arrays: asked of every
    /// rule for every comment, so no array of arrays to step through.
    private let words: [Int]
    private let bits: [UInt64]
    /// Where each item's pairs end in `words` and `bits`.
    private let ends: [Int]

    init(_ atomsPerItem: [[Int]]) {
        var words: [Int] = [], bits: [UInt64] = [], ends: [Int] = []
        for atoms in atomsPerItem {
            var item: [Int: UInt64] = [:]
            for atom in atoms { item[atom >> 6, default: 0] |= 1 << UInt64(atom & 63) }
            for (word, mask) in item.sorted(by: { $0.key < $1.key }) {
                words.append(word)
                bits.append(mask)
            }
            ends.append(words.count)
        }
        self.words = words
        self.bits = bits
        self.ends = ends
    }

    func isMet(by present: [UInt64]) -> Bool {
        // Every pair index is below `ends.last`, which is the arrays' length: read without checking each one.
        words.withUnsafeBufferPointer { words in
            bits.withUnsafeBufferPointer { bits in
                var start = 0
                for end in ends {
                    var met = false
                    for pair in start..<end where present[words[pair]] & bits[pair] != 0 {
                        met = true
                        break
                    }
                    if !met { return false }
                    start = end
                }
                return true
            }
        }
    }
}
