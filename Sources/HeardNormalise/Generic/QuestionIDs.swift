import HeardCore

/// Question ids for one export: a bank id for the one column that matches a bank question best, and for every
/// other closed question an id made from its wording (`custom:how-often-do-you-see-your-iro`), unique within
/// the export, so that two questions are never counted as one.
enum QuestionIDs {
    static func custom(for wording: String) -> String {
        let words = wording.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var slug = ""
        for word in words {
            if slug.count + word.count + 1 > 80 {
                return "custom:" + slug + "-" + hash(wording)
            }
            slug += slug.isEmpty ? word : "-" + word
        }
        return "custom:" + (slug.isEmpty ? hash(wording) : slug)
    }

    /// Settles the ids of every question column: listed columns keep theirs; of several columns matching the
    /// same bank question the best match keeps it; every other closed question gets its own custom id.
    static func assign(_ guesses: inout [ColumnClassifier.Guess], header: [String], bank: QuestionBank) {
        var best: [String: Int] = [:]
        for (index, guess) in guesses.enumerated() where guess.role == .question {
            guard let id = guess.question, bank[id] != nil else { continue }
            if let holder = best[id] {
                let current = guesses[holder]
                let better = (guess.confidence >= 1 && current.confidence < 1)
                    || (current.confidence < 1 && guess.confidence < 1 && guess.bankScore > current.bankScore)
                let loser = better ? holder : index
                if better { best[id] = index }
                if guesses[loser].confidence < 1 {
                    guesses[loser].question = nil
                    guesses[loser].reason += "; another column matched the same bank question better"
                }
            } else {
                best[id] = index
            }
        }
        var owner: [String: String] = [:]
        for (index, guess) in guesses.enumerated() where guess.role == .question {
            let wording = guess.text ?? header[index]
            if let id = guess.question {
                owner[id] = owner[id] ?? wording
                continue
            }
            var id = custom(for: wording), suffix = 2
            while let holder = owner[id], holder != wording {
                id = custom(for: wording) + "-\(suffix)"
                suffix += 1
            }
            owner[id] = wording
            guesses[index].question = id
        }
    }

    /// A short stable hash (FNV-1a) for long or wordless wordings.
    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value % 0xffff_ffff, radix: 36)
    }
}
