import Foundation
import HeardCore

/// Removes identifiers from a comment and puts a child-readable placeholder in their place (`[name]`,
/// `[phone number]`, `[school]`...). Three passes:
///
/// 1. shapes (`PatternRedaction`, `DigitRuns`, `AddressRedaction`): links, emails, handles, NI, NHS and pupil
///    numbers, case references, postcodes, exact dates, addresses as a whole, phone numbers and long numbers;
/// 2. schools, academies and colleges by name (`SchoolRedaction`);
/// 3. people's names (`NameRedaction`): the export's own identity values wherever they recur, the gazetteer,
///    and names no list holds, by where they stand. Places everyone knows (`Gazetteer.places`, plus a
///    workspace's own list) are not names.
public struct Redactor: Sendable {
    /// Words of identity values, as `NameKey`s.
    private let denyWords: Set<String>
    /// Whole values with digits or "@" (emails, IDs), matched as tokens of the comment.
    private let denyPhrases: DeniedPhrases
    private let places: PlaceList

    /// `denyList` holds identity cell values; each is split into words, so "Jake Thompson" denies "jake" and
    /// "thompson", and values with digits or "@" (emails, IDs) are denied whole. `places` adds a workspace's
    /// own places (`Surveys/places.txt`) to the built-in list.
    public init(denyList: [String] = [], places: PlaceList? = nil) {
        var words: Set<String> = []
        // Most values with digits or "@" give one token (an email, an IP address, a reference): one each, sized once.
        var phrases = Set<String>(minimumCapacity: denyList.count)
        // A value met again adds nothing: it is read once.
        var seen = Set<String>(minimumCapacity: denyList.count)
        for value in denyList where seen.insert(value).inserted {
            if let tokens = Self.deniedTokens(of: value) {
                phrases.formUnion(tokens)
            } else {
                words.formUnion(Self.identifyingWords(of: value))
            }
        }
        denyWords = words
        denyPhrases = DeniedPhrases(phrases)
        self.places = places.map { Gazetteer.places.merging($0) } ?? Gazetteer.places
    }

    /// The words of an identity cell that could identify someone, so are denied wherever they recur. A word no
    /// everyday list holds always is ("Oakfield", "Kowalski"). An everyday word is only when it is also a
    /// name and either the whole value reads as a name ("will brown") or the word is written as one ("Rose Hill
    /// Primary"). So a non-answer typed into an identity column ("not sure", "prefer not to say", "not in
    /// school atm") never strikes "not" or "sure" out of every comment and answer label.
    static func identifyingWords(of value: String) -> [String] {
        let items = Words(value).items.filter { $0.key.count >= 2 }
        let readsAsName = items.allSatisfy { Gazetteer.isName($0.key) || !Gazetteer.isEverydayWord($0.key) }
        return items.filter { word in
            guard Gazetteer.isEverydayWord(word.key) else { return true }
            guard Gazetteer.isName(word.key) else { return false }
            let writtenAsName = word.isCapitalised || word.isAllCapitals || word.isCaseless
            return writtenAsName || (readsAsName && word.key.count > 3)
        }.map(\.key)
    }

    /// The tokens of four characters or more (lower case) by which a value with digits or "@" (an email, an ID)
    /// is denied whole; nil for a value without either. An ASCII value (most are: 100,000 rows of emails, IP
    /// addresses and references) is read from its bytes; the result is the same as the long way's.
    static func deniedTokens(of value: String) -> [String]? {
        guard TextFolding.isASCII(value) else {
            let folded = value.lowercased()
            guard folded.contains("@") || folded.contains(where: \.isNumber) else { return nil }
            return tokens(folded).filter { $0.count >= 4 }.map(String.init)
        }
        // Read in place (no copy of the value's bytes, no array per token): within a token there is no line
        // break, so a token's bytes are its characters.
        var value = value
        return value.withUTF8 { bytes -> [String]? in
            guard bytes.contains(where: { $0 == 64 || (48...57).contains($0) }) else { return nil }
            var tokens: [String] = []
            var start = 0
            func close(_ end: Int) {
                guard end - start >= 4 else { return }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                tokens.append(String(unsafeUninitializedCapacity: token.count) { lowered in
                    for (index, byte) in token.enumerated() { lowered[index] = (65...90).contains(byte) ? byte + 32 : byte }
                    return token.count
                })
            }
            for (index, byte) in bytes.enumerated() where separates(byte) {
                close(index)
                start = index + 1
            }
            close(bytes.count)
            return tokens
        }
    }

    /// Tokens for whole-value matching: split on spaces and punctuation that cannot be inside an email or ID.
    static func tokens(_ text: String) -> [Substring] {
        guard TextFolding.isASCII(text) else { return text.split { $0.isWhitespaceQuick || isSeparator($0) } }
        return text.utf8.split(whereSeparator: separates)
            .map { text[$0.startIndex..<$0.endIndex] }
    }

