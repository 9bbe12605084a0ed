/// The word lists of the name and school finders that a word belongs to, found once per word of a comment's
/// reading (`Words`) by one table lookup on its lower-case form. The finders ask "is the word before a
/// relation?", "does this word open a school's name?" many times per word; each answer is then a bit test
/// instead of hashing the word again for every list.
///
/// Each class is exactly one list, keyed by `Words.Word.lower` as the list is: `.relation` is
/// `NameCues.relations`, so `word.classes.contains(.relation)` and `NameCues.relations.contains(word.lower)`
/// always agree (a test checks every list).
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// `SchoolRedaction.startingWords`: a word that can end or open a school's name.
    static let schoolStart = WordClasses(rawValue: 1 << 0)
    /// `NameCues.functionWords`.
    static let function = WordClasses(rawValue: 1 << 1)
    /// `SchoolRedaction.generic`.
    static let schoolGeneric = WordClasses(rawValue: 1 << 2)
    /// `NameCues.relations`.
    static let relation = WordClasses(rawValue: 1 << 3)
    /// `SchoolFrames.notSchoolWords`.
    static let notSchool = WordClasses(rawValue: 1 << 4)
    /// `SchoolFrames.saintOpeners`.
    static let saintOpener = WordClasses(rawValue: 1 << 5)
    /// `SchoolContext.frameWords`.
    static let schoolFrame = WordClasses(rawValue: 1 << 6)
    /// `SchoolContext.joins`.
    static let clauseJoin = WordClasses(rawValue: 1 << 7)
    /// `SchoolContext.pastBe`.
    static let pastBe = WordClasses(rawValue: 1 << 8)
    /// `SchoolContext.talkWords`.
    static let schoolTalk = WordClasses(rawValue: 1 << 9)
    /// `NameCues.personVerbs`.
    static let personVerb = WordClasses(rawValue: 1 << 10)
    /// `NameCues.weakIntroducers`.
    static let weakIntroducer = WordClasses(rawValue: 1 << 11)
    /// `NameCues.personMarkers`.
    static let personMarker = WordClasses(rawValue: 1 << 12)
    /// `SchoolFrames.motionWords`.
    static let motion = WordClasses(rawValue: 1 << 13)
    /// `NameCues.notNamesAfterCue`.
    static let notNameAfterCue = WordClasses(rawValue: 1 << 14)
    /// `NameCues.particles`.
    static let particle = WordClasses(rawValue: 1 << 15)
    /// `NameCues.calendarNames`.
    static let calendarName = WordClasses(rawValue: 1 << 16)
    /// `NameCues.weekdays`.
    static let weekday = WordClasses(rawValue: 1 << 17)
    /// `NameCues.owners`.
    static let owner = WordClasses(rawValue: 1 << 18)
    /// `NameCues.describers`.
    static let describer = WordClasses(rawValue: 1 << 19)
    /// `NameCues.introducers`.
    static let introducer = WordClasses(rawValue: 1 << 20)
    /// `NameCues.titles`.
    static let title = WordClasses(rawValue: 1 << 21)
    /// `NameCues.unambiguousTitles`.
    static let unambiguousTitle = WordClasses(rawValue: 1 << 22)
    /// `NameCues.familyTitles`.
    static let familyTitle = WordClasses(rawValue: 1 << 23)
    /// `NameCues.kin`.
    static let kin = WordClasses(rawValue: 1 << 24)
    /// `NameCues.determiners`.
    static let determiner = WordClasses(rawValue: 1 << 25)
    /// `NameCues.clauseOpeners`.
    static let clauseOpener = WordClasses(rawValue: 1 << 26)
    /// `SchoolFrames.schoolNouns`.
    static let schoolNoun = WordClasses(rawValue: 1 << 27)
    /// `SchoolFrames.placeCues`.
    static let placeCue = WordClasses(rawValue: 1 << 28)
    /// `SchoolFrames.placeNouns`.
    static let placeNoun = WordClasses(rawValue: 1 << 29)
    /// `SchoolFrames.services`.
    static let schoolService = WordClasses(rawValue: 1 << 30)
    /// `SchoolContext.openers`.
    static let schoolOpener = WordClasses(rawValue: 1 << 31)
    /// `SchoolContext.times`.
    static let schoolTime = WordClasses(rawValue: 1 << 32)
    /// `NameCues.teams`.
    static let team = WordClasses(rawValue: 1 << 33)
    /// `SchoolCues.schoolWords`.
    static let schoolCue = WordClasses(rawValue: 1 << 34)
    /// `SchoolCues.before`.
    static let schoolCueBefore = WordClasses(rawValue: 1 << 35)
    /// `SchoolNumbers.markers`.
    static let schoolNumberMarker = WordClasses(rawValue: 1 << 36)
    /// `NameCues.spellingVerbs`.
    static let spellingVerb = WordClasses(rawValue: 1 << 37)
    /// `NameCues.spellingJudgements`.
    static let spellingJudgement = WordClasses(rawValue: 1 << 38)
    /// `NameCues.pronounsBeforeVerb`.
    static let pronounBefore = WordClasses(rawValue: 1 << 39)
    /// `NameCues.pronounsAfterVerb`.
    static let pronounAfter = WordClasses(rawValue: 1 << 40)

    /// Each class with the list it stands for.
    static let lists: [(WordClasses, Set<String>)] = [
        (.schoolStart, SchoolRedaction.startingWords), (.function, NameCues.functionWords),
        (.schoolGeneric, SchoolRedaction.generic), (.relation, NameCues.relations),
        (.notSchool, SchoolFrames.notSchoolWords), (.saintOpener, SchoolFrames.saintOpeners),
        (.schoolFrame, SchoolContext.frameWords), (.clauseJoin, SchoolContext.joins), (.pastBe, SchoolContext.pastBe),
        (.schoolTalk, SchoolContext.talkWords), (.personVerb, NameCues.personVerbs),
        (.weakIntroducer, NameCues.weakIntroducers), (.personMarker, NameCues.personMarkers),
        (.motion, SchoolFrames.motionWords), (.notNameAfterCue, NameCues.notNamesAfterCue),
        (.particle, NameCues.particles), (.calendarName, NameCues.calendarNames), (.weekday, NameCues.weekdays),
        (.owner, NameCues.owners), (.describer, NameCues.describers), (.introducer, NameCues.introducers),
        (.title, NameCues.titles), (.unambiguousTitle, NameCues.unambiguousTitles), (.familyTitle, NameCues.familyTitles),
        (.kin, NameCues.kin), (.determiner, NameCues.determiners), (.clauseOpener, NameCues.clauseOpeners),
        (.schoolNoun, SchoolFrames.schoolNouns), (.placeCue, SchoolFrames.placeCues), (.placeNoun, SchoolFrames.placeNouns),
        (.schoolService, SchoolFrames.services), (.schoolOpener, SchoolContext.openers), (.schoolTime, SchoolContext.times),
        (.team, NameCues.teams), (.schoolCue, SchoolCues.schoolWords), (.schoolCueBefore, SchoolCues.before),
        (.schoolNumberMarker, SchoolNumbers.markers), (.spellingVerb, NameCues.spellingVerbs),
        (.spellingJudgement, NameCues.spellingJudgements), (.pronounBefore, NameCues.pronounsBeforeVerb),
        (.pronounAfter, NameCues.pronounsAfterVerb),
    ]

    /// Every word of every list, with all the classes it is in.
    private static let table: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        for (classes, words) in lists {
            for word in words { table[word, default: []].formUnion(classes) }
        }
        return table
    }()

    /// The classes of a word, by its lower-case form (`Words.Word.lower`).
    static func of(_ lower: String) -> WordClasses { table[lower] ?? [] }
}

extension ListFlags {
    /// `Gazetteer.isEverydayWord` for the key these flags were looked up by.
    var isEveryday: Bool { !isDisjoint(with: [.english, .notName]) }
    /// `Gazetteer.isName` for the key these flags were looked up by.
    var isName: Bool { !isDisjoint(with: [.given, .surname]) }
}
