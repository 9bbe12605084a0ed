import Foundation

/// The regular expressions behind `PatternRedaction`.
enum Patterns {
    static let link = Pattern(#"\b(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|org|net|uk|io|ly|me|tv|gg)(?:/\S*)?"#)
    static let email = Pattern(#"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+"#)
    static let spokenEmail = Pattern(#"\b[a-z0-9._]+ ?(?:at|\(at\)) ?(?:gmail|hotmail|yahoo|outlook|icloud|live|aol|btinternet)(?: ?(?:dot|\.) ?(?:com|co ?\.? ?uk|net))?"#)
    static let atHandle = Pattern(#"(?<![\w.])@[a-z0-9_.]*[a-z0-9_]"#)
    private static let cuedHandleExpression = Pattern(#"\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|facebook|fb|discord|psn|gamertag|xbox(?: gamertag)?)\b(?:\s*(?:name|username|user|handle|tag|is|:|-|=|@)\s*)*:?\s*@?([a-z0-9._]{2,29}[a-z0-9_](?:#\d{4})?)"#)

    /// "snap: jaybird_09", "add me on insta kayla.x": the handle after a platform's name, when it is not an
    /// ordinary word ("snap is good" keeps "is good").
    static func cuedHandle(_ text: String) -> String {
        cuedHandleExpression.replace(in: text, with: .handle, group: 1) { candidate in
            let lower = candidate.lowercased()
            let hasMark = lower.contains(where: { $0.isNumber || $0 == "_" || $0 == "." })
            return hasMark || !Gazetteer.isEverydayWord(lower)
        }
    }

    /// Two letters, six digits and an optional letter, whatever the letters: an NI number HMRC never issued
    /// still identifies the child who typed it. In lower case the digits must be together or in pairs
    /// ("ji 90 44 26 c") or end in the letter ("fc 859098 d"), so "of 100000" stays a count.
    static let niNumber = Pattern(#"\b(?:[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}(?:[ \-]?[A-Z])?|[a-zA-Z]{2}(?:\d{6}|[ \-]\d{2}[ \-]\d{2}[ \-]\d{2})(?:[ \-]?[a-zA-Z])?|[a-zA-Z]{2}[ \-]\d{6}[ \-]?[a-zA-Z])\b"#, caseInsensitive: false)
    /// A number after a word that says it is a reference: "ref 0968", "reference numba 1513", "case no: 77-236".
    static let cuedReference = Pattern(#"\b(?:ref|reference|case|file|client|id|upn|pupil|account|claim|crn)\.?\s*(?:no|num|numba|number|nr|nmbr|#)?\.?\s*(?:is|was)?\s*[:#\-]?\s*((?:[a-z]{1,4}[-/]?)?\d[\d\-/]{2,}[a-z]?)\b"#)
    static let pupilNumber = Pattern(#"\b[a-z]\d{11}[a-z0-9]\b"#)
    /// Case and file references: letters then four or more digits ("CLA123456", "LCC/2024/0012", "cla-55501").
    static let reference = Pattern(#"\b(?:[A-Z]{2,6} \d{5,}|[a-zA-Z]{1,6}[-/]?\d{4,}(?:[-/]\d+)*[a-zA-Z]?)\b"#, caseInsensitive: false)
    static let postcode = Pattern(#"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b"#)
    private static let outwardCode = Pattern(#"\b([A-Za-z]{1,2})(\d{1,2}[A-Za-z]?)\b"#)

    /// Partial postcodes ("DN31", "ln2") when the letters are a real UK postcode area.
    static func partialPostcode(_ text: String) -> String {
        outwardCode.replace(in: text, with: .postcode) { candidate in
            let letters = String(candidate.prefix { $0.isLetter }).uppercased()
            let uppercase = candidate == candidate.uppercased()
            guard PostcodeAreas.all.contains(letters) else { return false }
            // Single-letter areas (B, M, S...) and lower-case codes clash with ordinary words ("m6", "b12", "pe1").
            return letters.count == 2 ? (uppercase || !PostcodeAreas.wordLike.contains(letters)) : uppercase && candidate.count >= 3
        }
    }

    static let numericDate = Pattern(#"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\b(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}\b"#)
    private static let months = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    static let dayMonth = Pattern(#"\b\d{1,2}(?:st|nd|rd|th)?(?: of |[ \-/])"# + months + #"\b\.?(?:[,\- /]{0,2}\d{4}|[,\- /]{0,2}'?\d{2}\b)?"#)
    static let monthDay = Pattern(#"\b"# + months + #" \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4})?"#)
}

/// UK postcode areas, for recognising partial postcodes.
enum PostcodeAreas {
    static let all: Set<String> = Set("""
    AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G \
    GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA \
    PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR \
    WS WV YO ZE
    """.split(separator: " ").map(String.init))
    /// Areas whose letters are also everyday words or school subjects when written in lower case.
    static let wordLike: Set<String> = ["PE", "ME", "DE", "IT", "RE", "SO", "ST", "HA", "LA", "DO", "GO", "UB", "SE"]
}
