/// The word sets the name cues read: determiners, particles, owners, relations, teams and the words that are
/// never names in a comment.
extension NameCues {
    /// Words before a noun: "a charity case", "the summer holidays".
    static let determiners: Set<String> = ["a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that",
                                           "some", "any", "no", "every", "each", "its", "another", "next", "last"]
    /// Small words inside a surname: "Ó Súilleabháin", "van Dijk", "bin Laden", "de Souza".
    static let particles: Set<String> = ["o", "ó", "ní", "ni", "nic", "mac", "mc", "de", "da", "di", "du", "van", "von",
                                         "der", "den", "la", "le", "al", "el", "bin", "bint", "ibn", "ben", "ap", "dos", "an"]
    static let subjectPronouns: Set<String> = ["i", "we", "you", "they", "he", "she", "it", "u", "im", "ive"]
    /// The pronouns whose next word is their verb ("i hope", "we will"): `followsSubjectPronoun`.
    static let pronounsBeforeVerb: Set<String> = ["i", "we", "you", "they", "he", "she", "u", "it"]
    /// The words a verb goes on to ("hope you are ok", "will u"): `beforePronoun`.
    static let pronounsAfterVerb: Set<String> = [
        "i", "you", "u", "ya", "we", "they", "he", "she", "it", "me", "him", "her", "us", "them", "this", "that", "the", "a",
        "to", "so", "its",
    ]
    /// "full name", "real name", "first name" before a name.
    static let nameKinds: Set<String> = ["full", "real", "first", "sur", "last", "birth", "legal", "proper", "whole", "middle"]
    /// Family titles used without "my": "auntie ivy", "uncle joe", "nanny pat".
    static let familyTitles: Set<String> = ["auntie", "aunty", "aunt", "uncle", "nanny", "grandma", "grandad", "granny",
                                            "grandpa", "cousin", "nana", "gran", "grampa", "bro"]
    static let introducers: Set<String> = ["called", "named", "nicknamed", "calld", "namd"]
    /// Words often, not always, before a name: "thanks Jay", "ask Jay", "with Jay".
    static let weakIntroducers: Set<String> = [
        "thanks", "thank", "thx", "ask", "asked", "tell", "told", "with", "love", "miss", "hate", "like", "see",
        "saw", "visit", "visited", "text", "texted", "ring", "rang", "call", "met", "meet", "hi", "hello", "hey",
        "bye", "dear", "with", "except", "ignores", "bullies", "hugged", "says", "said", "say",
    ]
    static let owners: Set<String> = ["my", "our", "your", "his", "her", "their", "me", "ma", "mi", "mah"]
    static let relations: Set<String> = [
        "sw", "worker", "carer", "carers", "mum", "dad", "brother", "sister", "bro", "sis", "friend", "friends",
        "mate", "bf", "gf", "boyfriend", "girlfriend", "pa", "iro", "teacher", "nan", "keyworker", "cousin",
        "auntie", "aunty", "aunt", "uncle", "partner", "son", "daughter", "baby", "stepdad", "stepmum", "grandma",
        "grandad", "granny", "grandpa", "nanny", "tutor", "mentor", "bestie", "bff", "bestfriend", "advisor",
        "adviser", "therapist", "counsellor", "counselor", "nurse", "doctor", "manager", "advocate", "neighbour",
        "housemate", "flatmate", "roommate", "coach", "headteacher", "head", "senco", "officer", "fiance", "fiancee",
        "wife", "husband", "niece", "nephew", "twin", "stepbrother", "stepsister", "sibling", "siblings", "mam",
        "cousins", "brothers", "sisters", "mates", "visitor", "carers", "workers", "nieces", "nephews",
        "mom", "mummy", "daddy", "boss", "buddy", "pal", "homie", "bezzie", "babe", "crush", "ex", "cuz", "bruv",
        "staff", "lead", "ta", "frend", "frnd", "freind", "fren", "m8", "sista", "bruva", "bestfrend",
    ]
    /// "X from the leaving care team": a person named before their team.
    static let teams: Set<String> = ["team", "service", "council", "services", "unit", "home", "office", "agency", "hub",
                                     "lodgings", "accommodation", "hostel", "club", "centre", "project", "placement"]
    /// Short words the English list may lack but that are never names in a comment.
    static let functionWords: Set<String> = [
        "im", "ive", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "arent", "thats", "theres", "lets",
        "ur", "u", "r", "n", "y", "k", "ya", "yeah", "yep", "nah", "na", "tho", "cuz", "cos", "coz", "gonna", "wanna",
        "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "aint", "yh", "ye", "yea", "ok", "okay", "innit", "oi",
        "hes", "shes", "theyre", "youre", "were", "weve", "theyve", "youve", "id", "youd", "hed", "shed", "theyd",
        "ill", "youll", "hell", "shell", "theyll", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "hadnt",
        "werent", "aren", "wat", "wot", "wen", "wiv", "dat", "dis", "dem", "der", "bcos", "bc", "coz", "sum", "sumthin",
        "nuffin", "nothin", "somethin", "anythin", "everythin", "gud", "luv", "ppl", "pple", "thx", "pls", "plz",
        "tbh", "idk", "imo", "omg", "lol", "lmao", "ngl", "fr", "rn", "bday", "b'day", "xx", "xxx", "hiya", "alot",
        "abit", "aswell", "everytime", "sometime", "bk", "txt", "msg", "mins", "hrs", "wk", "wks", "yrs", "yr", "til",
        // The commonest English words: never names, even with a capital ("My number is", "The hostel").
        "the", "a", "an", "and", "but", "or", "so", "to", "of", "in", "on", "at", "by", "for", "from", "with", "as",
        "is", "are", "was", "be", "been", "am", "it", "its", "this", "that", "these", "those", "there", "here", "my",
        "me", "mine", "you", "your", "he", "him", "his", "she", "her", "we", "us", "our", "they", "them", "their",
        "i", "what", "when", "where", "why", "how", "who", "which", "if", "then", "than", "not", "no", "yes", "all",
        "some", "any", "every", "each", "more", "most", "very", "just", "only", "also", "too", "do", "does", "did",
        "have", "has", "had", "get", "got", "go", "goes", "went", "can", "could", "would", "should", "must", "up",
        "out", "about", "into", "over", "after", "before", "because", "again", "still", "even", "ever", "never",
        "always", "sometimes", "now", "today", "day", "days", "time", "times", "people", "thing", "things", "want",
        "need", "like", "feel", "think", "know", "see", "say", "said", "make", "made", "take", "took", "come", "came",
        "one", "two", "three", "lot", "lots", "much", "many", "other", "another", "same", "new", "old", "good", "bad",
        "school", "home", "house", "care", "help", "please", "thanks", "thank", "number", "phone", "email", "name",
        "among", "door", "fridays", "mondays", "tuesdays", "wednesdays", "thursdays", "saturdays", "sundays",
        "weekends", "num", "numba", "nums", "dob", "nans", "mums", "dads", "sws", "pas", "tho", "fone",
    ]

