import Foundation
import Testing
@testable import HeardPrivacy

@Suite("The gazetteer's plain lists")
struct GazetteerTests {
    static let data = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/HeardPrivacy/Data")

    @Test("each embedded list is its file on disk, one lower-case entry per line, sorted", arguments: [
        ("given-names.txt", EmbeddedData.givenNames), ("surnames.txt", EmbeddedData.surnames),
        ("english-words.txt", EmbeddedData.englishWords), ("places.txt", EmbeddedData.places),
        ("not-names.txt", EmbeddedData.notNames), ("everyday-names.txt", EmbeddedData.everydayNames),
        ("common-surnames.txt", EmbeddedData.commonSurnames),
    ])
    func listsAreTheirFiles(name: String, embedded: String) throws {
        let onDisk = try String(contentsOf: Self.data.appending(path: name), encoding: .utf8)
        let same = onDisk == embedded
        #expect(same, "\(name) differs from the list built into heard: rebuild")
        let entries = onDisk.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(!entries.isEmpty)
        let sorted = entries == entries.sorted()
        #expect(sorted, "\(name) is not sorted: was it edited by hand?")
        let clean = entries.allSatisfy { $0 == $0.lowercased() && $0 == $0.trimmingCharacters(in: .whitespaces) }
        #expect(clean, "\(name) has an entry with capitals or spaces around it")
    }

    @Test("names written with letters outside Latin-1 are kept, and found with or without their marks", arguments: [
        "małgorzata", "żaneta", "ștefan", "ayşe", "çağla", "bartłomiej", "ionuț",
    ])
    func everyAlphabet(name: String) {
        #expect(Gazetteer.givenNames.contains(NameKey.key(name)))
        #expect(Gazetteer.givenNames.contains(NameKey.key(name.folding(options: .diacriticInsensitive, locale: nil))))
    }

    @Test("names come from more than one national list")
    func nationalLists() {
        for name in ["oliwia", "andreea", "emre", "chidi", "kwame", "nguyen", "okafor", "kowalski", "yilmaz"] {
            #expect(Gazetteer.isName(name), "\(name)")
        }
    }

    @Test("a name key drops marks and keeps other alphabets")
    func keys() {
        #expect(NameKey.key("łukasz") == "lukasz")
        #expect(NameKey.key("ştefan") == NameKey.key("ștefan"))
        #expect(NameKey.key("ıhsan") == "ihsan")
        #expect(NameKey.key("олександр") == "олександр")
        #expect(NameKey.key("o'brien") == "obrien")
    }
}
