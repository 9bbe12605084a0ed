import Foundation
import HeardCore

/// The regular expressions behind `PatternRedaction`.
enum Patterns {
    static let link = Pattern(#"\b(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|org|net|uk|io|ly|me|tv|gg)(?:/\S*)?"#)
    /// Any alphabet on either side of the "@" (or a full-width "＠" or small "﹫", or two typed by a slip; dots may be
    /// full-width or ideographic, "x＠mail．ru"): "zoë.kowalska@wp.pl",
    /// "ayşe.yılmaz@hotmail.com.tr", "jo99@@gmail.com".
    static let email = Pattern(#"[\p{L}\p{M}\p{N}._%+\-'．]+[@＠﹫]{1,2}[\p{L}\p{M}\p{N}\-]+(?:[.．。｡][\p{L}\p{M}\p{N}\-]+)+"#)
    /// An email typed loosely, as a whole, domain included, its own part too when "dot" is spelled out in it
    /// ("jay dot smith at gmail dot com", "jay underscore smith 99 at hotmail dot com", spelt letter by letter: "k i r a
    /// at gmail dot com"): spaces around its "@" ("kira.b@ icloud.com",
    /// "tay @ hotmail . co . uk"), "at" and "dot" spelled out ("jay_smith at gmail dot com", "jo(at)outlook(dot)com",
    /// "zara AT nelcare DOT org DOT uk"), a comma for a dot ("x@icloud,com"), a provider with no ending
    /// ("x@btinternet", "jay at gmail"). A domain that is not a provider's needs an ending after it.
    static let looseEmail = Pattern(#"(?<![\w.@])(?:"# + EmailParts.speltOwnPart + "|" + EmailParts.spacedOwnPart + #"|[\p{L}\p{N}_][\p{L}\p{M}\p{N}._%+\-]*(?:(?:\s+(?:"# + EmailParts.dotWords + #"|underscore|under\s+score|hyphen|dash)\s+|\s+\.\s+)[\p{L}\p{N}_][\p{L}\p{M}\p{N}._%+\-]*)*(?:\s+\d{1,4})?)(?:\s*[@＠]\s*|\s+"# + EmailParts.atWords
        + #"\s+|\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*)"# + EmailParts.filler + "(?:" + EmailParts.provider + "|" + EmailParts.ownDomain + ")")
    /// `EmailParts.glued`: "jojo93aticlouddotcom".
    static let gluedEmail = Pattern(EmailParts.glued)
    /// An "@" with no space either side and a word after it but no ending ("szymon2003@Live",
    /// "jay@westcroft"), or nothing after it at all ("my hotmail is sunshine2007@"): an email, half typed.
    static let bareEmail = Pattern(#"(?<![\w.@])[\p{L}\p{N}_][\p{L}\p{M}\p{N}._%+\-']*[@＠﹫](?:[\p{L}\p{N}\-]*\p{L}[\p{L}\p{N}\-]*(?![\w@])|(?=[\s.,!?;)]|$))"#)
    /// "@everyone", "@here", "@channel" call everyone in a chat: no one's handle.
    static let atHandle = Pattern(#"(?<![\w.])@(?!(?i:everyone|here|channel|all)\b)[\p{L}\p{M}\p{N}_.]*[\p{L}\p{M}\p{N}_]"#)
    /// Two letters, six digits and an optional letter, whatever the letters: an NI number HMRC never issued
    /// still identifies the child who typed it. In lower case the digits must be together or in pairs
    /// ("ji 90 44 26 c") or end in the letter ("fc 859098 d"), so "of 100000" stays a count. The final scan
    /// of `Output/` uses this strict form; redaction uses `anyNINumber`.
    static let niNumber = Pattern(#"\b(?:[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}(?:[ \-]?[A-Z])?|[a-zA-Z]{2}(?:\d{6}|[ \-]\d{2}[ \-]\d{2}[ \-]\d{2})(?:[ \-]?[a-zA-Z])?|[a-zA-Z]{2}[ \-]\d{6}[ \-]?[a-zA-Z])\b"#, caseInsensitive: false)
    /// An NI number in any case and any grouping a person types: "do66 95 87c", "ke 364 446 a",
    /// "mw-55-59-64-d", "K T 54 32 11 D", "AB/12/34/56/C", "YZ 1 2 3 4 5 6 A". Six digits in pairs, in threes,
    /// one by one or together, separated by spaces, dashes, dots or slashes, and never followed by more digits (so a longer number is not cut into one).
    /// `isNINumber` drops the lower-case matches that are an ordinary word before a number ("is 123456").
    static let anyNINumber = Pattern(#"\b[a-z](?: ?)[a-z][ \-./]{0,2}(?:\d{2}[ \-./]{0,2}\d{2}[ \-./]{0,2}\d{2}|\d{3}[ \-./]{1,2}\d{3}|\d(?: \d){5})(?:[ \-./]{0,2}[a-z](?![a-z0-9]))?(?![ \-./]{0,2}\d)"#)

    /// NI numbers by `anyNINumber`, each kept only when `isNINumber` or a word about NI numbers stands just
    /// before it ("ni On 478908"). An ASCII comment is read by `NINumberScanner`, which finds the same matches.
    static func redactNINumbers(_ text: String) -> String {
        // UTF-16 offsets, as the pattern gives them (in ASCII, the byte offsets).
        let found: [NSRange]
        if TextFolding.isASCII(text) {
            found = NINumberScanner(ascii: Array(text.utf8)).matches().map { NSRange(location: $0.lowerBound, length: $0.count) }
        } else {
            found = anyNINumber.matches(in: text).map(\.range)
        }
        return PatternHit.splice(text, found.map { ($0, nil) }, with: .niNumber) { match in
            let before = match.before.lowercased().split { !$0.isLetter }.suffix(3)
            return isNINumber(String(match.value)) || before.contains(where: { LooseNINumbers.cues.contains(String($0)) })
        }
    }

    static func isNINumber(_ match: String) -> Bool {
        let letters = match.prefix { !$0.isNumber && $0 != "-" && $0 != "." }.filter(\.isLetter)
        let upper = letters.allSatisfy(\.isUppercase)
        if match.prefix(3).contains(" ") && match.first?.isLetter == true && match.dropFirst().first == " " {
            return upper  // "K T 54 32 11 D": two letters apart only in capitals
        }
        // "on 12/03/09 i moved": a date after a small word, not an NI number.
        if !upper && match.contains("/") && ordinaryPairs.contains(letters.lowercased()) { return false }
        let attached = match.dropFirst(2).first?.isNumber == true
        // A last letter alone after a space ("... 56 i moved") may be a word: only in capitals or attached.
        let suffix = match.last?.isLetter == true && (match.last?.isUppercase == true || match.dropLast().last?.isNumber == true
            || !["i", "a"].contains(match.last.map { String($0).lowercased() } ?? ""))
        if upper || attached || suffix { return true }
        return !ordinaryPairs.contains(letters.lowercased())
    }

    /// Two-letter words that often stand before a number.
    private static let ordinaryPairs: Set<String> = [
        "is", "of", "to", "in", "on", "at", "it", "my", "me", "no", "so", "do", "be", "we", "he", "by", "or", "an",
        "as", "up", "go", "us", "am", "hi", "ok", "ur", "im", "id", "nr", "ya", "ye", "yr", "uk",
    ]

    /// A number after a word that says it is a reference: "ref 0968", "reference numba 1513", "case no: 77-236".
    static let cuedReference = Pattern(#"\b(?:ref|reference|case|file|client|id|upn|pupil|account|claim|crn)\.?\s*(?:no|num|numba|number|nr|nmbr|#)?\.?\s*(?:is|was)?\s*[:#\-]?\s*((?:[a-z]{1,4}[-/]?)?\d(?:[\d\-/]| (?=\d))*\d[a-z]?)\b"#)
    static let pupilNumber = Pattern(#"\b[a-z]\d{11}[a-z0-9]\b"#)
    /// Case and file references: letters then four or more digits ("CLA123456", "LCC/2024/0012", "cla-55501").
    static let reference = Pattern(#"\b(?:[A-Z]{2,6} \d{5,}|[a-zA-Z]{1,6}[-/]?\d{4,}(?:[-/]\d+)*[a-zA-Z]?)\b"#, caseInsensitive: false)
    /// Full postcodes in any case, with no space, one or two: "DN31 1HU", "cm37pj", "SS4  0HA".
    static let postcode = Pattern(#"\b[a-z]{1,2}\d[a-z\d]? {0,2}\d[a-z]{2}\b"#)
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

    /// "12/03/2009", "2009-03-12", "8.1.'09"; not three groups of a longer chain ("43-11-10-78-03", "075-2-8-43-661-8"),
    /// which `DigitRuns` reads whole, nor the digits of a code ("BC.23.10.48.C").
    static let numericDate = Pattern(#"(?<!\d[/.\-])(?<![A-Za-z][.\-])(?:\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|'?\d{2})\b|\b(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}\b)(?![/.\-]\d)"#)
    static let months = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    /// "12 March 2009", "9th of feb", "18may00", "3-Jun-09", "12 may '09": a day, a month named, maybe a year.
    static let dayMonth = Pattern(#"\b\d{1,2}(?:st|nd|rd|th)?(?: of |[ \-/.]|)"# + months + #"(?![a-z])\.?(?:[,\- /.']{0,3}(?:\d{4}|\d{2})(?![\d:]))?"#)
    static let monthDay = Pattern(#"\b"# + months + #"\.? \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4})?"#)
    private static let ordinal = "(?:(?:twenty|thirty)[ \\-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
    /// Month names of the languages young people in care in England most often write besides English (French,
    /// Spanish, Portuguese, Italian, German, Dutch, Polish, Romanian, Turkish), for dates written in them.
    static let otherMonths = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
        + "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
        + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
        + "|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus"
        + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia"
        + "|stycze[ńn]|luty|marzec|kwiecie[ńn]|maj|czerwiec|lipiec|sierpie[ńn]|wrzesie[ńn]|pa[źz]dziernik|listopad|grudzie[ńn]"
        + "|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
        + "|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k)"
    /// "14 mars 2005", "3 de mayo de 2009", "12. März 2008", "5 maja 2010": a day, a month in another language
    /// and a year (the year is required: "mai", "mart" alone are words too).
    static let otherLanguageDate = Pattern(#"\b\d{1,2}(?:er|º|\.)?(?: de| of)? "# + otherMonths + #"(?: de)?,? \d{4}(?!\d)"#)

    /// "tenth sept 2012", "twenty-third of June", "march the fifth": a day in words and a month.
    static let wordDate = Pattern(#"\b(?:the )?"# + ordinal + #"(?: of)? "# + months + #"(?![a-z])\.?(?:,? (?:\d{4}|'?\d{2})(?!\d))?|\b"# + months + #"(?: the)? "# + ordinal + #"\b(?:,? \d{4})?"#)
    /// "25/11", "03/09": a day and a month without a year; `DateRedaction` decides when it is a date.
    static let dayAndMonth = Pattern(#"(?<![\d/.\-])\b(\d{1,2})[/.](\d{1,2})\b(?![/.\-]?\d)"#)
}

/// The parts of `Patterns.looseEmail`.
enum EmailParts {
    /// "at" and "dot" as young people say them in English and the languages they most often write besides it:
    /// "arroba", "chiocciola", "małpa", "kukac", "собака"; "punto", "kropka", "nokta", "ponto", "точка". Spelt out
    /// with spaces round them they join an email's parts ("kasia kropka nowak małpa wp kropka pl").
    static let atWords = "(?:at\\s+(?:sign|symbol)|at|arroba|aroba|arobase|arobas|chiocciola|małpa|malpa|klammeraffe|affenschwanz|kukac|zavináč|zavinac|snabel-a|snabela|sobaka|собака|собачка)"
    static let dotWords = #"(?:dot|full\s+stop|period|point|punto|punkt|kropka|nokta|ponto|punct|tečka|tecka|pont|piste|punktum|точка|крапка)"#
    /// The ASCII words of `atWords` and `dotWords`, for `ShapeHints`.
    static let atWordSet: Set<String> = ["arroba", "aroba", "arobase", "arobas", "chiocciola", "malpa", "klammeraffe", "affenschwanz", "kukac", "zavinac", "snabela", "sobaka"]
    static let dotWordSet: Set<String> = ["period", "point", "punto", "punkt", "kropka", "nokta", "ponto", "punct", "tecka", "pont", "piste", "punktum"]
    /// The words of `atWords` and `dotWords` outside ASCII ("małpa", "собака", "точка"), asked only of comments
    /// that are not ASCII.
    static func spellsSymbolsOutsideASCII(_ text: String) -> Bool {
        guard mayHoldAtWordOutsideASCII(text) else { return false }
        let lower = text.lowercased()
        return ["małpa", "zavináč", "собака", "собачка"].contains { lower.contains($0) }
            && ["tečka", "точка", "крапка", "kropka", "punkt", "dot", "punto", "nokta"].contains { lower.contains($0) }
    }

    /// Whether the text could hold one of the "at" words outside ASCII, from its bytes: each holds a letter no
    /// other character decomposes to ("ł" in "małpa", "б" in "собака"), or "č" (written whole or as "c" and a
    /// combining caron) in "zavináč", in either case. The words are searched as Foundation searches (canonically
    /// equivalent text matches), so a text without any of those letters cannot match, and most comments are
    /// answered without lower-casing them or asking Foundation.
    static func mayHoldAtWordOutsideASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch (previous, byte) {
            case (0xC5, 0x81), (0xC5, 0x82), (0xC4, 0x8C), (0xC4, 0x8D), (0xCC, 0x8C), (0xD0, 0x91), (0xD0, 0xB1): return true
            default: previous = byte
            }
        }
        return false
    }

    /// An own part spelt letter by letter, the letters apart by spaces, a dot, a comma or a dash ("k i r a", "x. s.
    /// h. o. r. t. y", "l, i, l", "s-h-o-r-t-y"), maybe with a number said after it ("s-h-o-r-t-y nine one") and
    /// more parts joined by "underscore", "dot" or "dash" ("l, i, l underscore two thousand and seven").
    static let speltOwnPart = #"(?:[\p{L}\p{N}](?:[.,]?\s+|-)){2,}[\p{L}\p{N}]"# + saidNumberTail
        + #"(?:\s+(?:underscore|under\s+score|dot|dash|hyphen)\s+(?:(?:[\p{L}\p{N}](?:[.,]?\s+|-)){2,}[\p{L}\p{N}]|[\p{L}\p{N}]+)"#
        + saidNumberTail + ")*"
    /// Numbers said after an own part: "nine one", "two thousand and seven", "double oh 7".
    static let saidNumberTail = #"(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|double|triple|hundred|thousand|and|\d{1,4}))*"#
    /// An own part said as two words and a number ("lily rose 2008 at icloud dot com"), neither a small word
    /// that starts a clause ("my email is sunny 99 at gmail" keeps "is").
    static let spacedOwnPart = #"(?:(?!(?:is|its|it's|iz|me|my|ma|on|at|to|the|a|an|and|or|was|email|mail|addy|address|contact|use|try)\s)\p{L}{2,}\s+){2}\d{1,4}"#
    /// A word said while thinking, between "at" and the domain ("honey77 at like gmail dot com", "at uh hotmail",
    /// "at the hot mail dot com").
    static let filler = #"(?:(?:uh|um|umm|erm|er|like|yeah|lol|errr|err|the)\s+)?"#
    /// An email typed with its "at" and "dot" as letters and no spaces at all ("jojo93aticlouddotcom").
    static let glued = #"(?<![\w.@])[\p{L}\p{N}_.]*[\p{L}\p{N}]at(?:gmail|googlemail|hotmail|yahoo|icloud|outlook|live|aol|btinternet|sky|ymail|protonmail)(?:dot(?:co|ac|org))?dot(?:com|uk|net|org|ie)(?![\w@])"#
    /// A separator between a domain's parts: ".", " . ", " dot ", "(dot)", or a comma typed for a dot.
    static let separator = #"(?:\.|,|\s+\.\s*|\s*\.\s+|\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+"# + dotWords + #"\s+)"#
    /// Parts of a domain's ending; the last must end a domain ("co" alone does not).
    static let middle = "(?:co|ac|gov|sch|nhs|org|net|com|ltd|plc|me)"
    static let last = "(?:com|uk+|org|net|me|io|ie|info|biz|eu|edu|pl|ro|de|fr|lt|lv|cz|sk|hu|tr|al|in|pk|ng|gh|za|us|ca|au|nz|tv|gg|ly|mail|it|pt|es|br|ru|ua|nl|gr|bg|hr|ir|vn|ph|af|iq|sy|eg|er|et)"
    /// "dot co uk": after a middle part the last may follow a space alone.
    static let ending = "(?:(?:" + separator + middle + ")*" + separator + "|(?:" + separator + middle + #")+\s+)"# + last + #"(?![\w-])"#
    /// A provider no other word is, with or without an ending: "gmail", "hotmail . co . uk", "hotmail co uk". Providers that are
    /// everyday words ("live", "sky", "mail") need an ending, as any other domain does.
    /// Typed in haste, a provider's letters slip ("gmial", "gamil", "hotmial", "yahooo", "outlok", "iclod").
    static let provider = #"(?:g\s?(?:mail|mial|mal|mil|maill|mali|amil)|google\s?mail|hot\s?(?:mail|mial|mal|mil|maill|mali)|homail|out\s?(?:look|lok|loook)|yahoo+|yaho|yhaoo|ymail|i\s?(?:cloud|clod|could)|aol|a\.?\s?o\.?\s?l(?![\w-])|bt\s?internet|btopenworld|proton\s?mail|yandex|libero|interia|seznam|laposte)"# + #"(?:\.[a-z]{2,4})*(?:"# + ending + #"|\s+(?:co\s+uk|com)(?![\w-])|(?![\w-]))"#
    /// Any other domain, which must end like one: "nelcare dot org dot uk", "my.pennineway.ac.uk".
    /// "libero.it", "mail.ru": a domain joined by dots with no spaces, right after an "@" that touches its own
    /// part ("x@ libero.it", not "my @ is @pat.gz"), may end in any two or three letters.
    /// Spaced ("students . fernbycollege . ac . uk", "student dot todmead-college dot ac dot uk"), it ends
    /// in a listed ending, and its first part is no small word ("met at the punto in spain").
    static let ownDomain = #"(?:(?<=\w[@＠]|\w[@＠] |\wat\]|\wat\)|\w\[at\]|\w\(at\))[a-z0-9\-]*[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,3}(?![\w-])|(?!(?:the|a|an|my|your|our|their|this|that)\s)[a-z0-9\-]*[a-z][a-z0-9\-]*(?:"# + separator + #"[a-z0-9][a-z0-9\-]*){0,3}"# + ending + ")"
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