    /// Everyday words that follow "my sister", "my sw" without being names ("my sw will ring", "my mate is").
    static let notNamesAfterCue: Set<String> = [
        "will", "may", "can", "could", "would", "should", "is", "was", "has", "had", "does", "did", "says", "said",
        "gets", "got", "goes", "went", "comes", "came", "always", "never", "just", "really", "who", "which", "that",
        "and", "but", "so", "too", "also", "keeps", "helps", "lives", "loves", "likes", "wants", "needs", "tried",
        "tries", "knows", "thinks", "told", "tells", "makes", "made", "takes", "took", "left", "leaves", "rings",
        "texts", "visits", "sees", "saw", "in", "at", "on", "to", "from", "with", "because", "when", "as", "or", "if",
        "more", "less", "lots", "alot", "a", "the", "all", "both", "again", "now", "then", "here", "there", "about",
        "are", "were", "am", "be", "been", "being", "do", "dont", "didnt", "doesnt", "isnt", "wasnt", "aint", "cant",
        "wont", "my", "me", "you", "we", "they", "he", "she", "it", "his", "her", "their", "our", "your", "not", "no",
        "yes", "very", "such", "what", "where", "why", "how", "this", "these", "those", "one", "some", "any",
        "birthday", "dob", "number", "insta", "snap", "phone", "email", "mates", "mate", "friend", "friends",
        "sister", "brother", "mum", "dad", "carer", "carers", "sw", "social", "worker", "i", "im", "ive", "well",
        "still", "only", "even", "ever", "used", "moved", "lost", "passed", "died", "sorted", "helped", "listens",
        "cares", "works", "worked", "stayed", "stays", "calls", "called", "named", "asked", "asks", "an", "by", "for",
        "of", "up", "out", "off", "over", "like", "love", "miss", "hate", "kind", "nice", "good", "bad", "great",
        "best", "new", "old", "lovely", "amazing", "brilliant", "rubbish", "fine", "ok", "okay", "here", "x", "xx",
    ]

