import Foundation

/// Words that praise or complain and how strongly (-4 to 4), from the plain list `Data/feeling-words.txt`. The
/// polarity model counts them so that it recognises praise and complaint in words it never saw in training.
enum FeelingWords {
    static let ratings: [String: Double] = parse(EmbeddedData.feelingWords)

    static func parse(_ text: String) -> [String: Double] {
        var ratings: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let rating = Double(fields[1]) { ratings[String(fields[0])] = rating }
        }
        return ratings
    }
}

/// First words of a sentence that usually ask for something (`Data/request-starts.txt`): "Give us...", "Someone
/// who...", "To be listened to".
enum RequestStarts {
    static let words: Set<String> = Set(EmbeddedData.requestStarts.split(separator: "\n")
        .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
}
