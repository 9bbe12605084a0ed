/// The few-word phrases whose polarity is not the sum of their words ("i want to stay here" is contentment,
/// "they want to close my case" is not the young person asking, "i had to leave my stuff" complains). Rules
/// are tried in order at every word; the first that matches decides what that word adds.
struct PolarityPhrases {
    /// A word and its neighbours.
    struct Context {
        var word: String
        var previous: String
        var beforePrevious: String
        var next: String
        var afterNext: String
        var fourth: String
        var isFirst: Bool
        /// A negator ("not", "never") among the three words before.
        var negated: Bool
    }

    enum Effect {
        case positive, negative, request
        /// Counts for nothing: the word's usual meaning does not apply here.
        case nothing
        /// Praise, or a complaint when negated ("i get to see", "i never get to see").
        case positiveUnlessNegated
    }

    struct Rule {
        var example: String
        /// The words the rule can apply to.
        var triggers: Set<String>
        var effect: Effect
        var matches: @Sendable (Context) -> Bool
    }

    /// The first matching rule's effect at this word, or nil when no rule speaks for it.
    static func effect(at context: Context) -> Effect? {
        guard let candidates = rulesByWord[context.word] else { return nil }
        return candidates.first { rules[$0].matches(context) }.map { rules[$0].effect }
    }

    /// Every word some rule can apply to.
    static var triggerWords: Set<String> { Set(rulesByWord.keys) }

