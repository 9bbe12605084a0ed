/// Rewrites the shorthand, misspellings and American spellings young people use into the words cues are
/// written in, one token at a time ("ur sw wont ring me bk" -> "your sw wont ring me back").
public enum TextNormaliser {
    public static func normalise(_ token: String) -> [String] {
        if let replacement = replacements[token] { return replacement.split(separator: " ").map(String.init) }
        return [token]
    }

    static let replacements: [String: String] = [
        "u": "you", "ur": "your", "r": "are", "coz": "because", "cos": "because", "cuz": "because", "bc": "because",
        "skool": "school", "skl": "school", "scool": "school", "shcool": "school", "colledge": "college",
        "collage": "college", "collge": "college", "uni": "uni", "freinds": "friends", "frends": "friends",
        "freind": "friend", "frend": "friend", "socail": "social", "scoial": "social", "sosial": "social",
        "wrker": "worker", "worka": "worker", "alot": "a lot", "plz": "please", "pls": "please", "wanna": "want to",
        "gonna": "going to", "gotta": "got to", "dunno": "dont know", "nanna": "nan", "gran": "nan", "granny": "nan",
        "mom": "mum", "mam": "mum", "mummy": "mum", "mother": "mum", "daddy": "dad", "father": "dad",
        "bro": "brother", "bruv": "brother", "sis": "sister", "bf": "boyfriend", "gf": "girlfriend", "tho": "though",
        "thx": "thanks", "ty": "thanks", "ppl": "people", "diff": "different", "b4": "before", "bk": "back",
        "wiv": "with", "wen": "when", "wot": "what", "wat": "what", "hav": "have", "cant": "cant", "wont": "wont",
        "ive": "i have", "im": "i am", "dont": "dont", "didnt": "didnt",
        "apartment": "flat", "counselor": "counsellor", "counseling": "counselling", "center": "centre",
        "program": "programme", "color": "colour", "mates": "mates", "wifi": "wifi", "wi": "wi", "fone": "phone",
        "fon": "phone", "txt": "text", "msg": "message", "mins": "minutes", "hse": "house", "yrs": "years",
        "placment": "placement", "placemnt": "placement", "plasement": "placement", "carer's": "carers",
        "carrers": "carers", "teachers": "teachers", "techer": "teacher", "teacher's": "teacher",
        "mentel": "mental", "helth": "health", "anxiaty": "anxiety", "lonley": "lonely", "lonly": "lonely",
        "indipendent": "independent", "independant": "independent", "indepentent": "independent",
        "accomodation": "accommodation", "acommodation": "accommodation", "accommadation": "accommodation",
        "appreniceship": "apprenticeship", "apprentiship": "apprenticeship", "bullyed": "bullied",
        "bulled": "bullied", "brothers": "brothers", "sisters": "sisters", "sibs": "siblings", "nite": "night",
        "tonite": "tonight", "gud": "good", "gr8": "great", "luv": "love", "sumtimes": "sometimes",
        "somtimes": "sometimes", "allways": "always", "nevr": "never", "realy": "really", "reely": "really",
        "becuase": "because", "becaus": "because", "togther": "together", "familys": "families", "famly": "family",
        "fam": "family", "camh": "camhs", "sw's": "sw", "sws": "social workers",
        "wud": "would", "cud": "could", "shud": "should", "wudnt": "wouldnt", "cudnt": "couldnt", "wer": "where",
        "wher": "where", "nd": "and", "thru": "through", "kinda": "sort of", "hafta": "have to", "gimme": "give me",
        "lemme": "let me", "tbh": "to be honest", "idk": "i dont know", "cba": "cant be bothered", "bcoz": "because",
        "bcos": "because", "becoz": "because", "nuthin": "nothing", "nothin": "nothing", "sumthin": "something",
        "sum1": "someone", "some1": "someone", "no1": "no one", "any1": "anyone", "every1": "everyone",
        "gettin": "getting", "goin": "going", "doin": "doing", "livin": "living", "movin": "moving",
        "feelin": "feeling", "helpin": "helping", "seein": "seeing", "talkin": "talking", "nuff": "enough",
        "enuf": "enough", "dat": "that", "dis": "this", "da": "the", "innit": "isnt it", "aint": "isnt", "teh": "the",
        "becasue": "because", "frnds": "friends", "frnd": "friend", "skwl": "school", "colege": "college",
        "mentl": "mental", "councelling": "counselling", "counceling": "counselling", "counsilling": "counselling",
        "docter": "doctor", "dentis": "dentist", "soshal": "social", "socal": "social", "sociel": "social",
        "wrkr": "worker", "forster": "foster", "fostor": "foster", "carrer": "carer", "placemant": "placement",
        "appreticeship": "apprenticeship", "univercity": "university", "universty": "university", "exsams": "exams",
        "exsam": "exam", "homwork": "homework", "brotha": "brother", "sista": "sister", "muvva": "mum",
        "mams": "mums", "moms": "mums", "txts": "texts", "fones": "phones",
    ]
}
