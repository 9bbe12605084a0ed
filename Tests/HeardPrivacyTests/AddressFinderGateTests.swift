import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPrivacy

/// `AddressFinderGate` lets the address finder skip an ASCII comment only when the finder would find nothing in
/// it: checked on every comment of the repository's corpora, and of the development sets and the real material
/// beside the package when they are present, and on one example of each way an address can start.
@Suite("The address finder's gate")
struct AddressFinderGateTests {
    @Test("each way an address starts opens the gate, and the finder finds it", arguments: [
        "we went to brackenhurst.",  // a one-word house after "to"
        "come to 114b cedar if u want",  // a house number and a name
        "they put me in 21 sycamore which is miles away",
        "i live 230 Tran Hung Dao, Q.6 now",  // a foreign street's name after its number
        "Hillside, the Crescent",  // a house name, then "the ..." after a comma
        "Hatfield Block, no. 37",  // a house name, then a number's marker after a comma
        "19 market [postcode]",  // a postcode placeholder
        "Flat 4, Kestrel Heights",  // a unit's word with its number
        "12 Mill Rd was cold",  // a street type
        "12 mill raod was cold",  // a misspelt street type
        "the old rectory is where we stay",  // a house named for what it was
        "str Trandafirilor nr 89 bl D5 ap 60",  // parts named by a number
        "545 nong jianguo lu",  // a part counted after its number
        "Hauptstrasse 5 war schön",  // a street word's ending
    ])
    func opensOnEachStart(_ text: String) {
        #expect(AddressFinderGate.mayFind(text))
        #expect(!AddressFinder(text).spans().isEmpty, "the example is an address the finder finds")
    }

    @Test("ordinary comments with a digit are turned away", arguments: [
        "im 15 and i like my carers",
        "i have been in care for 3 years and it is ok",
        "call me on 07700 900123 after 5",
        "my sw came 2 times this month",
    ])
    func closesOnOrdinaryComments(_ text: String) {
        #expect(!AddressFinderGate.mayFind(text))
    }

    @Test("the finder finds nothing in any comment the gate turns away")
    func soundOnCorpora() throws {
        var texts = try corpus("dev.csv").map(\.text) + corpus("held-out.csv").map(\.text)
        #expect(texts.count >= 2300, "the repository's own corpora are always here")
        texts += Self.developmentTexts()
        var closed = 0
        for text in texts {
            for line in Set([text] + text.split(whereSeparator: \.isNewline).map(String.init)) {
                let ascii = TextFolding.isASCII(line)
                guard !(ascii ? AddressFinderGate.mayFind(line) : AddressFinderGate.mayFind(outsideASCII: line)) else { continue }
                closed += 1
                #expect(AddressFinder(line).spans().isEmpty, "\(line)")
            }
        }
        #expect(closed > texts.count / 4)
    }

    @Test("outside ASCII, symbols read as any other mark: the gate opens where the finder finds, and a letter opens it", arguments: [
        ("we live at 12 Mill Rd 🙂 its ok", true),
        ("12 Mill Rd\u{2014}cold", true),  // an em dash as a gap
        ("\u{201C}Flat 4, Kestrel Heights\u{201D}", true),
        ("come to 114b cedar 👍🏽 if u want", true),
        ("im 15 and i like my carers 🙂", false),
        ("my sw came 2 times \u{2013} its fine 💙💙", false),
        ("call me on 07700\u{2009}900123 after 5", false),  // a thin space between digits
        ("call me on 07700\u{00A0}900123 after 5", true),  // the finder reads a no-break space as a space
        ("no№ 5 is fine", true),
        ("1\u{FE0F}\u{20E3} im ok", true),  // a keycap digit is a number outside ASCII
        ("im 15 and i like café", true),  // a letter outside ASCII
        ("my carer’s ok 2 be fair", true),  // the curly apostrophe joins a word's letters
    ])
    func symbolsOutsideASCII(_ text: String, opens: Bool) {
        #expect(AddressFinderGate.mayFind(outsideASCII: text) == opens)
        // A symbol and a control byte in its place are read alike: the gate and the finder answer the same for both.
        let marked = String(text.map { $0.utf8.allSatisfy { $0 < 0x80 } ? $0 : "\u{1}" })
        if !text.contains(where: { !$0.isASCII && ($0.isLetterQuick || $0.isNumberQuick || $0 == "’"
            || AddressFinderGate.readByFinder.contains($0)) }) {
            #expect(AddressFinderGate.mayFind(marked) == opens)
            #expect(AddressFinder(text).spans() == AddressFinder(marked).spans())
        }
    }

    /// The `text` column of every `../devdata/redaction/*.csv` and the real statements in `../shared/eval`, when present.
    static func developmentTexts() -> [String] {
        var texts: [String] = []
        let folder = DevelopmentSets.root.appending(path: "../devdata/redaction")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".csv") {
            guard let data = try? Data(contentsOf: folder.appending(path: name)),
                  let table = try? CSVReader().read(Array(data), source: SourceLocation(file: name), diagnostics: DiagnosticCollector()).first
            else { continue }
            texts += table.rows.map { $0[0] }
        }
        for url in [DevelopmentSets.themesReal, DevelopmentSets.safeguardingReal] {
            guard let data = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in data.split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                texts.append(text)
            }
        }
        return texts
    }
}
