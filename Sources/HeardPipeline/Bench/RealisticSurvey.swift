import Foundation

/// Survey rows in the shape SurveyMonkey writes, made to be hard rather than friendly: two header rows, identity
/// columns (respondent and collector ids, IP address, email, first and last name, a case reference in the custom
/// data column, the young person's and their social worker's names in question columns), answers outside the
/// question bank (typos, "dunno", "most days", scores written as words), a tick-all-that-apply question spread
/// over several columns, and comments that are mostly unique, often blank, and full of identifiers (phone
/// numbers, emails, names, schools, postcodes, handles, case numbers), text-speak, other alphabets and line
/// breaks. Every value is invented; the same seed always gives the same rows.
struct RealisticSurvey {
    /// The questions after SurveyMonkey's own columns, with the second header row's label under each.
    static let header: [String] = [
        "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name", "Custom Data 1", "What is your name? (you don't have to tell us)", "How old are you?",
        "Do you feel safe where you live?", "Do you trust your social worker?", "Do you have a really good friend?",
        "How happy did you feel yesterday? (0 to 10)", "Which of these do you do each week?", "", "", "",
        "Who is your social worker?", "What is good about being in care?", "What could be better?",
        "Is there anything else you want to tell us?",
    ]
    static let secondHeader: [String] = [
        "", "", "", "", "", "", "", "", "", "Open-Ended Response", "Response", "Response", "Response", "Response",
        "Response", "Sport", "Youth club", "Drama", "Other (please specify)", "Open-Ended Response",
        "Open-Ended Response", "Open-Ended Response", "Open-Ended Response",
    ]
    /// Columns holding free text a young person wrote.
    static let commentColumns = [20, 21, 22]

    /// How many comments a row holds: its comment cells that are not blank.
    static func comments(in row: [String]) -> Int {
        commentColumns.filter { row.indices.contains($0) && !row[$0].allSatisfy(\.isWhitespace) }.count
    }

    var seed: UInt64

    init(seed: UInt64) { self.seed = seed &* 2_862_933_555_777_941_757 &+ 3_037_000_493 }

    /// `count` rows; respondent ids start at `firstID`; submission dates spread over the wave starting in
    /// September of `waveStartYear`.
    mutating func rows(count: Int, firstID: Int, waveStartYear: Int) -> [[String]] {
        (0..<count).map { index in row(number: firstID + index, waveStartYear: waveStartYear) }
    }

    private mutating func next() -> UInt64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return seed >> 17
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    private mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func row(number id: Int, waveStartYear: Int) -> [String] {
        let first = pick(Self.givenNames), last = pick(Self.surnames)
        let month = number(0...9), day = number(1...28), hour = number(1...12), minute = number(0...59)
        let year = waveStartYear + (month >= 4 ? 1 : 0)
        let calendarMonth = (month + 8) % 12 + 1
        let date = String(format: "%02d/%02d/%04d %02d:%02d:%02d %@", calendarMonth, day, year, hour, minute,
                          number(0...59), chance(50) ? "AM" : "PM")
        let end = String(format: "%02d/%02d/%04d %02d:%02d:%02d %@", calendarMonth, day, year, hour,
                         min(59, minute + number(3...20)), number(0...59), chance(50) ? "AM" : "PM")
        let email = chance(70) ? "\(first.lowercased()).\(last.lowercased())\(number(1...99))@\(pick(Self.mailHosts))" : ""
        let ip = "\(pick([81, 86, 92, 109, 212])).\(number(0...255)).\(number(0...255)).\(number(1...254))"
        let caseReference = chance(85) ? "\(pick(["CR", "LCS", "MOS"]))-\(year)-\(String(format: "%05d", number(1...99_999)))" : ""
        let ownName = chance(35) ? pick([first, "\(first) \(last)", first.lowercased(), "\(first) \(last.prefix(1))"]) : ""
        var cells = [String(11_400_000_000 + id), String(431_556_788 + id % 3), date, end, ip, email,
                     chance(80) ? first : "", chance(75) ? last : "", caseReference, ownName,
                     chance(92) ? pick(Self.ages) : "",
                     pick(Self.frequency), pick(Self.frequency), pick(Self.yesNo), pick(Self.score)]
        for activity in ["Sport", "Youth club", "Drama"] { cells.append(chance(35) ? activity : "") }
        cells.append(chance(10) ? pick(Self.otherActivities) : "")
        cells.append(chance(55) ? pick(["\(pick(Self.givenNames)) \(pick(Self.surnames))", pick(Self.givenNames),
                                        "dont know", "i have had 4 this year", "not sure who it is now"]) : "")
        for column in 0..<3 { cells.append(comment(column: column, first: first, last: last)) }
        return cells
    }

