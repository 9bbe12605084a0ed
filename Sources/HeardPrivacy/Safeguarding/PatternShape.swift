/// The shape of one of Heard's own disclosure patterns (the small regular-expression subset they use), read so
/// the `RuleGate` knows which words any match must contain. "(?:want|plan) to (?:die|end it)" can only match a
/// comment holding a word starting "want" or "plan" *and* one starting "die" or "end": those are its clauses.
indirect enum PatternShape: Equatable {
    case sequence([PatternShape])
    case alternatives([PatternShape])
    /// One literal character.
    case character(Character)
    /// `\b`, or a space or `\s`: the next letter starts a word.
    case wordBreak
    /// Any other single character (`\w`, `\d`, `.`, a class): nothing known.
    case unknown
    /// A zero-width assertion other than `\b`.
    case assertion
    case repeated(PatternShape, min: Int, max: Int?)

    /// Reads a pattern. Unsupported syntax reads as `unknown`, which only weakens the gate, never breaks it.
    init(_ pattern: String) {
        var reader = Reader(characters: Array(pattern))
        self = reader.alternatives()
    }

    private struct Reader {
        let characters: [Character]
        var at = 0

        mutating func alternatives() -> PatternShape {
            var options = [sequence()]
            while at < characters.count, characters[at] == "|" {
                at += 1
                options.append(sequence())
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        mutating func sequence() -> PatternShape {
            var items: [PatternShape] = []
            while at < characters.count, characters[at] != "|", characters[at] != ")" {
                items.append(quantified(atom()))
            }
            return .sequence(items)
        }

        mutating func atom() -> PatternShape {
            let character = characters[at]
            at += 1
            switch character {
            case "(":
                var zeroWidth = false
                if at < characters.count, characters[at] == "?" {
                    at += 1
                    if characters[at] == "<" { at += 1 }
                    zeroWidth = characters[at] != ":"
                    at += 1
                }
                let inner = alternatives()
                at += 1 // ")"
                return zeroWidth ? .assertion : inner
            case "[":
                while at < characters.count, characters[at] != "]" { at += characters[at] == "\\" ? 2 : 1 }
                at += 1
                return .unknown
            case "\\":
                let escaped = characters[at]
                at += 1
                switch escaped {
                case "b": return .wordBreak
                case "s": return .wordBreak
                case "w", "W", "d", "D", "S", "B": return escaped == "B" ? .assertion : .unknown
                default: return .character(escaped)
                }
            case " ": return .wordBreak
            case ".": return .unknown
            case "^", "$": return .assertion
            default: return .character(character)
            }
        }

        mutating func quantified(_ atom: PatternShape) -> PatternShape {
            guard at < characters.count else { return atom }
            var bounds: (Int, Int?)
            switch characters[at] {
            case "?": bounds = (0, 1)
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "{":
                let close = characters[at...].firstIndex(of: "}") ?? characters.count - 1
                let parts = String(characters[(at + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
                bounds = (Int(parts.first ?? "") ?? 0, parts.count == 1 ? Int(parts[0]) : Int(parts[1]))
                at = close
            default: return atom
            }
            at += 1
            if at < characters.count, characters[at] == "?" || characters[at] == "+" { at += 1 } // lazy, possessive
            return .repeated(atom, min: bounds.0, max: bounds.1)
        }
    }
}
