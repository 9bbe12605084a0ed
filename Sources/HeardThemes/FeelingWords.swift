import HeardCore

/// Words that praise or complain and how strongly (-4 to 4), from the plain list `Data/feeling-words.txt`. The
/// polarity model counts them so that it recognises praise and complaint in words it never saw in training.
enum FeelingWords {
    static let ratings: [String: Double] = parse(EmbeddedData.feelingWords)

    static func parse(_ text: String) -> [String: Double] {
        var ratings: [String: Double] = [:]
        for line in DataFile.lines(text) {
            let fields = line.text.split(separator: "\t")
            if fields.count == 2, let rating = Double(fields[1]) { ratings[String(fields[0])] = rating }
        }
        return ratings
    }
}

/// First words of a sentence that usually ask for something (`Data/request-starts.txt`): "Give us...", "Someone
/// who...", "To be listened to".
enum RequestStarts {
    static let words: Set<String> = Set(DataFile.lines(EmbeddedData.requestStarts).map { String($0.text) })
}
