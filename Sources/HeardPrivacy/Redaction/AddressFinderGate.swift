/// Whether `AddressFinder` can find an address in an ASCII comment at all, read in one pass over its bytes, token
/// by token as `AddressTokens` cuts them, without the finder's tables: most comments that reach the address
/// pass (a digit, a street or home word, an address cue) hold no address, and the finder costs several times
/// what this test does.
///
/// It never turns away a comment the finder finds an address in. Every start (`AddressFinder.anchor`) and every
/// part after a house name of any words (`part`, reached after a comma or a line break) needs one of:
/// - a word of the finder's lists (`Role.anchor`): a building, dwelling or home word, a street type (or a
///   misspelt one), a street word of another language or a word ending like one; a flat's, room's or pitch's word
///   after a floor ("ground floor flat"), before "above" or "below", or with a number anywhere (in digits or
///   words: "Flat 4", "flat twelve"); a word that numbers
///   a part ("kv", "no") only before a number or a short word; a word that counts one ("hao") only after a
///   number; "old" only after "the" ("the old rectory");
/// - a word that places someone ("to", "at", "called") and a lower-case word of six letters or more that reads
///   as a name of its own ("moved to redroofs": the one-word house of `AddressFinder.home`);
/// - a house number and a word of its own after it ("come to 114b cedar", "230 Tran Hung Dao": `numberedName`,
///   `namePiece`);
/// - a postcode's placeholder, or "the" or a number's marker after a comma or a line break ("Hillside, the
///   Crescent", "Hatfield Block, no. 37": the parts after a house name).
/// `AddressFinderGateTests` runs the finder on every comment the gate turns away (fixtures, development sets).
enum AddressFinderGate {
    static func mayFind(_ text: String) -> Bool {
        if ASCIISearch.contains(text, Placeholder.postcode.rawValue) { return true }
        let bytes = Array(text.utf8)
        var scan = Scan()
        var found = false
        AddressTokens.cutASCII(bytes) { cut in
            let token = Token(bytes: bytes, start: cut.start, end: cut.wordEnd, kind: cut.kind, gapStart: cut.gapStart,
                              first: scan.isFirst)
            found = scan.read(token, bytes: bytes)
            return !found
        }
        return found || scan.sawUnit && scan.sawNumber
    }
}
