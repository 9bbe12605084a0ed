import Testing
@testable import HeardPrivacy

@Suite("Word classes: the finders' lists read once per word")
struct WordClassesTests {
    @Test("every class agrees with its list, for every word of every list")
    func classesMatchLists() {
        var words: Set<String> = ["", "zebrafish", "ourselves", "stt", "grandmas", "ſt"]
        for (_, list) in WordClasses.lists { words.formUnion(list) }
        for word in words {
            let classes = WordClasses.of(word)
            for (kind, list) in WordClasses.lists {
                #expect(classes.contains(kind) == list.contains(word), "\(word)")
            }
        }
    }

    @Test("each class stands for one list, and no two share a bit")
    func oneBitEach() {
        let bits = WordClasses.lists.map(\.0.rawValue)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
        #expect(Set(bits).count == bits.count)
    }

    @Test("a comment's words carry their classes, found from their lower-case form")
    func wordsCarryClasses() {
        let words = Words("Then my Nan took me to Saint Bede's Academy").items
        let byLower = Dictionary(words.map { ($0.lower, $0.classes) }, uniquingKeysWith: { first, _ in first })
        #expect(byLower["then"]?.contains(.clauseJoin) == true)
        #expect(byLower["nan"]?.contains(.relation) == true)
        #expect(byLower["saint"]?.contains(.saintOpener) == true)
        #expect(byLower["academy"]?.contains(.schoolStart) == true)
        #expect(byLower["took"]?.contains(.relation) == false)
        for word in words { #expect(word.classes == WordClasses.of(word.lower)) }
    }

    @Test("case is read the same with the quick look at ASCII letters")
    func caselessWords() {
        let words = Words("وليد said żółć to Élodie and élodie, ok").items
        #expect(words[0].isCaseless)
        #expect(words.dropFirst().allSatisfy { !$0.isCaseless })
    }

    @Test("a word's gazetteer flags answer what the gazetteer's own lists say of its key")
    func gazetteerFlags() {
        let text = "Jay Smith, Hope and Ólafur went past Grimsby with Mr Oakenshaw-Bright and the cat lol"
        let words = Words(text).items
        #expect(words.count > 10)
        for word in words {
            #expect(word.lists == (Gazetteer.flags[word.key] ?? []))
            #expect(word.lists.isEveryday == Gazetteer.isEverydayWord(word.key), "\(word.key)")
            #expect(word.lists.isName == Gazetteer.isName(word.key), "\(word.key)")
            #expect(word.lists.contains(.place) == Gazetteer.places.contains(single: word.key), "\(word.key)")
            #expect(word.lists.contains(.given) == Gazetteer.givenNames.contains(word.key), "\(word.key)")
            #expect(word.lists.contains(.notName) == Gazetteer.notNames.contains(word.key), "\(word.key)")
        }
        #expect(words.first { $0.key == "grimsby" }?.lists.contains(.place) == true)
        #expect(words.first { $0.key == "jay" }?.lists.isName == true)
    }

    @Test("a school word is unknown by its reading as by its key, hyphenated or not")
    func unknownByReading() {
        for word in Words("Zorbleton went to Thwaite-Quimby and then the house-party, alwys").items {
            #expect(SchoolFrames.isUnknown(word) == SchoolFrames.isUnknown(word.key), "\(word.key)")
        }
    }
}
