/// The parts of an address said aloud that stand beside an `[address]` already found, joined to it: a house
/// number in words with "hundred" ("one hundred and [address]", "number one hundred and four [address]"), a flat's
/// letter before the building's line ("[address] a, number ... [address]", "[address] b on [address]"), a
/// correction between two ("[address] - no sorry [address]"), a floor, door or room after it ("[address] floor
/// fourteenth number seventy-four", "[address], door forty eight"), and where in the street the home is
/// ("upstairs from the pharmacy on [address]", "the one above the launderette on [address]").
enum AddressSaidParts {
    static func join(_ text: String) -> String {
        var result = text
        for pattern in patterns { result = pattern.replace(in: result, with: .address) }
        return result
    }

    private static let number = #"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d{1,4}[a-z]?)"#
    private static let ordinal = #"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|ground|top|\d{1,2}(?:st|nd|rd|th))"#
    private static let numberWords = "(?:" + number + #"(?:[\s-]+"# + number + ")?)"
    private static let place = #"\[address\]"#

    private static let patterns: [Pattern] = [
        // "number one hundred and four [address]": a number in words with "hundred" before it.
        Pattern(#"\b(?:(?:number|no\.?)\s+)?(?:"# + number + #"[\s-]+)+hundred(?:\s+and)?(?:[\s-]+"# + number + #")*\s+"# + place),
        // "[address] a, number one hundred and seven [address]", "[address] b on [address]".
        Pattern(place + #",?\s+[a-h],?\s+(?:(?:on|in|at)\s+)?(?:(?:number|no\.?)\s+)?(?:(?:"# + number + #"|hundred|and)[\s-]+)*"# + place),
        // "[address] - no sorry [address]", "[address], no, [address]".
        Pattern(place + #",?\s*(?:-\s*)?(?:no,?\s+sorry|sorry,?\s+no|no,?\s+wait|no|sorry|wait|i\s+mean),?\s*(?:-\s*)?"# + place),
        // "[address] floor fourteenth number seventy-four", "[address], door forty eight".
        Pattern(place + #"(?:,?\s+(?:floor|door|flat|room|unit|apartment|apt)\s+(?:"# + ordinal + "|" + numberWords + #")(?:\s+(?:number|no\.?)\s+"# + numberWords + ")?)+" + #"(?![\w-])"#),
        // "upstairs from the pharmacy on [address]", "the one above the launderette on [address]".
        Pattern(#"\b(?:(?:upstairs|downstairs)\s+(?:from|above|over)|(?:the\s+)?(?:one|flat)\s+(?:above|over|below|under))\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|off|at\s+the\s+(?:bottom|top|end)\s+of)\s+"# + place),
    ]
}
