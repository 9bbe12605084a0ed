import Testing
@testable import HeardPrivacy

/// Redaction in two steps (written shapes, then schools and names) must give what one call gives, and a
/// redactor that denies more names must finish another redactor's shapes exactly as it would redact the comment
/// itself: the pipeline's second pass over an export relies on it.
@Suite("Redactor passes")
struct RedactorPassesTests {
    static let comments = [
        "my sw Dorrit Quenby never rings me back on 07700 900461",
        "i live at 12 Larkspur Road DN31 2QX with my carer marigold",
        "email me at tess.wren14@example.org or ring 0161 496 0732",
        "Hollowmere Academy is alright but i want to move to Brackenfield College",
        "MY CARER PIP TAKES ME TO FOOTBALL AT ST OSWALD'S ON SATURDAYS",
        "ask for quenby at the office, her ref is LCS-2023-04127",
        "nothing to say really",
        "born 3rd march 2009, add me @wren_14 on snap",
        "Żaneta and Olek are my best mates, we go to Thornwick Primary",
        "",
    ]

    @Test("Shapes then names is the whole redaction, names found included")
    func twoStepsAreOne() {
        let redactor = Redactor(denyList: ["Dorrit Quenby", "tess.wren14@example.org", "LCS-2023-04127"])
        for comment in Self.comments {
            let whole = redactor.redactCollecting(comment)
            let steps = redactor.redactNames(in: redactor.redactShapes(comment))
            #expect(steps.text == whole.text, "\(comment)")
            #expect(steps.names == whole.names, "\(comment)")
        }
    }

    @Test("A redactor denying more names finishes the first one's shapes as it redacts the comment")
    func denyingFinishesShapes() {
        let first = Redactor(denyList: ["Dorrit Quenby"])
        let names = Set(Self.comments.flatMap { first.redactCollecting($0).names }).union(["marigold", "pip"])
        let second = first.denying(names)
        for comment in Self.comments {
            #expect(second.redactNames(in: first.redactShapes(comment)).text == second.redact(comment), "\(comment)")
        }
        // The second pass may take the first pass's schools: they depend on the shaped text alone.
        for comment in Self.comments + ["i went to St Wilfrid's RC Primary with marigold", "PIP GOES TO HOLLOWMERE ACADEMY"] {
            let shaped = first.redactShapes(comment)
            let earlier = first.redactNames(in: shaped)
            #expect(second.redactNames(in: shaped, earlier: earlier).text == second.redactNames(in: shaped).text, "\(comment)")
        }
        // The name denied after the first pass is struck where the first pass left it.
        #expect(second.redactNames(in: first.redactShapes("marigold says hi")).text.contains("[name]"))
    }
}
