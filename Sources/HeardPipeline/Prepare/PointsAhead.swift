import HeardCore
import HeardThemes
import Synchronization

/// The points each comment makes, found while the run's other core would wait. Points are not stored (they are
/// assigned when the summaries are made, so editing a points file needs no re-reading of exports), yet they
/// depend on nothing but a comment's text, its themes and the framework's points: while an export's responses go
/// into the store on one core (the inserts are one connection's), its comments' points are found on the other,
/// and the summaries then look them up instead of matching them again. A comment not found ahead is matched when
/// the summaries are made, so the points are the same however much was found ahead.
final class PointsAhead: Sendable {
    /// What a comment's points are found from.
    struct Ask: Hashable, Sendable {
        var text: String
        var themes: [String]

        init(_ comment: Comment) {
            text = comment.text
            themes = comment.tags.map(\.themeID)
        }

        init(text: String, themes: [String]) {
            self.text = text
            self.themes = themes
        }
    }

    let matcher: PointMatcher
    private let found = Mutex<[Ask: [String]]>([:])

    init(matcher: PointMatcher) { self.matcher = matcher }

    /// Finds the points of every distinct comment in `responses` not found before, on the calling thread.
    func find(in responses: [Response]) {
        var asks: Set<Ask> = []
        for response in responses {
            for comment in response.comments where !comment.tags.isEmpty { asks.insert(Ask(comment)) }
        }
        let known = found.withLock { found in asks.filter { found[$0] != nil } }
        asks.subtract(known)
        let matcher = matcher
        let made = asks.map { ask in (ask, matcher.points(in: ask.text, themes: ask.themes)) }
        found.withLock { found in
            for (ask, points) in made { found[ask] = points }
        }
    }

    /// Keeps points found elsewhere (`ExportProcessor.Result.points`: found as the comments were tagged).
    func add(_ points: [Ask: [String]]) {
        found.withLock { found in
            if found.isEmpty { found = points } else { found.merge(points) { first, _ in first } }
        }
    }

    /// Hands over every point found and forgets them (later asks are matched again): for letting go of them on
    /// another thread once a run no longer needs them (`BackgroundRelease`).
    func takeFound() -> [Ask: [String]] {
        found.withLock { found in
            defer { found = [:] }
            return found
        }
    }

    /// Every comment given the points it makes under its themes: found ahead where it was, otherwise matched
    /// now on both cores, each distinct (text, themes) once. A comment with no theme makes no point. Each tagged
    /// comment is looked up once, and the responses are changed in place (given the caller's last use of them,
    /// the array is not copied first).
    func assign(_ stored: consuming [Response]) -> [Response] {
        var responses = consume stored
        // Each response's tagged comments looked up on every core (making each ask and hashing its text is most
        // of the work), from the points as they are now: nothing adds to them while the summaries are made.
        let known = found.withLock { $0 }
        let lookedUp = ParallelMap.map(responses) { response in
            response.comments.map { comment in comment.tags.isEmpty ? nil : known[Ask(comment)] }
        }
        // The tagged comments not found ahead, each distinct ask once, in the order first met.
        var missing: [Ask] = []
        var position: [Ask: Int] = [:]
        var missingAt: [[Int: Int]] = Array(repeating: [:], count: responses.count)
        for (response, points) in lookedUp.enumerated() {
            for (index, found) in points.enumerated() where found == nil {
                let comment = responses[response].comments[index]
                guard !comment.tags.isEmpty else { continue }
                let ask = Ask(comment)
                if let at = position[ask] {
                    missingAt[response][index] = at
                } else {
                    position[ask] = missing.count
                    missingAt[response][index] = missing.count
                    missing.append(ask)
                }
            }
        }
        let matcher = matcher
        let matched = ParallelMap.map(missing) { matcher.points(in: $0.text, themes: $0.themes) }
        for response in responses.indices {
            for index in responses[response].comments.indices {
                guard !responses[response].comments[index].tags.isEmpty else {
                    if !responses[response].comments[index].points.isEmpty { responses[response].comments[index].points = [] }
                    continue
                }
                if let points = lookedUp[response][index] {
                    responses[response].comments[index].points = points
                } else if let at = missingAt[response][index] {
                    responses[response].comments[index].points = matched[at]
                }
            }
        }
        return responses
    }
}
