import Testing
@testable import HeardPrivacy

/// `AddressCueGate` keeps its own needles beside `AddressCues.before`'s pattern: a cue added to the pattern
/// without its needle would be skipped silently. These tests read the cues from the pattern itself, so every
/// alternative it holds, now or later, is checked against the gate.
@Suite("Address cue gate against the pattern's own cues")
struct AddressCueGateExpansionTests {
    @Test("every phrase the pattern's cues spell is let through by the gate")
    func everySpeltCuePasses() throws {
        let phrases = try #require(CueExpansion.phrases(of: AddressCues.before.expression.pattern))
        #expect(phrases.count > 300)
        for phrase in phrases {
            // The pattern ends with white space: a cue is followed by what it places.
            let text = "so " + phrase + " the mill"
            // The expansion is the pattern's: each phrase is matched, so the gate's check below is not empty.
            #expect(AddressCues.before.firstMatch(in: text) != nil, "\(phrase)")
            #expect(AddressCueGate.mayHold(ASCIISearch.lowered(text)), "\(phrase)")
            #expect(AddressCueGate.mayHold(ASCIISearch.lowered(text.uppercased())), "\(phrase)")
        }
    }

    @Test("the expansion reads alternatives, optional parts and spaces as the pattern does")
    func expansionReadsThePattern() {
        #expect(CueExpansion.phrases(of: #"\b(?:a|bc)\s+d?e\s*[:\-]?"#)?.sorted()
            == ["a de", "a de-", "a de:", "a e", "a e-", "a e:", "bc de", "bc de-", "bc de:", "bc e", "bc e-", "bc e:",
                "a de ", "a de -", "a de :", "a e ", "a e -", "a e :", "bc de ", "bc de -", "bc de :", "bc e ", "bc e -",
                "bc e :"].sorted())
        // A construct the expansion does not know is refused rather than read wrongly.
        #expect(CueExpansion.phrases(of: #"a+"#) == nil)
    }
}

/// Every phrase a small regular expression spells, for patterns written with literal letters, `(?:...)`
/// groups, `|`, `?` after a letter, a group or a class, `[...]` classes of single characters, `\s+` (read as one
/// space), `\s*` (none or one space) and `\b`. Nil for anything else.
enum CueExpansion {
    static func phrases(of pattern: String) -> [String]? {
        var reader = Reader(characters: Array(pattern))
        guard let result = reader.alternatives(), reader.position == reader.characters.count else { return nil }
        return Array(Set(result.map { $0.replacingOccurrences(of: "  ", with: " ") }))
    }

    private struct Reader {
        let characters: [Character]
        var position = 0

        mutating func alternatives() -> [String]? {
            var all: [String] = []
            while true {
                guard let one = sequence() else { return nil }
                all += one
                guard position < characters.count, characters[position] == "|" else { return all }
                position += 1
            }
        }

        mutating func sequence() -> [String]? {
            var results = [""]
            while position < characters.count, characters[position] != "|", characters[position] != ")" {
                guard var piece = atom() else { return nil }
                if position < characters.count, characters[position] == "?" {
                    position += 1
                    piece.append("")
                }
                guard position >= characters.count || !"+*{".contains(characters[position]) else { return nil }
                results = results.flatMap { head in piece.map { head + $0 } }
            }
            return results
        }

        mutating func atom() -> [String]? {
            let character = characters[position]
            position += 1
            switch character {
            case "(":
                guard position + 1 < characters.count, characters[position] == "?", characters[position + 1] == ":" else { return nil }
                position += 2
                guard let inner = alternatives(), position < characters.count, characters[position] == ")" else { return nil }
                position += 1
                return inner
            case "[":
                var options: [String] = []
                while position < characters.count, characters[position] != "]" {
                    if characters[position] == "\\" { position += 1 }
                    guard position < characters.count else { return nil }
                    options.append(String(characters[position]))
                    position += 1
                }
                guard position < characters.count else { return nil }
                position += 1
                return options
            case "\\":
                guard position < characters.count else { return nil }
                let escaped = characters[position]
                position += 1
                if escaped == "b" { return [""] }
                guard escaped == "s", position < characters.count else { return nil }
                let count = characters[position]
                position += 1
                if count == "+" { return [" "] }
                if count == "*" { return ["", " "] }
                return nil
            case ".", "^", "$", "+", "*", "{", "}", "]":
                return nil
            default:
                return [String(character)]
            }
        }
    }
}
