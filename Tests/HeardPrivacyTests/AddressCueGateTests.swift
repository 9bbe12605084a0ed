import Testing
@testable import HeardPrivacy

/// The quick test before the "live at / address is" pattern must never turn away a comment the pattern matches.
@Suite("Address cue gate")
struct AddressCueGateTests {
    /// Every cue of the pattern, in words of our own, with the spacing and case a young person might type.
    static let cued: [String] = [
        "i live at the old mill", "she LIVES ON sandpiper way", "we lived\tat nine elms", "been living  at the grange",
        "livin at wrens nest", "i stay at my nans", "stays on the boat", "STAYED AT the hollies", "staying on oak row",
        "stayin at the lodge", "sofa surfing at a mates", "was placed on the farm", "my address is hilltop",
        "adress: bramble view", "addy was nowhere", "address now - the cedars", "my new place is bleak house",
        "old flat was damp lane", "mums house is by the river", "dad's home was the rectory", "nans gaff is up north",
        "carers placement is the willows", "my flat is on the top", "post it to my nan", "send it to the hostel",
        "they put me in a unit", "placed us into ivy house", "moved me to the coast", "hostel at the quay",
        "hostle on main st", "b&b at the front", "bnb on the seafront", "placement at hill farm", "c/o the pines",
        "c / o foxes den", "C/ O the barn", "care of my aunty", "post still goes to the old house", "letters go 2 my mum",
        "mail went to my old flat", "letter comes to nans", "write to me at the manor", "write to us at greenbank",
        "deliver it to rose lodge", "delivered to my carer", "lodgings is at the mill", "placement was in the village",
        "come round to the cottage", "came over to fern hill", "coming round to ours", "sent the letters to my dad",
        "posted post to the old house", "send stuff to my nans", "sent form to school",
    ]

    @Test("every cue the pattern finds is let through")
    func cuesPass() {
        let variants = Self.cued + Self.cued.map { $0.uppercased() } + Self.cued.map { $0.replacingOccurrences(of: " ", with: "\n ") }
        for text in variants {
            let matched = AddressCues.before.firstMatch(in: text) != nil
            #expect(!matched || AddressCueGate.mayHold(ASCIISearch.lowered(text)), "\(text)")
        }
        // The cues are the pattern's: each is matched, so the check above is not empty.
        #expect(Self.cued.allSatisfy { AddressCues.before.firstMatch(in: $0) != nil })
    }

    @Test("every comment of the development corpora that the pattern matches is let through")
    func corpusPasses() throws {
        var matched = 0
        for name in ["dev.csv", "held-out.csv"] {
            for text in try corpus(name).map(\.text) where !text.utf8.contains(where: { $0 >= 0x80 }) {
                guard AddressCues.before.firstMatch(in: text) != nil else { continue }
                matched += 1
                #expect(AddressCueGate.mayHold(ASCIISearch.lowered(text)), "\(text)")
            }
        }
        #expect(matched > 0)
    }

    @Test("comments the quick substring test let through without a whole cue are turned away")
    func plainCommentsTurnedAway() {
        for text in ["my house has a garden", "it was good to go out", "my social worker is kind", "i go to school on time",
                     "we went to the park", "care is ok", "put the tv on"] {
            #expect(!AddressCueGate.mayHold(ASCIISearch.lowered(text)), "\(text)")
        }
    }

    @Test("white space runs are read as one space")
    func squeezing() {
        #expect(AddressCueGate.squeezingSpaces(Array("a \t\n b  c".utf8)) == Array("a b c".utf8))
    }
}
