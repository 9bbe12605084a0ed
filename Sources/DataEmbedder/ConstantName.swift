/// The Swift name of a data file's constant: its path under `Data/` without the extension, in lower camel case.
/// `text-speak.txt` -> `textSpeak`; `names/given names.txt` -> `namesGivenNames`; `2024-codes.csv` -> `_2024Codes`.
enum ConstantName {
    static func make(_ relativePath: String) throws -> String {
        var path = Substring(relativePath)
        if let dot = path.lastIndex(of: "."), dot > path.startIndex, !path[dot...].contains("/") {
            path = path[..<dot]
        }
        let parts = path.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard !parts.isEmpty else { throw EmbedFailure("Data/\(relativePath) needs a name with letters or digits") }
        var name = ""
        for (index, part) in parts.enumerated() {
            name += index == 0 ? part.prefix(1).lowercased() : part.prefix(1).uppercased()
            name += part.dropFirst()
        }
        if name.first!.isNumber { name = "_" + name }
        return name
    }
}
