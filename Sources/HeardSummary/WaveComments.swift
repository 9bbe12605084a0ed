import HeardCore

/// One wave's comments read once for its summary, in response order, with young people, texts, themes and
/// points turned into small numbers: who raised each theme and made each point are counted in bit sets keyed by
/// a young person's number, not in sets of pseudonyms, and a text said by many is measured once.
///
/// A theme is counted by its heading (`SummaryBuilder.themes`); a tag whose theme no heading has is neither
/// sorted nor counted, but its comment is not among the comments that fit no theme either. A point belongs to
/// the last heading that lists it (as a comment's points are read under its tagged themes).
struct WaveComments {
    /// Per comment: its text's number in `texts`, its young person's number, its polarity and whether it went
    /// to safeguarding.
    private(set) var text: [Int] = []
    private(set) var respondent: [Int] = []
    private(set) var polarity: [Polarity] = []
    private(set) var hasConcern: [Bool] = []
    /// Each distinct text once, in the order first said.
    private(set) var texts: [String] = []
    /// Different young people among the responses.
    private(set) var respondents = 0
    /// Per theme heading id: its comments (numbers, in order) and who raised it.
    private(set) var byTheme: [[Int]]
    private(set) var raisedBy: [RespondentSet]
    /// Per theme: who had a comment in it that made none of its points.
    private(set) var otherThings: [RespondentSet]
    /// Per point id: who made it and its comments.
    private(set) var pointTallies: [PointTally]
    /// Comments with no theme at all.
    private(set) var other: [Int] = []
    /// Theme and point numbers by id.
    let themeNumber: [String: Int]
    let pointNumber: [String: Int]
    /// The theme each point is counted under.
    let pointTheme: [Int]

    /// Who made one point (`respondents`; `praise`, `problems` and `requests` by the comment's polarity), and its
    /// comments by number, for choosing quotes.
    struct PointTally {
        var respondents = RespondentSet()
        var praise = RespondentSet()
        var problems = RespondentSet()
        var requests = RespondentSet()
        var comments: [Int] = []
    }

    init(_ responses: [Response], themes: [SummaryDocument.ThemeHeading]) {
        var themeNumber: [String: Int] = [:]
        for heading in themes where themeNumber[heading.id] == nil { themeNumber[heading.id] = themeNumber.count }
        var themeOfPoint: [String: String] = [:]
        for heading in themes { for point in heading.points { themeOfPoint[point.id] = heading.id } }
        var pointNumber: [String: Int] = [:]
        var pointTheme: [Int] = []
        for heading in themes {
            for point in heading.points where pointNumber[point.id] == nil {
                pointNumber[point.id] = pointTheme.count
                pointTheme.append(themeNumber[themeOfPoint[point.id]!]!)
            }
        }
        self.themeNumber = themeNumber
        self.pointNumber = pointNumber
        self.pointTheme = pointTheme
        byTheme = Array(repeating: [], count: themeNumber.count)
        raisedBy = Array(repeating: RespondentSet(), count: themeNumber.count)
        otherThings = raisedBy
        pointTallies = Array(repeating: PointTally(), count: pointTheme.count)
        read(responses)
    }

    private mutating func read(_ responses: [Response]) {
        var keys: [String: Int] = [:]
        var textNumber: [String: Int] = [:]
        // Sized once: grown a doubling at a time, every text and key was hashed again at each growth.
        keys.reserveCapacity(responses.count)
        textNumber.reserveCapacity(responses.reduce(0) { $0 + $1.comments.count })
        var seenThemes: [Int] = []
        var made: [Int] = []
        for response in responses {
            let person = keys[response.respondentKey] ?? {
                keys[response.respondentKey] = keys.count
                return keys.count - 1
            }()
            for comment in response.comments {
                let number = text.count
                let said = textNumber[comment.text] ?? {
                    textNumber[comment.text] = texts.count
                    texts.append(comment.text)
                    return texts.count - 1
                }()
                text.append(said)
                respondent.append(person)
                polarity.append(comment.polarity)
                hasConcern.append(comment.hasConcern)
                if comment.tags.isEmpty { other.append(number) }
                seenThemes.removeAll(keepingCapacity: true)
                for tag in comment.tags {
                    guard let theme = themeNumber[tag.themeID], !seenThemes.contains(theme) else { continue }
                    seenThemes.append(theme)
                    byTheme[theme].append(number)
                    raisedBy[theme].insert(person)
                    made.removeAll(keepingCapacity: true)
                    for id in comment.points {
                        if let point = pointNumber[id], pointTheme[point] == theme, !made.contains(point) { made.append(point) }
                    }
                    if made.isEmpty { otherThings[theme].insert(person) }
                    for point in made { pointTallies[point].add(number, from: person, polarity: comment.polarity) }
                }
            }
        }
        respondents = keys.count
    }

    /// The comments of the theme with this heading id (none for an id no heading has).
    func comments(ofTheme id: String) -> [Int] { themeNumber[id].map { byTheme[$0] } ?? [] }

    /// Who raised the theme with this heading id.
    func raised(_ id: String) -> Int { themeNumber[id].map { raisedBy[$0].count } ?? 0 }

    /// Who said other things about the theme with this heading id.
    func otherThings(_ id: String) -> Int { themeNumber[id].map { otherThings[$0].count } ?? 0 }

    /// The tally of a point listed under the heading with this id, if someone made it there.
    func tally(point id: String, theme: String) -> PointTally? {
        guard let point = pointNumber[id], let theme = themeNumber[theme], pointTheme[point] == theme else { return nil }
        return pointTallies[point]
    }
}

extension WaveComments.PointTally {
    mutating func add(_ comment: Int, from person: Int, polarity: Polarity) {
        respondents.insert(person)
        switch polarity {
        case .positive: praise.insert(person)
        case .negative: problems.insert(person)
        case .request: requests.insert(person)
        case .neutral: break
        }
        comments.append(comment)
    }
}

/// A set of young people by number (`WaveComments`), as bits, with its size kept as members are added.
struct RespondentSet: Sendable {
    private var words: [UInt64] = []
    private(set) var count = 0

    mutating func insert(_ member: Int) {
        let word = member >> 6, bit = UInt64(1) << UInt64(member & 63)
        if word >= words.count { words += repeatElement(0, count: max(word + 1 - words.count, words.count)) }
        guard words[word] & bit == 0 else { return }
        words[word] |= bit
        count += 1
    }

    func contains(_ member: Int) -> Bool {
        let word = member >> 6
        return word < words.count && words[word] & (UInt64(1) << UInt64(member & 63)) != 0
    }
}