    /// Rule indices by trigger word, in rule order.
    private static let rulesByWord: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (number, rule) in rules.enumerated() {
            for word in rule.triggers { index[word, default: []].append(number) }
        }
        return index.mapValues { $0.sorted() }
    }()

    private static func set(_ words: String) -> Set<String> { Set(words.split(separator: " ").map(String.init)) }
    private static let stayWords = set("stay keep"), contentPlaces = set("here where put living")
    private static let needWords = set("need needed"), wholeObjects = set("that what everything all")
    private static let whenWords = set("when if whenever"), letWords = set("let lets"), meUs = set("me us")
    private static let beingWords = set("feel feeling felt am is are was")
    private static let bigWords = set("big great real massive good huge")
    private static let getWords = set("get got gets"), getOnWords = set("get gets got getting")
    private static let chanceVerbs = set("see go do have stay keep spend choose speak meet be join take")
    private static let belongingWords = set("part welcome included"), tookWords = set("took takes taking")
    private static let slowWords = set("a ages weeks months years forever over hours"), changedWords = set("changed happened changes")
    private static let doWords = set("do doing did done"), wantWords = set("want wanted")
    private static let goodWords = set("good nice better great"), changeWords = set("change changes changed changing")
    private static let sentWords = set("moved taken sent"), wellWith = set("well with")
    private static let askingWords = set("need want to more"), havingWords = set("have got do")
    private static let feelWords = set("feel feeling felt")
    private static let sayingWords = set("said says told")
    private static let passiveWords = set("was been got get keep kept")
    private static let irregularParticiples = set("been done told known seen gone given taken")

    private static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") || irregularParticiples.contains(word)
    }
    private static let wellDoneWords = set("sleep sleeping slept")
    private static let othersWanting = set("want wants wanted need needs needed wish let allowed able give tell")

    static let rules: [Rule] = [
        Rule(example: "i want to stay here", triggers: set("want"), effect: .positive) { c in
            c.word == "want" && c.next == "to" && stayWords.contains(c.afterNext) && !c.negated
                && (c.fourth.isEmpty || contentPlaces.contains(c.fourth))
        },
        Rule(example: "she gets me what i need", triggers: needWords, effect: .positive) { c in
            needWords.contains(c.word) && c.previous == "i" && wholeObjects.contains(c.beforePrevious)
        },
        Rule(example: "they let me have my friends round", triggers: letWords, effect: .positive) { c in
            letWords.contains(c.word) && meUs.contains(c.next) && PolarityClassifier.otherPeople.contains(c.previous)
        },
        // Other people "should" is still a request ("teachers should know"); their wanting is not.
        Rule(example: "they want to close my case; there when i need her", triggers: othersWanting, effect: .nothing) { c in
            PolarityClassifier.otherPeople.contains(c.previous) || (c.previous == "i" && whenWords.contains(c.beforePrevious))
        },
        Rule(example: "i feel more independent now", triggers: set("more"), effect: .nothing) { c in c.word == "more" && beingWords.contains(c.previous) },
        Rule(example: "better wifi in the flats", triggers: set("better"), effect: .request) { c in c.word == "better" && c.isFirst },
        Rule(example: "a big help; i get help when i need it", triggers: set("help"), effect: .positive) { c in
            c.word == "help" && (bigWords.contains(c.previous)
                || (getWords.contains(c.previous) && !askingWords.contains(c.beforePrevious)))
        },
        Rule(example: "i have lots of friends", triggers: set("lots loads"), effect: .positive) { c in
            (c.word == "lots" || c.word == "loads") && havingWords.contains(c.previous)
        },
        Rule(example: "i feel different from my friends", triggers: feelWords, effect: .negative) { c in
            feelWords.contains(c.word) && c.next == "different"
        },
        Rule(example: "i get to see my nan", triggers: getWords, effect: .positiveUnlessNegated) { c in
            getWords.contains(c.word) && c.next == "to" && chanceVerbs.contains(c.afterNext)
        },
        Rule(example: "i feel part of my community; i feel at home here", triggers: set("feel feels felt"), effect: .positive) { c in
            !c.negated && (belongingWords.contains(c.next) || (c.next == "at" && c.afterNext == "home"))
        },
        Rule(example: "we said what we thought and nothing changed", triggers: set("nothing"), effect: .negative) { c in
            changedWords.contains(c.next)
        },
        Rule(example: "the laptop took a year to come", triggers: tookWords, effect: .negative) { c in slowWords.contains(c.next) },
        Rule(example: "make sure my carers know first", triggers: set("make"), effect: .request) { c in
            c.next == "sure" && (c.isFirst || c.previous == "please")
        },
        Rule(example: "my iro makes sure my plan happens", triggers: set("makes made make"), effect: .positive) { c in
            c.next == "sure"
        },
        Rule(example: "i can talk to my carers about anything; i can tell my social worker anything", triggers: set("talk tell"),
             effect: .positiveUnlessNegated) { c in c.previous == "can" && (c.word == "tell" || c.next == "to") },
        Rule(example: "i sleep well most nights", triggers: set("well"), effect: .positive) { c in
            wellDoneWords.contains(c.previous) && !c.negated
        },
        Rule(example: "i fit in with my foster family", triggers: set("fit"), effect: .positiveUnlessNegated) { c in c.next == "in" },
        Rule(example: "the staff took my phone off me", triggers: tookWords, effect: .negative) { c in
            c.next == "my" || c.next == "away" || c.next == "off"
        },
        Rule(example: "my teacher said i could go to university", triggers: set("could can"), effect: .positive) { c in
            c.previous == "i" && sayingWords.contains(c.beforePrevious)
        },
        Rule(example: "i was moved on my birthday; they moved me anyway", triggers: set("moved"), effect: .negative) { c in
            !c.negated && (passiveWords.contains(c.previous) || c.next == "me" || c.next == "us")
        },
        // Regret, not a wish for something: "i wish someone had listened" (but "i wish i had a laptop" asks).
        Rule(example: "i wish someone had listened", triggers: set("wish wished"), effect: .negative) { c in
            (c.next == "had" && isParticiple(c.afterNext)) || (c.afterNext == "had" && isParticiple(c.fourth))
        },
        Rule(example: "i got told off", triggers: set("told"), effect: .negative) { c in c.word == "told" && c.next == "off" },
        Rule(example: "pushed me to do well", triggers: doWords, effect: .positive) { c in doWords.contains(c.word) && c.next == "well" },
        Rule(example: "i had to leave my stuff behind", triggers: set("have had"), effect: .negative) { c in
            (c.word == "have" || c.word == "had") && c.next == "to" && !wantWords.contains(c.previous)
        },
        Rule(example: "cooking lessons would help; it would be good to", triggers: set("would"), effect: .request) { c in
            c.word == "would" && (c.next == "help" || (c.next == "be" && goodWords.contains(c.afterNext)))
        },
        Rule(example: "staff change all the time", triggers: changeWords, effect: .negative) { c in changeWords.contains(c.word) && c.next == "all" },
        Rule(example: "nothing to do; moved away; ended up in a b&b", triggers: set("nothing away ended"), effect: .negative) { c in
            (c.word == "nothing" && c.next == "to" && c.afterNext == "do")
                || (c.word == "away" && sentWords.contains(c.previous)) || (c.word == "ended" && c.next == "up")
        },
        Rule(example: "always there for me; i get on well with her", triggers: set("there always").union(getOnWords), effect: .positive) { c in
            (c.word == "there" && c.next == "for" && meUs.contains(c.afterNext)) || (c.word == "always" && c.next == "there")
                || (getOnWords.contains(c.word) && c.next == "on" && wellWith.contains(c.afterNext))
        },
    ]
}
