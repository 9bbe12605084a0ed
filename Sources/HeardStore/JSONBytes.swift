import HeardCore

/// The store's compact JSON (a response's answers, a comment's tags) written as UTF-8 bytes into one array and
/// bound to SQLite from there (`Statement.Binder.text(bytes:)`): no `String` is built per row. The bytes are
/// exactly `CompactJSON`'s text of the same values: strings go through `JSONString`'s one escaping loop.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string literal of `value` (`JSONString`'s one escaping loop).
    mutating func string(_ value: String) { JSONString.write(value, to: &bytes) }

    /// A number as `CompactJSON.number` writes it.
    mutating func number(_ value: Double) {
        var text = ""
        CompactJSON.number(value).write(to: &text)
        bytes.append(contentsOf: text.utf8)
    }
}

extension Store {
    /// `encode(answers)`'s text as bytes.
    static func encodedBytes(_ answers: [Answer]) -> [UInt8] {
        var json = JSONBytes(capacity: answers.count * 48 + 2)
        json.append("[")
        for (index, answer) in answers.enumerated() {
            json.append(index == 0 ? "[" : ",[")
            json.string(answer.questionID)
            switch answer.value {
            case .option(let label):
                json.append(",\"option\",")
                json.string(label)
            case .notAnswered: json.append(",\"not-answered\",null")
            case .unrecognised: json.append(",\"unrecognised\",null")
            }
            json.append("]")
        }
        json.append("]")
        return json.bytes
    }

    /// `encode(tags)`'s text as bytes.
    static func encodedBytes(_ tags: [ThemeTag]) -> [UInt8] {
        var json = JSONBytes(capacity: tags.isEmpty ? 2 : tags.count * 64)
        json.append("[")
        for (index, tag) in tags.enumerated() {
            json.append(index == 0 ? "[" : ",[")
            json.string(tag.themeID)
            json.append(",[")
            for (position, evidence) in tag.evidence.enumerated() {
                if position > 0 { json.append(",") }
                json.string(evidence)
            }
            json.append("],")
            json.number(tag.confidence)
            json.append("]")
        }
        json.append("]")
        return json.bytes
    }
}