    static let separators: Set<Character> = [",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "'", "<", ">"]
    static let separatorBytes: [UInt8] = separators.map { $0.asciiValue! }
    private static let separatorTable: [Bool] = (0..<256).map { separatorBytes.contains(UInt8($0)) }
    /// Whitespace and the marks that cannot be inside an email or ID: where `tokens` splits (and `DeniedPhrases`
    /// reads a value's edges).
    static func separates(_ byte: UInt8) -> Bool { (9...13).contains(byte) || byte == 32 || separatorTable[Int(byte)] }

    /// `separators.contains(character)` from the character's bytes, without hashing it: a character equal to one
    /// of these ASCII marks is that one byte, or the Greek question mark (U+037E), the one character outside
    /// ASCII that is canonically equivalent to one of them (";").
    static func isSeparator(_ character: Character) -> Bool {
        let utf8 = character.utf8
        switch utf8.count {
        case 1: return separatorTable[Int(utf8.first!)]
        case 2: return utf8.first == 0xCD && utf8.last == 0xBE
        default: return false
        }
    }

    /// The comment with every identifier replaced.
    public func redact(_ text: String) -> String { redactCollecting(text).text }

    /// The redacted comment and the names found in it (lower case), so an export can deny them everywhere.
    public func redactCollecting(_ text: String) -> (text: String, names: [String]) {
        let found = redactNames(in: redactShapes(text))
        return (found.text, found.names)
    }

    /// A comment with its written shapes replaced (identity values with digits or "@", links, emails, dates,
    /// references, postcodes, addresses, phone and other long numbers): the passes that do not depend on the
    /// names denied, so a redactor made by `denying(_:)` can finish the same text (`redactNames(in:)`) without
    /// repeating them. `redactNames(in: redactShapes(text))` is `redactCollecting(text)`.
    public func redactShapes(_ text: String) -> ShapesRedacted {
        var result = denyPhrases.redact(text, with: .personalDetail)
        result = PatternRedaction.redact(result)
        // A phone number's extension goes with the number `DigitRuns` found ("[phone number] ext. 452").
        return ShapesRedacted(text: PhoneExtensions.join(DigitRuns.redact(result)))
    }

    /// Finishes a comment `redactShapes` began (of this redactor or of the one it was made from by `denying`):
    /// schools, then names. Schools depend on the text alone, not on the names denied: a second pass over the
    /// same shapes passes the first pass's result as `earlier` and its schools are taken as found.
    public func redactNames(in shaped: ShapesRedacted, earlier: NamesRedacted? = nil) -> NamesRedacted {
        var result = shaped.text
        let words = Words(result)
        let schoolSpans = earlier?.schools ?? SchoolRedaction.find(in: words)
        var replacements = schoolSpans.map { ($0, Placeholder.school) }
        let found = NameRedaction(denied: denyWords, places: places).find(in: words, schools: schoolSpans)
        for range in found.ranges where !schoolSpans.contains(where: { $0.overlaps(range) }) {
            replacements.append((range, .name))
        }
        for (range, placeholder) in Self.disjoint(replacements).reversed() {
            result.replaceSubrange(range, with: placeholder.rawValue)
        }
        return NamesRedacted(text: result, names: found.names, schools: schoolSpans)
    }

    /// For development (`heard redact --name-places`): each everyday word that is also a name in `text`, whether
    /// the name rules found it a name, and the features of its place the place model reads (`NamePlaceFeatures`).
    public func namePlaces(in text: String) -> [(word: String, ruled: Bool, features: [String])] {
        let words = Words(redactShapes(text).text)
        var seen: [(word: String, ruled: Bool, features: [String])] = []
        _ = NameRedaction(denied: denyWords, places: places).find(in: words, schools: SchoolRedaction.find(in: words)) {
            seen.append((String($0.text), $1, $2))
        }
        return seen
    }

    /// The spans to replace in text order, overlapping spans merged into one (the earlier span's placeholder
    /// wins): two finders may claim overlapping words, and replacing both would cut into a placeholder.
    static func disjoint(_ spans: [(Range<String.Index>, Placeholder)]) -> [(Range<String.Index>, Placeholder)] {
        var merged: [(Range<String.Index>, Placeholder)] = []
        for (range, placeholder) in spans.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if let last = merged.last, range.lowerBound < last.0.upperBound {
                merged[merged.count - 1].0 = last.0.lowerBound..<max(last.0.upperBound, range.upperBound)
            } else {
                merged.append((range, placeholder))
            }
        }
        return merged
    }

    /// A redactor that also denies `names` (found in other comments of the same export).
    public func denying(_ names: some Sequence<String>) -> Redactor {
        var words = denyWords
        for name in names where name.count >= 2 { words.insert(NameKey.key(name)) }
        return Redactor(words: words, phrases: denyPhrases, places: places)
    }

    private init(words: Set<String>, phrases: DeniedPhrases, places: PlaceList) {
        denyWords = words
        denyPhrases = phrases
        self.places = places
    }

    /// A comment part-way through redaction: every written shape replaced, schools and names not yet looked for.
    public struct ShapesRedacted: Sendable {
        /// The comment so far.
        public let text: String
    }

    /// A comment redacted to the end (`redactNames(in:earlier:)`), with the names found in it and the schools
    /// found in its shapes.
    public struct NamesRedacted: Sendable {
        /// The comment with every identifier replaced.
        public let text: String
        /// The names found (lower case), to deny across the export.
        public let names: [String]
        /// Where the schools stand in the shaped text (`ShapesRedacted.text`), kept for a second pass over it.
        let schools: [Range<String.Index>]
    }
}
