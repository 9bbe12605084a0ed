import Testing
@testable import HeardCore
@testable import HeardSummary

@Suite("Charts")
struct ChartTests {
    @Test("a long answer label takes two lines split between words; one too long even for two ends in an ellipsis")
    func labels() {
        #expect(Chart.labelLines("Most of the time") == ["Most of the time"])
        #expect(Chart.labelLines("Yes, but not as often as I would like") == ["Yes, but not as often as", "I would like"])
        let long = Chart.labelLines("I have not really thought about it yet because nobody asked me")
        #expect(long.count == 2 && long[1].hasSuffix("\u{2026}") && long.allSatisfy { $0.count <= Chart.lineLength })
        let unbroken = Chart.labelLines(String(repeating: "a", count: 30))
        #expect(unbroken[0].count == Chart.lineLength && unbroken[1] == "aaaaaaa")
    }

    @Test("the question's heading comes before its chart; the numbers are on screen once, the table is for screen readers")
    func structure() throws {
        let html = HTMLRenderer().html(try #require(goldenDocuments().last))
        let heading = try #require(html.range(of: "<h3 class=\"question\" id=\"q-feel-safe-where-live-heading\">"))
        let chart = try #require(html.range(of: "<svg class=\"chart\" aria-hidden=\"true\""))
        #expect(heading.upperBound <= chart.lowerBound)
        #expect(html.contains("<table class=\"data visually-hidden\">"))
        #expect(html.contains("<figure aria-labelledby=\"q-feel-safe-where-live-heading\">"))
        #expect(html.contains("@media print{"))
    }
}
