/// A ticket's or a complaint's number written after "#": "request #74414", "ticket # 558201", "#0093". Four
/// digits or more after the mark are a case's number; a year is not ("#2024", "# 1999" stay), nor a rank or a
/// hashtag of words ("#1", "#blessed").
enum HashNumbers {
    static let shape = Pattern(#"(?<![\w#&])#\s?(\d{4,})(?![\d/.\-]?\w)"#)

    static func redact(_ text: String) -> String {
        guard text.utf8.contains(35) else { return text }
        return shape.redact(in: text, with: .reference) { match in
            guard let digits = match.group(1) else { return false }
            return !(digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20")))
        }
    }
}
