import Testing
@testable import HeardPrivacy
import HeardTestSupport

@Suite("Redaction: overlapping finds")
struct RedactionOverlapTests {
    @Test("a school and a name claiming the same words become one placeholder, never a crash")
    func overlappingSchoolAndName() {
        let output = Redactor().redact("Zoë Studio academy Mary-Jane Academy")
        #expect(!output.contains("Zoë"))
        #expect(!output.contains("Mary"))
        #expect(output.contains("["))
    }

    @Test("overlapping spans merge in text order and keep the earlier placeholder")
    func disjointSpans() {
        let text = "abcdefghij"
        let index = { (offset: Int) in text.index(text.startIndex, offsetBy: offset) }
        let spans: [(Range<String.Index>, Placeholder)] = [
            (index(6)..<index(9), .name), (index(0)..<index(3), .school), (index(2)..<index(5), .name),
        ]
        let merged = Redactor.disjoint(spans)
        #expect(merged.count == 2)
        #expect(merged[0].0 == index(0)..<index(5))
        #expect(merged[0].1 == .school)
        #expect(merged[1].0 == index(6)..<index(9))
    }

    @Test("random mixes of names, schools, addresses and identifiers never crash the redactor")
    func randomMixes() {
        let vocabulary = """
        my friend sister called me and is best from the leaving care team sw takes Anna Kowalska Mary-Jane O'Neill \
        josh smith St Mary's Primary RC Academy College school academy Flat Studio Unit 5 12b Harbour Road Crossing \
        Zoë Ştefan Ayşe Ngozi Okafor lives in Hull . , - ' Mr Jones Grace Will @jo_99 07700900123 jo@x.com DN31 2AB \
        born 12/03/2009 AB123456C CLA123456 ref 8821 house called The Willows
        """.split(separator: " ").map(String.init)
        var generator = SplitMix(seed: 7)
        let redactor = Redactor()
        for _ in 0..<3000 {
            let count = Int(generator.next() % 14) + 2
            let comment = (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
                .joined(separator: " ")
            #expect(!redactor.redact(comment).isEmpty)
        }
    }
}
