/// The phrases that signal each kind of disclosure, over normalised text (lower case, no apostrophes, "|" for
/// sentence breaks). Written plainly and non-graphically; broad on purpose.
struct DisclosureRule: Sendable {
    var kind: ConcernKind
    var pattern: Pattern
    /// Whether "dont"/"never" just before the trigger cancels it.
    var negatable: Bool
    /// What any match must contain (see `PatternShape.clauses`), for the `RuleGate`.
    var clauses: [Set<String>]

    init(_ kind: ConcernKind, _ pattern: String, negatable: Bool = false) {
        self.kind = kind
        self.pattern = Pattern(pattern, caseInsensitive: false)
        self.negatable = negatable
        clauses = PatternShape(pattern).clauses
    }
}

enum DisclosureRules {
    static let gate = RuleGate(clauses: all.map(\.clauses))

    private static let me = #"(?:me|us|my (?:sister|brother|siblings))"#
    private static let adult = #"(?:carer|carers|foster (?:mum|dad|carer|carers)|mum|dad|stepdad|stepmum|step dad|step mum|staff|worker|uncle|auntie|nan|grandad|he|she|they|someone|somebody|a man|a woman|an adult|older (?:boys|lads|kids|people|man|men))"#
    private static let hurtVerbs = #"(?:hits?|hitting|beats?|beating|beat|kicks?|kicked|kicking|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|hurts?|hurting|batter(?:s|ed)?|throws? (?:things|stuff) at|threw (?:things|stuff|something) at|push(?:es|ed)|grab(?:s|bed))"#
    private static let partner = #"(?:boyfriend|girlfriend|partner|bf|gf|ex|fella|missus)"#