    /// A comment: blank about half the time, otherwise built from several slots so that almost every one is new.
    private mutating func comment(column: Int, first: String, last: String) -> String {
        guard chance([62, 70, 40][column]) else { return "" }
        var parts: [String] = [pick(Self.openings[column]), pick(Self.topics)]
        if chance(45) { parts.append(pick(Self.reasons)) }
        if chance(30) {
            let who = pick(Self.givenNames)
            parts.append(pick(["my sw \(who) \(pick(Self.surnames)) is \(pick(["great", "never there", "ok", "always late"]))",
                               "\(who) at \(pick(Self.schools)) helps me", "my brother \(who) is \(number(6...17))",
                               "ask for \(who) on 0\(number(7000...7999)) \(number(100_000...999_999))",
                               "my carer \(who) is \(pick(["kind", "strict", "lovely", "alright"]))"]))
        }
        if chance(12) {
            parts.append(pick(["text me 07\(number(100...999)) \(number(100_000...999_999))",
                               "ring me on +44 7\(number(100...999)) \(number(100...999)) \(number(100...999))",
                               "email \(first.lowercased())\(number(1...99))@\(pick(Self.mailHosts))",
                               "im \(first) \(last) btw", "my ref is CR-20\(number(20...25))-\(number(10_000...99_999))",
                               "i live at \(number(1...200)) \(pick(Self.streets)) \(pick(Self.postcodes))",
                               "add me @\(first.lowercased())_\(number(10...99))", "its \(first) from \(pick(Self.schools))"]))
        }
        if chance(15) { parts.append(pick(Self.otherScripts)) }
        if chance(8) { parts.append("\n" + pick(Self.topics)) }
        var text = parts.joined(separator: pick([" ", ", ", ". ", " and ", " - "]))
        if chance(20) { text += pick([" lol", " x", " !!", " :(", " 🙂", " thanks", " idk", " pls"]) }
        if chance(10) { text = text.uppercased() }
        if chance(6) { text += " " + String(number(1...5)) + " times this year" }
        return text
    }

    static let givenNames = ["Jayden", "Amelia", "Aisha", "Tomasz", "Precious", "Liam", "Chloe", "Mohammed", "Kacper",
                             "Ruby", "Tyler", "Leah", "Oliwia", "Kai", "Ellie-Mae", "Daniel", "Zara", "Reece",
                             "Hannah", "Bartosz", "Mia", "Jordan", "Amira", "Callum", "Niamh", "Ibrahim", "Skye",
                             "Harvey", "Faith", "Dominic", "Sienna", "Kyle", "Jade", "Ahmed", "Lacey", "Connor"]
    static let surnames = ["Smith", "Kowalski", "Hussain", "Nowak", "Okafor", "O'Neill", "Brown", "Ahmed", "Wilson",
                           "Taylor", "Patel", "Walker", "Wiśniewski", "Evans", "Begum", "Thompson", "Khan", "Roberts",
                           "Adeyemi", "Murphy", "Clarke", "Lewandowska", "Hughes", "Ali", "Green", "Dobson"]
    static let mailHosts = ["example.com", "example.co.uk", "example.org", "mail.example.net"]
    static let schools = ["Westfield Academy", "St Mary's", "Oakwood High School", "Grimsby Institute",
                          "Riverside College", "Hillcrest Primary", "the pupil referral unit"]
    static let streets = ["Victoria Street", "Church Lane", "Park Road", "Station Avenue", "Mill Close"]
    static let postcodes = ["DN31 2AB", "LN2 5QT", "DN15 7HX", "NG7 1FD", "dn32 9lp"]
    static let ages = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "8", "9", "10", "fifteen",
                       "14 and a half", "Prefer not to say", "16yrs"]
    static let frequency = ["Always", "Most of the time", "Sometimes", "Hardly ever", "Never", "", "All of the time",
                            "Most days", "Not really", "Dunno", "Alwyas", "sometimes yeah", "Prefer not to say",
                            "N/A", "Not sure", "Always", "Most of the time", "Sometimes"]
    static let yesNo = ["Yes", "No", "Not sure", "", "yes", "Yeah", "Nope", "Kind of", "Yes", "No"]
    static let score = ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0", "", "10 - very happy", "seven",
                        "0 = not at all", "8", "7"]
    static let otherActivities = ["boxing", "dance at the community centre", "cadets", "gaming club with my mate",
                                  "swimming on tuesdays", "church"]
    static let openings = [
        ["my carers are", "i like that", "the best thing is", "good that", "i get to", "honestly", "it's good when",
         "Having", "i feel", "my foster family"],
        ["i want to", "can we", "my sw should", "it would be good to", "please", "i wish i could", "need to",
         "you should let us", "why cant i", "more help to"],
        ["i want to say", "just", "nobody listens when", "thank you for", "i dont like it when", "also",
         "can someone", "i need", "my worker", "i think"],
    ]
    static let topics = ["see my brother more", "stay at the same school", "have more say in where i live",
                         "get help with money and bills", "go to football, swimming and drama", "keep the same worker",
                         "have wifi at my placement", "see my mum on weekends", "get my own room",
                         "learn to cook before i move out", "have a phone that works", "go on holiday abroad",
                         "know what is happening at my review", "stop moving placements", "get a job at 16",
                         "have my friends round for tea", "talk to someone about my feelings",
                         "do my driving lessons", "get my passport sorted", "help with college forms",
                         "choose my own clothes", "go to bed later", "have my pet with me", "sleep over at mates",
                         "meet other kids in care", "have a say in my care plan", "get CAMHS quicker",
                         "find a flat near my nan", "have a key to the house", "be treated like everyone else"]
    static let reasons = ["because it makes me happy", "cos i miss them", "as nobody tells me anything",
                          "so i can be normal", "since i moved 3 times", "because my last sw left",
                          "bc its not fair", "as i get lonely at night", "because i am 17 soon",
                          "wen i asked they said no", "cuz its boring here", "so i feel safe"]
    static let otherScripts = ["dziękuję bardzo", "chcę zobaczyć mamę", "أريد أن أرى أخي", "مرحبا",
                               "мне нужна помощь с деньгами", "ευχαριστώ", "我想要更多的时间", "💙💙",
                               "naïve café résumé", "ich möchte bleiben"]
}