    /// Words after a subject, marking the word before them as a person after a cue ("me and will are mates").
    static let verbsAfterSubject: Set<String> = [
        "are", "were", "is", "was", "went", "goes", "go", "have", "has", "had", "got", "gets", "both", "helps",
        "helped", "says", "said", "knows", "told", "lives", "lived", "came", "comes", "listens", "rings", "texts",
        "keeps", "kept", "always", "never", "does", "did", "makes", "made", "took", "takes", "gave", "gives",
        "helps", "sorted", "cares", "visits", "visited", "phoned", "messaged", "asked", "tells", "shouts", "hits",
    ]

    /// Words before "to" that make what follows a person: "thanks to", "next to", "talk to", "kind to".
    static let toPerson: Set<String> = [
        "thanks", "thank", "out", "next", "nxt", "talk", "talked", "talking", "speak", "spoke", "speaking", "listen",
        "listens", "listened", "lied", "nice", "kind", "mean", "rude", "married", "engaged", "close", "closer",
        "say", "said", "sed", "explain", "explained", "complained", "apologise", "apologised", "sorry", "grateful",
    ]

    /// Words before a quality, not a person: "i feel safe n i like it", "its so calm and i can sleep".
    static let qualityBefore: Set<String> = ["feel", "feels", "felt", "feeling", "so", "too", "very", "really", "proper", "more"]

    static let placeWords: Set<String> = ["to", "in", "at", "from", "near", "outside", "around", "round", "visit",
                                          "visited", "support", "supports", "watch", "watched", "play", "played", "into",
                                          // "i speak irish at home": a language.
                                          "speak", "speaks", "spoke", "speaking", "fluent"]

    /// Verbs done to a person: the word after them is a person when it could be a name ("tell star").
    static let personVerbs: Set<String> = [
        "tell", "told", "ask", "asked", "facetime", "facetimed", "text", "texted", "txt", "ring", "rang", "call",
        "called", "message", "messaged", "msg", "thank", "thanks", "hug", "hugged", "visit", "visited", "met",
        "phone", "phoned", "dm", "snapped", "invite", "invited", "trusts", "miss", "see", "seeing", "seen", "hi", "hiya", "hello", "hey", "bye", "dear",
        "contact", "contacted", "moved", "thx", "ty",
    ]

    /// Words that follow a person as its subject: "X takes me", "X lol", "X bday".
    static let personMarkers: Set<String> = [
        "takes", "took", "made", "makes", "moved", "goes", "went", "hit", "hits", "left", "says", "said", "tells",
        "keeps", "kept", "came", "comes", "rang", "rings", "texts", "texted", "visits", "visited", "lives", "lived",
        "helps", "helped", "answers", "checks", "checked", "sorted", "lol", "bday", "birthday", "bdday", "born",
        "always", "never", "shouts", "shouted", "listens", "cares", "gave", "gives", "got", "gets", "died", "passed",
        "writes", "wrote", "sends", "sent", "bought", "buys", "picks", "picked", "drives", "drove", "knows",
        "hates", "loves", "likes", "misses", "smiled", "laughs", "cried", "cries", "calls", "phones", "messages",
        "thinks", "reckons", "wants", "needs", "lets", "let", "does", "did", "tried", "tries", "promised", "sorts",
        "n", "&", "told", "asked", "found", "saw", "heard", "forgot", "showed", "reported", "taught",
    ]
}
