import HeardCore

/// "Other (please specify)" boxes: SurveyMonkey writes a choice question's "Other" as a column of its own
/// ("Who do you live with? - Other (please specify)") holding what young people typed, and for a single-choice
/// question often leaves the choice column blank. A box straight after its question's columns is linked to it,
/// so that writing in it counts as answering "Other (please specify)" (labelled as the export labels it) while
/// the words stay a comment.
enum OtherBoxes {
    static func link(_ guesses: inout [ColumnClassifier.Guess], header: [String], parts: [HeaderParts?]) {
        for index in guesses.indices where guesses[index].role == .freeText && index > 0 {
            let known = index < parts.count ? parts[index] : nil
            guard let box = known ?? (parts.isEmpty ? HeaderParts.parse(header[index]) : nil), box.style == .dash,
                  MetadataHeaders.isOtherPleaseSpecify(TextFolding.fold(box.row)) else { continue }
            let question = TextFolding.fold(box.question)
            // The question's own columns, straight before the box (other boxes of it may sit between).
            var members: [Int] = []
            var position = index - 1
            while position >= 0 {
                let guess = guesses[position]
                let wording = TextFolding.fold(guess.text ?? header[position])
                if guess.role == .question, wording == question,
                   guess.format == .single || guess.format == .multiple || guess.format == nil {
                    members.append(position)
                } else if !(guess.role == .freeText && wording.hasPrefix(question)) {
                    break
                }
                position -= 1
            }
            guard let first = members.last else { continue }
            // A multi-select question with an "Other" tick column of its own counts the box under that option.
            let tick = members.compactMap { guesses[$0].option }.first { label in
                let folded = TextFolding.fold(label)
                return folded == "other" || MetadataHeaders.isOtherPleaseSpecify(folded)
            }
            guesses[index].otherFor = guesses[first].text ?? header[first]
            guesses[index].option = tick ?? label(box.row)
        }
    }

    /// The box's label without the numbering that makes a repeated header unique ("Other (please specify) (2)").
    private static func label(_ row: String) -> String {
        let trimmed = row.trimmingSpaces
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return trimmed }
        let number = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit) else { return trimmed }
        return String(trimmed[..<open]).trimmingSpaces
    }
}
