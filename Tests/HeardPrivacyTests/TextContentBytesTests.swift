import Foundation
import Testing
@testable import HeardPrivacy

/// The final scan reads pages by their bytes (`TextContent.byteSegments`); it must find the segments the
/// character-by-character reading finds, on any page. Pages made up for these tests.
@Suite("Pages read by their bytes")
struct TextContentBytesTests {
    static let pieces = [
        "<p>", "</p>", "<strong>", "</strong>", "<div class=\"x\">", "</div>", "<img alt=\"Sam's chart\">", "<br>",
        "<!-- a note -->", "<STYLE>p { color: red }</STYLE>", "<script>let a = 1 < 2</script>", "<Span>", "</SPAN>",
        "<td title=\"07700 900123\">", "hello", " ", "\n", "café", "“quoted”", "&amp;", "&#64;", "&nbsp;", "こんにちは",
        "e\u{301}", "\u{301}", ">", "<", "\r\n", "\r", "\u{600}", "👍🏽", "👨‍👩‍👧", "🇬🇧", "-->", "<!--", "<p\u{301}>",
        "<svg><text x=\"1\">12</text></svg>", "\t", "<a href=\"#\">", "</a>", "٣٤",
        "<input value=\"\" placeholder=\"your name\">", "<meta content=\"a\" title=\"b\" alt=\"c\">",
        "<p title=\"Zoë\">", "<rect aria-label=\"3 young people\" title=\"\"/>", "<td alt=\"x\" alt=\"y\">",
        "<H2 TITLE=\"upper\">", "<div title=\"a&amp;b\">", "<span title=\"unclosed>",
    ]

    @Test("random pages give the same segments both ways", arguments: 0..<4)
    func randomPages(seed: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_500 {
            let page = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(TextContent.segments(of: page) == TextContent.characterSegments(of: page), "\(page.debugDescription)")
        }
    }

    @Test("a page Heard writes is read by bytes; a page with a carriage return or a joined accent is not")
    func whichWay() {
        func alike(_ page: String) -> Bool {
            var page = page
            return page.withUTF8 { TextContent.readsAlikeAsBytes($0) }
        }
        #expect(alike("<p>“Café is shut,” said Jo.</p>\n<p>こんにちは 👍🏽</p>"))
        #expect(!alike("<p>one</p>\r\n<p>two</p>"))
        #expect(!alike("<p>\u{301}accent first</p>"))
        #expect(!alike("\u{600}<p>prepended</p>"))
    }
}