    static let all: [DisclosureRule] = [
        // Suicidal thoughts
        .init(.suicidalThoughts, #"\b(?:want|wanna|going|gonna|thinking about|thought about|think about|feel like|plan|planning|tried|try) (?:to )?(?:die|kill myself|end it|end my life|end it all|end things|take my (?:own )?life|not be here|not exist|disappear for good)\b"#, negatable: true),
        .init(.suicidalThoughts, #"\b(?:kill myself|killing myself|suicid\w*|unalive|take my (?:own )?life|end my life|end it all|overdos\w*)\b"#),
        .init(.suicidalThoughts, #"\b(?:better off (?:dead|without me)|be better without me|no point (?:in )?(?:living|being alive|being here|going on|carrying on)|wish i (?:was|were|wasnt) (?:dead|never born|here|alive)|dont want to (?:be here|live|be alive|wake up|exist)|dont want to be here anymore|no reason to live|cant go on|cant do this anymore|nothing to live for|not be here anymore)\b"#),
        .init(.suicidalThoughts, #"\b(?:(?:nobody|no one|noone) would (?:miss|care|notice)|if i (?:was|were) (?:gone|dead|not here)|(?:sleep|go to sleep) and (?:never|not) wake up|never wake up|(?:isnt|is not|not) worth living|tired of (?:living|being alive|life)|sick of (?:living|being alive)|hate being alive|wish i (?:was|had been) never born|disappear (?:forever|for good)|want to disappear|ending it|ending my life|(?:took|take|taken|swallowed) (?:loads of|a load of|lots of|all my|too many|a bunch of|a lot of) (?:tablets|pills|paracetamol|meds|medication))\b"#),
        // Self-harm
        .init(.selfHarm, #"\b(?:cut|cutting|cuts|hurt|hurting|harm|harming|burn|burning|burnt|scratch|scratching|hit|hitting|punch|punching) (?:myself|my self|my arms?|my legs?|my wrists?|my skin)\b"#, negatable: true),
        .init(.selfHarm, #"\b(?:self harm\w*|selfharm\w*|self injur\w*|sh again|relapsed|cuts on my|marks on my arms)\b"#),
        .init(.selfHarm, #"\b(?:(?:been|keep|kept|started|start|still|am|im) cutting|cutting again|cut again|hurting myself|till (?:i|they|it) bleeds?|make (?:me|myself) bleed)\b"#, negatable: true),
        // Eating problems
        .init(.eatingProblems, #"\b(?:(?:making|make|made|makes) myself (?:sick|throw up|vomit|be sick)|hate my body|(?:weeks|days) without (?:eating|food))\b"#),
        .init(.eatingProblems, #"\b(?:stopped eating|not eating|dont eat|cant eat|barely eat|starv(?:e|ing) myself|make myself (?:sick|throw up)|made myself sick|throw up after (?:i eat|eating|food|meals)|anorexi\w*|bulimi\w*|purg\w*|binge\w*)\b"#),
        // Physical abuse
        .init(.physicalAbuse, #"\b"# + adult + #" (?:\w+ )?"# + hurtVerbs + #" "# + me + #"\b"#, negatable: true),
        .init(.physicalAbuse, #"\b(?:gets|got|get|been|was) (?:hit|beaten|kicked|punched|slapped|hurt|smacked|battered)\b"#, negatable: true),
        .init(.physicalAbuse, #"\b(?:bruises|bruised me|left (?:marks|bruises|a mark|a bruise)|locked me in|lock me in|tied me)\b"#),
        .init(.physicalAbuse, #"\b(?:grab(?:s|bed|bing)?|pull(?:s|ed|ing)?|yank(?:s|ed)?|twist(?:s|ed)?) my (?:arm|arms|hair|neck|throat|wrist)|\b(?:throws?|threw|throwing|push(?:es|ed)?|shov(?:es|ed)) me (?:against|into|down|on|out|around|about)\b"#, negatable: true),
        .init(.physicalAbuse, #"\b"# + hurtVerbs + #" (?:us|us all|all of us|my (?:little |big |baby )?(?:brother|sister|siblings|brothers|sisters) and me|me and my (?:little |big )?\w+)\b"#, negatable: true),
        // Sexual abuse
        .init(.sexualAbuse, #"\b(?:touch(?:es|ed|ing)? me|touch(?:es|ed)? my (?:body|private|bum|chest)|made me do (?:stuff|things|sexual)|makes me do (?:stuff|things|sexual)|rape\w*|sexual(?:ly)? (?:abus\w*|assault\w*)|abused me|molest\w*|comes into my (?:room|bed) at night|gets into my bed)\b"#, negatable: true),
        .init(.sexualAbuse, #"\b(?:send(?:ing)? (?:him |her |them )?(?:nudes|naked pics|pics of me|photos of me)|asks? (?:me )?for (?:nudes|pics|naked)|wants? me to send (?:pics|nudes|photos)|sent me (?:nudes|naked))\b"#),
        .init(.sexualAbuse, #"\b(?:touch(?:es|ed|ing)? my (?:private|privates|bits|body|chest|bum|legs)|private (?:parts|bits|area)|(?:no|without) (?:clothes|clothes on)|(?:send|sending|sent) (?:him |her |them )?(?:photos|pictures|pics|images|videos|vids)(?: of (?:me|myself))?|asked? (?:me )?for (?:photos|pictures|pics|nudes))\b"#),
        // Emotional abuse
        .init(.emotionalAbuse, #"\b(?:calls?|called|calling) me (?:names|stupid|worthless|useless|fat|ugly|thick|a (?:waste|mistake|slag|freak|retard))\b"#, negatable: true),
        .init(.emotionalAbuse, #"\b(?:says?|said|saying|tells? me|told me|telling me|calls? me) (?:that )?(?:im|i am|i was|i will never be|i will always be)? ?(?:a |an )?(?:worthless|useless|stupid|nothing|a mistake|a waste|waste of space|unwanted|disgusting|burden|unlovable|pathetic|idiot)\b"#),
        .init(.emotionalAbuse, #"\b(?:screams?|screamed|shouts?|yells?) at me (?:all the time|every day|constantly)|\b(?:threatens?|threatened) (?:me|to (?:hurt|kick me out|send me away))\b"#),
        // Neglect
        .init(.neglect, #"\b(?:no food|not enough food|not enough to eat|go to bed hungry|always hungry|hungry all the time|starving here|nothing to eat|dont (?:get|give me) (?:food|dinner|meals|fed)|doesnt feed me|dont feed me|no clean clothes|left (?:on my own|alone|home alone) (?:for days|all night|overnight|all weekend))\b"#),
        .init(.neglect, #"\b(?:(?:never|no|isnt|is not|not) (?:any )?food (?:in|at) (?:the house|home|my house|the flat)|never (?:any|enough) food|(?:never|no) food|(?:never|dont|dont ever|rarely) (?:have|get) (?:any |enough )?(?:food|dinner|meals|tea))\b"#),
        .init(.neglect, #"\b(?:(?:only|just) (?:get |have |given )?(?:one|1) meal|(?:nobody|no one|noone) (?:feeds|looks after|cares for) me|(?:not|never|dont get) fed|locks? the (?:fridge|food|cupboards?|kitchen))\b"#),
        // Exploitation
        .init(.exploitation, #"\b(?:county lines|trap house|shotting|plugging|run(?:ning)? (?:drugs|a line|lines)|(?:carry|carrying|hold|holding|sell|selling|deliver|delivering|drop|dropping|move|moving|stash|stashing) (?:drugs|weed|stuff|packages|parcels|bags|things|it) for (?:them|him|her|some|older|people|a man|men|lads))\b"#),
        .init(.exploitation, #"\b(?:made|make|makes|making|forced|forcing|force) me (?:to )?(?:carry|sell|hold|deliver|drop|move|take|go to|meet|do stuff|do things|have sex|send)\b"#),
        .init(.exploitation, #"\b(?:older (?:man|men|boys|lads|guys|people|girls)|a man|men|guys|someone (?:older|online)) (?:\w+ )?(?:gives?|gave|giving|buys?|bought|offer(?:s|ed)?) me (?:drugs|weed|money|alcohol|vapes|cigs|a phone|presents|lifts)\b"#),
        .init(.exploitation, #"\b(?:(?:man|men|guy|guys|lads|someone|somebody|people|stranger|adult|older \w+) (?:online |i met online )?(?:keeps? )?(?:messaging|messages|texting|texts|snapping|dming|talking to) me|wants? (?:me )?to meet (?:up|him|her|them)|meet up with (?:him|her|them|a man|a guy|someone|an older)|(?:give|gives|gave|giving|buy|buys|bought|offers?|offered) me (?:free )?(?:drugs|weed|alcohol|vapes|pills|coke|cannabis|spice|booze)|work(?:ing)? for them|if i send (?:pics|photos|nudes|pictures))\b"#),
        .init(.exploitation, #"\b(?:pay(?:ing)? (?:back|off) (?:what i owe|the debt|them|him)|what i owe|owe them|(?:hold|holding|keep|keeping|hide|hiding|stash|stashing) (?:stuff|things|drugs|packages|parcels|bags|it|a bag) for (?:them|him|her|some)|(?:collects?|picks?|picked|collected) me (?:up )?from (?:school|college|the home|my placement)|(?:older|man|guy|men|stranger) (?:\w+ ){0,3}(?:buys?|bought|gives?|gave) me (?:things|stuff|presents|gifts|clothes|money|trainers))\b"#),
        .init(.exploitation, #"\b(?:i owe (?:them|him|her|people)|owe (?:them|him) money|in debt to|groom\w*|sugar daddy|(?:keep|keeps) it (?:a )?secret|told me (?:not to tell|to keep it secret)|met (?:him|her|someone|a man|a guy|an older) online)\b"#),
        // Going missing, running away
        .init(.missing, #"\b(?:keep|keeps|kept|going to|gonna|want to|wanna|will|might|planning to|plan to) (?:run|running|go|going) (?:away|missing|off)\b"#, negatable: true),
        .init(.missing, #"\b(?:ran away|run away|went missing|go missing|gone missing|been missing|running away) (?:last|yesterday|again|every|this|on|a lot|loads|all the time|from)\b"#),
        .init(.missing, #"\b(?:i ran away|i run away|i go missing|i went missing|im running away|i keep running away)\b"#),
        .init(.missing, #"\b(?:(?:was|been|went|go|goes|gone|going) missing|missing for (?:\d+|a|an|two|three|four|a few|several) (?:days?|nights?|hours?|weeks?))\b"#, negatable: true),
        // Homeless tonight
        .init(.homelessTonight, #"\b(?:nowhere to (?:sleep|stay|go|live)|no where to (?:sleep|stay|go)|sleeping (?:rough|outside|on the streets?|in (?:a|the) park|on a bench|in a tent|in my car|on the bus)|sofa surf\w*|(?:kicked|thrown|chucked|locked) out (?:tonight|today|last night|this morning|again)|homeless (?:tonight|now|right now)|im homeless|i am homeless|got no where to|got nowhere to)\b"#),
        .init(.homelessTonight, #"\b(?:sleeping (?:in|on|at) (?:a |the )?(?:stairwell|streets?|park|bench|car|tent|doorway|station|bus stop)|(?:the )?streets (?:this week|tonight|last night)|(?:kicked|chucked|threw|thrown) me out)\b"#),
        // Domestic abuse in a young person's own relationship
        .init(.relationshipAbuse, #"\b(?:my )?"# + partner + #" (?:\w+ )?(?:"# + hurtVerbs + #"|controls?|controlling|checks my phone|goes through my phone|wont let me|doesnt let me|threatens?|threatened|forced|forces|makes me|tracks me) ?(?:me|my|what|who|where|to)?\b"#, negatable: true),
        .init(.relationshipAbuse, #"\b(?:scared|afraid|frightened) of (?:my )?"# + partner + #"\b"#),
        .init(.relationshipAbuse, #"\b"# + partner + #" (?:\w+ ){0,3}(?:tells me what to (?:wear|do|say|eat)|goes mad|kicks off|gets (?:really )?(?:angry|jealous|violent)|wont let me|doesnt let me|takes my (?:money|phone)|makes me feel (?:scared|worthless))"#),
        // Feeling unsafe where they live
        .init(.unsafeWhereLiving, #"\b(?:dont|do not|never|dont really|cant) feel safe (?:at|in|where|here|there|around|with|at home|when)\b"#),
        .init(.unsafeWhereLiving, #"\b(?:not safe|unsafe) (?:at home|here|in my (?:house|home|placement|room|flat)|where i live|at my (?:placement|carers|house|flat)|with (?:my )?(?:carer|carers|staff|him|her|them))\b"#),
        .init(.unsafeWhereLiving, #"\b(?:scared|afraid|frightened|terrified) (?:to go home|of going home|of my (?:carer|carers|foster|mum|dad|stepdad|stepmum|uncle|worker)|of the staff|of (?:him|her|them)|at night|in my (?:room|house|home|placement))\b"#),
        .init(.unsafeWhereLiving, #"\b(?:scared|afraid|frightened|terrified) of (?:one of )?(?:the )?(?:staff|other (?:kids|young people|boys|girls|lads)|lads|kids|people|man|men|older \w+) (?:at|in|where|who live)\b"#),
        .init(.unsafeWhereLiving, #"\b(?:someone|somebody|he|she|they|a man|a boy|an adult|staff)\b(?: \w+){0,4} (?:keeps? )?(?:coming|comes|came|walks?|walking) (?:in|into) my (?:room|bedroom|bed)\b"#),
        .init(.unsafeWhereLiving, #"\b(?:keeps? )?(?:coming|comes|come|came|walks?|walking) (?:in|into) my (?:room|bed|bedroom) (?:at night|when)|\b(?:someone|he|she|they|a man) (?:keeps )?(?:coming|comes|came) (?:in|into) my (?:room|bedroom)\b|\b(?:lock|locks|locked) my door (?:at night|because)\b"#),
        // Severe bullying
        .init(.severeBullying, #"\b(?:beat me up|beaten up|jumped me|got jumped|get jumped|threaten(?:ing|ed|s)? to (?:kill|stab|hurt|beat|jump) me|said they will (?:kill|stab|hurt|beat) me|stab me|want me dead)\b"#),
        .init(.severeBullying, #"\b(?:said|say|says|saying) (?:they|he|she) (?:will|would|are going to|is going to|gonna|are gonna) (?:kill|stab|hurt|beat|jump|batter) me|\bbull(?:ied|ying) (?:\w+ ){0,4}(?:cant cope|cant take|every (?:single )?day|all day)\b"#),
        .init(.severeBullying, #"\bbull(?:ied|ying|y|ies) (?:me )?(?:every ?day|all the time|so bad|really bad|online|constantly|and (?:hurt|hit|threaten\w*|beat))|\bcant take (?:the bullying|it anymore)\b"#),
    ]

    /// Talk that sounds alarming and is not a disclosure; a trigger inside one of these is ignored.
    static let benign: [Pattern] = [
        Pattern(#"\b(?:killing it|kill(?:ed|ing)? (?:it|time)|dying to (?:see|go|meet|get|try|know)|died laughing|dead funny|i could kill for|bored to death|scared me to death|knife crime (?:workshop|talk|session|lesson|assembly|awareness)|(?:drugs?|knife|crime|gang|county lines|grooming|exploitation|online safety|bullying|self harm|suicide) (?:workshop|talk|session|lesson|assembly|awareness|training|course|project|group|club|week|day|poster|leaflet))\b"#, caseInsensitive: false),
        Pattern(#"\b(?:hurt|hurts|hurting|injured|broke|broken) my (?:leg|knee|ankle|arm|wrist|foot|back|finger|toe|head) (?:playing|at|in|on|when|doing)\b"#, caseInsensitive: false),
        Pattern(#"\b(?:messing|mucking|playing|play fighting|joking|having a laugh) (?:about|around)|\bplay fight\w*|\bpillow fight\b|\b(?:to stop me|so i didnt|so i wouldnt) (?:falling|fall|getting hurt|get hurt|running into)\b"#, caseInsensitive: false),
        Pattern(#"\b(?:kicked|chucked|threw|thrown) (?:me )?out of (?:the )?(?:group|group chat|chat|game|team|class|lesson|club|lobby|party)\b"#, caseInsensitive: false),
        Pattern(#"\b(?:run|running|ran) (?:away with it|out of|late|for the bus|a marathon|club|races?)\b"#, caseInsensitive: false),
        Pattern(#"\b(?:cutting|cut|cuts) (?:my hair|my nails|the grass|back|down|out|costs|in half|it fine)\b"#, caseInsensitive: false),
        Pattern(#"\b(?:starving|im starving|so hungry) (?:after|before|when i get)\b|\bnot eating (?:meat|pork|fish|sweets|junk|breakfast|chocolate)\b|\b(?:not|never) hungry in the morning\b"#, caseInsensitive: false),
    ]

    /// Text-speak for the same words.
    static let shorthand: [String: String] = [
        "kms": "kill myself", "kys": "kill myself", "ky5": "kill myself", "unalive": "unalive", "sh": "sh",
        "wanna": "want to", "gonna": "going to", "gotta": "got to", "cant": "cant", "im": "im", "ive": "i have",
        "u": "you", "ur": "your", "r": "are", "b4": "before", "2nite": "tonight", "tonite": "tonight", "nite": "night",
        "ppl": "people", "bf": "boyfriend", "gf": "girlfriend", "sw": "social worker", "coz": "because",
        "cos": "because", "cuz": "because", "dont": "dont", "doesnt": "doesnt", "nd": "and", "n": "and",
        "wiv": "with", "wit": "with", "dat": "that", "dis": "this", "da": "the", "wen": "when", "wat": "what",
        "hurts": "hurts", "hitz": "hits", "sumone": "someone", "some1": "someone", "any1": "anyone", "no1": "no one",
        "nobdy": "nobody", "ova": "over", "cuttin": "cutting", "hurtin": "hurting", "runnin": "running",
        "sleepin": "sleeping", "eatin": "eating", "gettin": "getting",
    ]
}
