/// The small words `NameToldTo.swift` reads, as static tables (found once, not built per call).
extension NameCues {
    /// "X is what my mum called me": "is" as young people write it.
    static let copulas: Set<String> = ["is", "was", "s", "iz", "wuz"]
    /// "... what my mum called me".
    static let callingVerbs: Set<String> = ["call", "calls", "called", "calld", "named", "nicknamed"]
    /// "... called me", "... calls him".
    static let objectPronouns: Set<String> = ["me", "him", "her", "them", "us"]
    /// "X dont pick up".
    static let pickWords: Set<String> = ["pick", "picks"]
    /// "with X on saturdays".
    static let withWords: Set<String> = ["with", "wiv", "wth"]
    /// "... on saturdays", "... every weekend".
    static let dayLeadIns: Set<String> = ["on", "every"]
    static let weekendWords: Set<String> = ["weekends", "weekend"]
    /// "its X btw".
    static let itsWords: Set<String> = ["its", "it's", "itz"]
    static let introductionEnds: Set<String> = ["btw", "here"]
    /// "see X once a month".
    static let seeingVerbs: Set<String> = ["see", "seeing", "visit", "visiting"]
    static let timesWords: Set<String> = ["once", "twice"]
    /// "my pa from leaving care X is ...".
    static let beingOrHaving: Set<String> = ["is", "was", "has", "had"]
    /// "i love X,".
    static let loveWords: Set<String> = ["love", "luv"]
    static let loverPronouns: Set<String> = ["i", "we"]
}
