import Foundation
/// Deterministic synthetic survey rows for benchmarks: invented names, answers and comments built from
/// fragments, with the quoting, commas and newlines real exports have.
enum SyntheticSurvey {
    static let commentColumn = 8

    /// Rows in a Microsoft Forms shape, ids starting at `first`.
    static func rows(count: Int, first: Int = 1000) -> (header: [String], rows: [[String]]) {
        let header = ["ID", "Start time", "Completion time", "Email", "Name", "How old are you?",
                      "Do you feel safe where you live?", "Do you have a really good friend?", "What could we do better?"]
        let names = ["Jayden Smith", "Amelia Kowalski", "Aisha Hussain", "Tomasz Nowak", "Precious Okafor", "Liam O'Neill"]
        let answers = ["Always", "Most of the time", "Sometimes", "Hardly ever", "Never", "", "N/A"]
        let openings = ["i want to", "can we", "my sw should", "it would be good to", "please", "i wish i could"]
        let middles = ["see my brother more", "stay at the same school", "have more say in where i live",
                       "get help with money and bills", "go to football, swimming and drama", "keep the same worker"]
        let endings = ["", " thanks", ", my carers are nice", "\nand more trips", " lol", " - text me on 07700 900123"]
        var state: UInt64 = 42
        func pick<T>(_ items: [T]) -> T {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return items[Int((state >> 33) % UInt64(items.count))]
        }
        let rows = (0..<count).map { index -> [String] in
            let name = pick(names)
            return [String(first + index), "04/11/2024 10:00:00", "04/11/2024 10:\(10 + index % 50):00",
                    name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.com", name,
                    String(8 + index % 10), pick(answers), pick(["Yes", "No", "Not sure"]),
                    "\(pick(openings)) \(pick(middles))\(pick(endings))"]
        }
        return (header, rows)
    }

    /// RFC 4180 CSV with CRLF records, quoting where needed.
    static func csv(header: [String], rows: [[String]]) -> [UInt8] {
        var output: [UInt8] = []
        func field(_ text: String) {
            if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                output.append(34)
                for byte in text.utf8 {
                    if byte == 34 { output.append(34) }
                    output.append(byte)
                }
                output.append(34)
            } else {
                output.append(contentsOf: text.utf8)
            }
        }
        for row in [header] + rows {
            for (index, text) in row.enumerated() {
                if index > 0 { output.append(44) }
                field(text)
            }
            output.append(contentsOf: [13, 10])
        }
        return output
    }
}
