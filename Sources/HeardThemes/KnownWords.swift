import HeardCore

/// Every word Heard's word lists name (the polarity lists and phrase triggers, `FeelingWords`, `FunctionWords`,
/// `RequestStarts`, `WordForms`), numbered once at load with what each list says about it. Reading a comment looks each word
/// up here once (`ReadWord.known`); the polarity tally, the feeling count, the request starts and the evidence
/// filter then read facts by number instead of hashing the word again for each list.
enum KnownWords {
    /// What the lists say about one word.
    struct Facts: Sendable {
        var roles: PolarityClassifier.WordRoles = []
        /// Its `FeelingWords` rating; nil when it has none.
        var feeling: Double?
        var isFunctionWord = false
        var startsRequest = false
        /// The stem the models read it as, for an irregular form (`WordForms`); nil otherwise.
        var modelStem: String? { modelStemNumber >= 0 ? KnownWords.modelStems[Int(modelStemNumber)] : nil }
        /// Its place in `modelStems` (-1: none), so that the facts hold no string: reading them for every word
        /// of every comment copied one (a retain and a release).
        fileprivate var modelStemNumber: Int32 = -1
    }

    /// The stems irregular forms are read as (`Facts.modelStem`).
    fileprivate static let modelStems: [String] = table.modelStems

    /// A word's number; absent words are on no list.
    static let numbers = WordNumbers(table.numbers.sorted { $0.value < $1.value }.map(\.key))
    /// Facts by number.
    static let facts: [Facts] = table.facts

    /// The number of `word`, or -1 when no list names it.
    static func number(of word: String) -> Int32 { numbers[word] ?? -1 }

    /// The facts about a word by its number; none for -1.
    static func facts(_ number: Int32) -> Facts { number >= 0 ? facts[Int(number)] : Facts() }

    private static let table: (numbers: [String: Int32], facts: [Facts], modelStems: [String]) = {
        var numbers: [String: Int32] = [:]
        var facts: [Facts] = []
        var modelStems: [String] = []
        func update(_ word: String, _ change: (inout Facts) -> Void) {
            let number: Int32
            if let known = numbers[word] {
                number = known
            } else {
                number = Int32(facts.count)
                numbers[word] = number
                facts.append(Facts())
            }
            change(&facts[Int(number)])
        }
        for (word, roles) in PolarityClassifier.roles { update(word) { $0.roles = roles } }
        for (word, rating) in FeelingWords.ratings { update(word) { $0.feeling = rating } }
        for word in FunctionWords.words { update(word) { $0.isFunctionWord = true } }
        for word in RequestStarts.words { update(word) { $0.startsRequest = true } }
        for (word, stem) in WordForms.stems {
            update(word) { $0.modelStemNumber = Int32(modelStems.count) }
            modelStems.append(stem)
        }
        return (numbers, facts, modelStems)
    }()
}
