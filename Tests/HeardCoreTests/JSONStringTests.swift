import Testing
import HeardCore

/// JSON string literals: text with nothing to escape is written whole; quotes, backslashes and control
/// characters are escaped wherever they sit.
@Suite("JSON string literals")
struct JSONStringTests {
    @Test("plain text, other alphabets and emoji pass through unchanged", arguments: [
        "the garden is nice", "Zażółć gęślą jaźń", "ça va 👍🏽", "",
    ])
    func plain(text: String) {
        var output = ""
        JSONString.write(text, to: &output)
        #expect(output == "\"" + text + "\"")
    }

    @Test("quotes, backslashes and control characters are escaped", arguments: [
        ("she said \"no\"", #""she said \"no\"""#),
        ("a\\b", #""a\\b""#),
        ("line one\nline two\ttab\r", #""line one\nline two\ttab\r""#),
        ("bell\u{07}", #""bell\u0007""#),
        ("ż\"ł", #""ż\"ł""#),
        ("\u{0}x\u{1F}\u{7F}", #""\u0000x\u001f\#u{7F}""#),
    ])
    func escaped(text: String, expected: String) {
        var output = "["
        JSONString.write(text, to: &output)
        #expect(output == "[" + expected)
    }
}
