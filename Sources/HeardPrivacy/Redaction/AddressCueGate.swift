/// Whether `AddressCues`' "live at / address is" pattern can match an ASCII comment at all: the words of one of
/// its cues, in order, with the pattern's spaces read as one space. The quick substring test before it ("e is",
/// "t was", "go to") lets through about one comment in seven, and the pattern costs more than the rest of the
/// address pass on each; this test lets through only comments that hold a whole cue.
///
/// It never turns away a comment the pattern matches: in ASCII text the pattern's letters match their own
/// lower or upper case only, every run of white space (`\s+`, `\s*`) is squeezed here to one space (or none,
/// for `\s*`: both forms are needles), and each needle below is a part every match of its cue holds. Text
/// outside ASCII is not tested (case folding reaches other letters there) and goes to the pattern as before.
enum AddressCueGate {
    static func mayHold(_ lower: [UInt8]) -> Bool {
        let squeezed = squeezingSpaces(lower)
        if cues.containsAny(squeezed) { return true }
        // "(post|letters?|mail) (still )?(goes|go|went|comes) (2|to)".
        return mailWords.containsAny(squeezed) && mailGoes.containsAny(squeezed)
    }

    /// The bytes with each run of white space (anything `\s` can match in ASCII, and a little more) as one space.
    static func squeezingSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var inSpace = false
        for byte in bytes {
            if (9...13).contains(byte) || (28...32).contains(byte) {
                if !inSpace { result.append(32) }
                inSpace = true
            } else {
                result.append(byte)
                inSpace = false
            }
        }
        return result
    }

    /// One needle (or more) for each of the pattern's cues.
    static let cues = ASCIISearch.Needles(cueNeedles)

    static var cueNeedles: [String] {
        var needles: [String] = []
        // "(live|lives|...|placed) (at|on)"
        let dwelling = ["live", "lives", "lived", "living", "livin", "stay", "stays", "stayed", "staying", "stayin", "surfing", "placed"]
        for verb in dwelling { needles += [verb + " at", verb + " on"] }
        // "(address|adress|addy)..."
        needles += ["address", "adress", "addy"]
        // "(new|old|...) (place|flat|house|home|gaff|placement) (is|was)", "my flat is"
        for home in ["place", "flat", "house", "home", "gaff", "placement"] { needles += [home + " is", home + " was"] }
        // "(post|send) it to"
        needles += ["post it to", "send it to"]
        // "(put|placed|moved) (me|us) (in|into|to)"
        for verb in ["put", "placed", "moved"] {
            for person in ["me", "us"] { needles += ["\(verb) \(person) in", "\(verb) \(person) to"] }
        }
        // "(hostel|hostle|b&b|bnb|placement) (at|on)"
        for stay in ["hostel", "hostle", "b&b", "bnb", "placement"] { needles += [stay + " at", stay + " on"] }
        // "c\s*/\s*o", "care of"
        needles += ["c/o", "c /o", "c/ o", "c / o", "care of"]
        // "write to (me|us) at", "deliver(ed)? (it )?to"
        needles += ["write to me at", "write to us at", "deliver to", "delivered to", "deliver it to", "delivered it to"]
        // "(lodgings|placement) (is|was) (at|in)": "placement is" above
        needles += ["lodgings is", "lodgings was"]
        // "(come|came|coming) (round|over) to"
        needles += ["round to", "over to"]
        // "(sent|send|posted) (the )?(letters?|post|stuff|form) to"
        needles += ["letter to", "letters to", "post to", "stuff to", "form to"]
        return needles
    }

    static let mailWords = ASCIISearch.Needles(["post", "letter", "mail"])
    static let mailGoes = ASCIISearch.Needles(["goes 2", "goes to", "go 2", "go to", "went 2", "went to", "comes 2", "comes to"])
}
