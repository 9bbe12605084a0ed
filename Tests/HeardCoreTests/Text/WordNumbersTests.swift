import Testing
@testable import HeardCore

/// `WordNumbers` must answer exactly as the `[String: Int32]` it replaces in the hot loops.
@Suite("Words numbered and found again")
struct WordNumbersTests {
    @Test("words are numbered in order, a repeat keeps its first number, and a missing word is nil")
    func numbering() {
        var numbers = WordNumbers(["carer", "school", "carer", "social"])
        #expect(numbers.count == 3)
        #expect(numbers["carer"] == 0 && numbers["school"] == 1 && numbers["social"] == 2)
        #expect(numbers["care"] == nil && numbers["carers"] == nil && numbers[""] == nil)
        #expect(numbers.add("worker") == 3 && numbers.add("school") == 1 && numbers.count == 4)
    }

    @Test("the answers match a dictionary's on many words, after the table has grown several times")
    func matchesDictionary() {
        var numbers = WordNumbers([String]())
        var dictionary: [String: Int32] = [:]
        for index in 0..<3000 where index % 3 != 0 {
            let word = "w\(index * 7919 % 10007)"
            let number = numbers.add(word)
            if dictionary[word] == nil { dictionary[word] = number }
            #expect(dictionary[word] == number)
        }
        for index in 0..<3000 {
            let word = "w\(index * 7919 % 10007)"
            #expect(numbers[word] == dictionary[word], "\(word)")
        }
    }

    @Test("a word outside ASCII is found the way Swift compares strings: é as one scalar or as e and an accent")
    func unicodeEquivalence() {
        let numbers = WordNumbers(["caf\u{E9}", "\u{17C}aneta", "kelvin"])
        #expect(numbers["cafe\u{301}"] == 0)
        #expect(numbers["caf\u{E9}"] == 0)
        #expect(numbers["z\u{307}aneta"] == 1)
        #expect(numbers["cafe"] == nil)
        // The Kelvin sign is "K" to Swift: a table holding it must find the ASCII spelling as a dictionary does.
        let kelvin = WordNumbers(["\u{212A}m"])
        #expect(kelvin["Km"] == ["\u{212A}m": Int32(0)]["Km"])
    }
}
