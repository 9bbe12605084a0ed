/// Words and their roles, read from a plain list a person may edit: one `word role` per line ("ul. before",
/// "cottage home"), `#` before a comment, a word with several roles on several lines, words lower-cased. The
/// address readers' lists (`StreetWords`, `AddressHouseWords`) read their files through it.
struct WordRoles<Role: RawRepresentable & Hashable & Sendable>: Sendable where Role.RawValue == String {
    /// Each listed word's roles.
    private(set) var roles: [String: Set<Role>] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let role = Role(rawValue: String(fields[1])) else { continue }
            roles[String(fields[0]).lowercased(), default: []].insert(role)
        }
    }

    /// The roles of `word` (lower case), nil when the list does not hold it.
    subscript(word: String) -> Set<Role>? { roles[word] }

    func has(_ word: String, _ role: Role) -> Bool { roles[word]?.contains(role) == true }
}
