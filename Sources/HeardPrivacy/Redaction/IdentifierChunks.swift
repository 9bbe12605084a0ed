import HeardCore

/// References and social media handles found by the shape of a chunk of text between spaces, whatever the
/// letters: "CLA/18/1790", "E0P-0398", "mos4009723", "LA-874-06241" (letters and four or more digits);
/// "xXSilentNovaXx", "the.real.poppy", "kaylamarie__07", "Blaze-Kiera93" (what names on apps look like);
/// a reference's prefix and groups ("lac 626185", "P 986 7774 54465"); and a short number after a word that
/// says it is a reference ("my number at the council is 94615", "ref 0968").
enum IdentifierChunks {
    struct Chunk {
        var range: Range<String.Index>
        var text: Substring
        var letters = 0
        var digits = 0
        var uppercase = 0
        var underscore = false
        var dots = 0
        var hyphens = 0
        /// A capital right after a small letter ("RapidSunny", "xXNova").
        var camel = false
    }

    static func redact(_ text: String) -> String {
        let chunks = self.chunks(text)
        guard !chunks.isEmpty else { return text }
        var spans: [(Range<String.Index>, Placeholder)] = []
        var index = 0
        while index < chunks.count {
            let chunk = chunks[index]
            if let placeholder = kind(of: chunk) {
                var start = chunk.range.lowerBound
                var end = chunk.range.upperBound
                // A prefix before it ("lac CLA-0012") and digit groups after it ("h071 4564 90835").
                if placeholder == .reference, index > 0, isPrefix(chunks[index - 1], before: chunk, in: text) {
                    start = chunks[index - 1].range.lowerBound
                }
                var next = index + 1
                if placeholder == .reference {
                    while next < chunks.count, isDigitGroup(chunks[next]), onlySpaces(text, end, chunks[next].range.lowerBound) {
                        end = chunks[next].range.upperBound
                        next += 1
                    }
                }
                // A prefix that closed the span before belongs to it already: one span, never two that overlap.
                if let last = spans.last, start < last.0.upperBound {
                    spans[spans.count - 1] = (last.0.lowerBound..<max(end, last.0.upperBound), last.1)
                } else {
                    spans.append((start..<end, placeholder))
                }
                index = next
                continue
            }
            // "ref no 7F3K9", "case: AB-12-CD": letters and digits mixed, just after a word that names a reference.
            let textSpeak = chunk.digits == 1 && chunk.uppercase == 0 && chunk.letters >= 2  // "4ever", "gr8"
            // "reference: ab12 cd34": a second such chunk right after one goes with it.
            let continues = index > 0 && spans.last.map { $0.1 == .reference && $0.0.upperBound == chunks[index - 1].range.upperBound } == true
                && onlySpaces(text, chunks[index - 1].range.upperBound, chunk.range.lowerBound)
            // After a word that names a reference a number's last letter is the reference's ("log number 859879M"),
            // not a unit.
            if chunk.letters >= 1, chunk.digits >= 1, chunk.text.count >= 4, !textSpeak,
               chunk.digits >= 5 || !isNumberWithUnit(chunk.text), continues || isNamedReference(chunks, before: index) {
                // "upn h801 234 567 890a": the groups after it, digits or a last one ending in a letter, go with it.
                var end = chunk.range.upperBound
                var next = index + 1
                while next < chunks.count, onlySpaces(text, end, chunks[next].range.lowerBound),
                      isDigitGroup(chunks[next]) || chunks[next].digits >= 2 && chunks[next].letters == 1 && chunks[next].text.count <= 5
                        && chunks[next].text.last?.isLetter == true
                        // "incident number: L650 451 P": a capital alone closing the groups.
                        || chunks[next].text.count == 1 && chunks[next].uppercase == 1 && chunks[next].text != "I"
                        && chunks[next - 1].digits >= 2 {
                    end = chunks[next].range.upperBound
                    next += 1
                }
                if continues, let last = spans.last {
                    spans[spans.count - 1] = (last.0.lowerBound..<end, .reference)
                } else {
                    spans.append((chunk.range.lowerBound..<end, .reference))
                }
                index = next
                continue
            }
            // "my number at the council is 4 5 6 7 8": single digits one by one after a word about references.
            if chunk.letters == 0, chunk.digits == 1, chunk.text.count == 1 {
                var next = index + 1
                while next < chunks.count, chunks[next].letters == 0, chunks[next].text.count == 1, chunks[next].digits == 1,
                      onlySpaces(text, chunks[next - 1].range.upperBound, chunks[next].range.lowerBound) {
                    next += 1
                }
                if next - index >= 4, isCuedReference(chunks, at: index, in: text) {
                    spans.append((chunk.range.lowerBound..<chunks[next - 1].range.upperBound, .reference))
                    index = next
                    continue
                }
            }
            // "lac 626185", "P 986 7774 54465", "ASC 610914": a prefix, then digit groups of six digits or more.
            if isDigitGroup(chunk) || chunk.digits >= 4 && chunk.letters == 0 {
                var end = chunk.range.upperBound
                var digits = chunk.digits
                var next = index + 1
                while next < chunks.count, isDigitGroup(chunks[next]), onlySpaces(text, end, chunks[next].range.lowerBound) {
                    end = chunks[next].range.upperBound
                    digits += chunks[next].digits
                    next += 1
                }
                let prefixed = index > 0 && (isPrefix(chunks[index - 1], before: chunk, in: text)
                    || isCuedPrefix(chunks, at: index - 1, in: text))
                let phoneLike = chunk.text.hasPrefix("0") && (10...11).contains(digits)
                if prefixed && digits >= 4 && !phoneLike {
                    if let last = spans.last, chunks[index - 1].range.lowerBound < last.0.upperBound {
                        spans[spans.count - 1] = (last.0.lowerBound..<end, last.1)
                    } else {
                        spans.append((chunks[index - 1].range.lowerBound..<end, .reference))
                    }
                    index = next
                    continue
                }
                if (4...5).contains(digits) && next == index + 1 && isCuedReference(chunks, at: index, in: text) {
                    spans.append((chunk.range, .reference))
                }
                index = next
                continue
            }
            index += 1
        }
        var result = text
        for (range, placeholder) in spans.reversed() { result.replaceSubrange(range, with: placeholder.rawValue) }
        return result
    }

