import Testing
@testable import HeardPrivacy

/// Address parts found looking backwards from a street can reach into the part found just before them. The
/// finder must return one span for the whole address, never two that overlap: the redactor replaces spans from
/// the end, and overlapping ranges once stopped the whole run on one comment. Sentences written for this test.
@Suite("Address spans never overlap")
struct AddressSpanTests {
    @Test("a house name, a works or market name and a town after a list of news", arguments: [
        "we moved to The Coach House, Gas Works Market, Louth, LN4 2QY",
        "i passed my test, The Old Forge, Brick Works Yard, Boston",
        "got a job at the chippy, Ivy Lodge, Mill Works Market, Grimsby, DN31 1AB",
    ])
    func housesBeforeWorks(text: String) {
        let finder = AddressFinder(text)
        let spans = finder.spans()
        for (earlier, later) in zip(spans, spans.dropFirst()) {
            #expect(earlier.upperBound <= later.lowerBound)
        }
        let redacted = Redactor().redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains("Works"))
    }

    @Test("every arrangement of address-like parts redacts without stopping")
    func arrangements() {
        let parts = ["The Coach House", "Gas Works Market", "Flat 2", "12a", "Mill Lane", "Louth", "the old bakery",
                     "church street", "Room 4", "Orchard Lea", "[address]"]
        for first in parts {
            for second in parts {
                for third in parts {
                    let text = "i live at \(first), \(second), \(third), LN4 2QY"
                    let finder = AddressFinder(text)
                    let spans = finder.spans() + finder.spans(continuing: true)
                    for span in spans { #expect(span.lowerBound < span.upperBound) }
                    _ = Redactor().redact(text)
                }
            }
        }
    }
}