    /// What a chunk is by its shape alone, or nil.
    static func kind(of chunk: Chunk) -> Placeholder? {
        let text = chunk.text
        guard chunk.letters >= 1, !text.utf8.contains(64) else { return nil }  // "@"
        if chunk.underscore && chunk.letters >= 2 { return .handle }
        // "kai#9280", "big#2747": a gamer's name and its "#" number.
        if text.utf8.contains(35), let hash = text.firstIndex(of: "#"), hash > text.startIndex, text[..<hash].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }),
           (2...6).contains(text[text.index(after: hash)...].count), text[text.index(after: hash)...].allSatisfy(\.isASCIIDigit) {
            return .handle
        }
        if chunk.letters >= 6 && (text.hasPrefix("xX") || text.hasPrefix("Xx")) && (text.hasSuffix("Xx") || text.hasSuffix("xX")) {
            return .handle
        }
        if chunk.digits >= 4 {
            if isNumberWithUnit(text) { return nil }
            let lower = chunk.letters - chunk.uppercase
            return chunk.letters >= 5 && lower >= 3 ? .handle : .reference
        }
        if chunk.letters >= 3 && chunk.digits >= 1 && (chunk.camel || chunk.dots > 0 || chunk.hyphens > 0)
            && text.first?.isLetter == true && !isNumberWithUnit(text) {
            return .handle  // "Blaze-Kiera93", "RapidSunny47", "fox.angelic117"
        }
        if chunk.letters >= 6 && (2...3).contains(chunk.digits) && text.last?.isNumber == true && text.first?.isLetter == true {
            // "pixiearber13", "foxpanda99": a word no list holds and a number; "cheesecake49", "butterfly94": an
            // everyday word in lower case run into a number, as only names on apps are written (not "windows10").
            let word = text.prefix { $0.isLetter }.lowercased()
            if word.count >= 6 && !Gazetteer.isEverydayWord(NameKey.key(word)) { return .handle }
            if word.count >= 6, chunk.uppercase == 0, word.count == chunk.letters, !numberedThings.contains(word) { return .handle }
        }
        if chunk.dots >= 2 && chunk.digits == 0 {
            // "the.real.poppy", "L.xo.x"; not "d.o.b" or "e.g." (every part one letter).
            let parts = text.split(separator: ".")
            if parts.count >= 3 && parts.contains(where: { $0.count >= 2 }) && parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
                return .handle
            }
        }
        if chunk.dots == 1 && chunk.digits == 0 && chunk.uppercase == 0 {
            // "gazza.p", "angel.a": a word and one letter, not two words run together ("home.i").
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 2, parts[1].count == 1, parts[1] != "i", parts[1] != "x", parts[0].count >= 3,
               parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
                return .handle
            }
        }
        return nil
    }

    /// Things written with their number run into them, which are no handle: "windows10", "iphone15", "summer24".
    static let numberedThings: Set<String> = [
        "windows", "iphone", "galaxy", "pixel", "summer", "winter", "spring", "autumn", "season", "version", "chapter",
        "series", "episode", "level", "covid", "christmas", "xmas", "easter", "euros", "worldcup", "playstation",
        "nintendo", "minecraft", "fortnite", "office", "college", "school", "primary", "secondary", "sixth", "classes",
        "channel", "number", "people", "points", "percent",
    ]

    /// "1000s", "2000am", "5000mah": a number with a unit, not an identifier.
    static func isNumberWithUnit(_ text: Substring) -> Bool {
        let digits = text.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        let rest = text.dropFirst(digits.count).lowercased()
        return units.contains(rest)
    }

    static let units: Set<String> = [
        "s", "am", "pm", "st", "nd", "rd", "th", "k", "m", "p", "x", "mins", "min", "hrs", "hr", "yrs", "yr", "kg",
        "km", "gb", "mb", "mah", "ml", "g", "h", "mph", "ish", "pcm", "pw", "ft", "cm", "mm", "kcal", "cal", "calories",
    ]

    /// Words that stand before a reference number ("lac 626185", "CPP 87754"), and short codes in capitals that
    /// are not words ("ASC 610914"), or one capital letter ("P 986 7774 54465").
    static func isPrefix(_ chunk: Chunk, before next: Chunk, in text: String) -> Bool {
        guard chunk.digits == 0, chunk.letters == chunk.text.count, onlySpaces(text, chunk.range.upperBound, next.range.lowerBound)
        else { return false }
        let lower = chunk.text.lowercased()
        if referencePrefixes.contains(lower) { return true }
        if chunk.letters == 1 { return chunk.uppercase == 1 && lower != "i" && lower != "a" }
        return chunk.uppercase == chunk.letters && (2...5).contains(chunk.letters) && !Gazetteer.isEverydayWord(lower)
            && !NameCues.functionWords.contains(lower)
    }

    /// "council ref xy 44821": a short run of letters that is not a word, between a word about references and
    /// the number.
    static func isCuedPrefix(_ chunks: [Chunk], at index: Int, in text: String) -> Bool {
        let chunk = chunks[index]
        guard chunk.digits == 0, (1...4).contains(chunk.letters), chunk.letters == chunk.text.count, index > 0,
              onlySpaces(text, chunk.range.upperBound, chunks[index + 1].range.lowerBound) else { return false }
        let lower = chunk.text.lowercased()
        guard !["i", "a", "is", "was", "no", "nr", "num", "id", "ref"].contains(lower), !NameCues.functionWords.contains(lower),
              !Gazetteer.isEverydayWord(lower) else { return false }
        return (max(0, index - 3)..<index).contains { referenceCues.contains(chunks[$0].text.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    static let referencePrefixes: Set<String> = [
        "lac", "cla", "cp", "cpp", "cin", "cic", "sc", "upn", "ehcp", "ehc", "yot", "yj", "lc", "lcc", "pep", "asc",
        "crn", "uln", "hb", "ctb",
    ]

    private static func isDigitGroup(_ chunk: Chunk) -> Bool {
        chunk.letters == 0 && chunk.digits >= 2 && chunk.digits == chunk.text.count
    }

    /// A short number after a word that says it is a reference: "ref 0968", "my number at the council is 94615".
    static func isCuedReference(_ chunks: [Chunk], at index: Int, in text: String) -> Bool {
        let chunk = chunks[index]
        if let before = text[..<chunk.range.lowerBound].last(where: { $0 != " " }), "£$€".contains(before) { return false }
        // "£60.99", "60.99": money, with its symbol in the chunk or two digits after a point.
        if let first = chunk.text.first, "£$€".contains(first) { return false }
        if chunk.dots == 1, let point = chunk.text.firstIndex(of: "."), chunk.text[point...].dropFirst().count == 2 { return false }
        // A group of a long number ("507 - 433 - 8328", "91168 - 19187"): `DigitRuns` reads the whole.
        let run = text[..<chunk.range.lowerBound].reversed().prefix { $0.isASCIIDigit || " -./".contains($0) }
        let ahead = text[chunk.range.upperBound...].prefix { $0.isASCIIDigit || " -./".contains($0) }
        if run.filter(\.isASCIIDigit).count + chunk.digits + ahead.filter(\.isASCIIDigit).count >= 9 { return false }
        if index + 1 < chunks.count, chunks[index + 1].letters > 0, units.contains(chunks[index + 1].text.lowercased())
            || ["quid", "pound", "pounds", "hours", "miles", "people"].contains(chunks[index + 1].text.lowercased()) {
            return false
        }
        let previous = index > 0 ? chunks[index - 1].text.lowercased() : ""
        if let year = Int(chunk.text), (1900...2039).contains(year),
           ["in", "since", "from", "until", "till", "til", "by", "of", "year", "summer", "winter", "spring", "autumn",
            "christmas", "before", "after", "and", "to", "-", "around", "early", "late", "back"].contains(previous) {
            return false
        }
        // A year ("in december 2023") is a reference only right after the word: "ref 2023".
        let yearLike = Int(chunk.text).map { (1950...2039).contains($0) } ?? false
        for back in 1...(yearLike ? 2 : 6) where index - back >= 0 {
            let word = chunks[index - back].text.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if referenceCues.contains(word) { return true }
        }
        return false
    }

    /// Whether a word that names a reference ("ref", "case", "upn") stands within three chunks before `index`,
    /// only small words between ("ref no", "case id:", "my ref is").
    static func isNamedReference(_ chunks: [Chunk], before index: Int) -> Bool {
        for back in 1...3 where index - back >= 0 {
            let word = chunks[index - back].text.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if namedReferences.contains(word) { return true }
            guard ["no", "number", "num", "nr", "is", "was", "its", "it's", "#", ":", "-", "id", "ref"].contains(word) || word.isEmpty
            else { return false }
        }
        return false
    }

    /// Words that name a reference themselves (not "number", which names phones and rooms too).
    static let namedReferences: Set<String> = [
        "ref", "reference", "refrence", "referance", "case", "file", "upn", "uln", "crn", "claim", "mosaic", "lac",
        "cla", "cp", "cpp", "cin", "ehcp", "client", "customer", "account", "membership", "application", "pupil", "id",
        "quote", "candidate", "learner", "tenancy", "patient",
        // The police's and housing's own numbers: "police log number 859879M", "crime no. CR 4471", "bidding number".
        "log", "incident", "crime", "bidding", "complaint", "booking", "tracking", "enquiry", "occurrence", "offence",
    ]

    static let referenceCues: Set<String> = [
        "ref", "reference", "refrence", "referance", "case", "file", "council", "lac", "cla", "cin", "cp", "cpp", "upn",
        "id", "pupil", "student", "claim", "account", "crn", "ehcp", "ehc", "yot", "membership", "customer",
        "application", "uln", "ref:", "#", "no", "number", "num", "numba", "nmbr", "nr", "mosaic", "quote", "candidate",
        "learner", "tenancy", "patient", "log", "incident", "crime", "bidding", "complaint", "booking", "occurrence",
    ]

    private static func onlySpaces(_ text: String, _ from: String.Index, _ to: String.Index) -> Bool {
        from <= to && text[from..<to].allSatisfy { $0 == " " }
    }
}
