/// The words of houses known by a name and not a number, read once from the plain list `Data/house-names.txt`:
/// dwelling words that make the words before them a house's name ("rose cottage"), building words that do so
/// only where someone is placed ("at bridge house"), words that name a house after "the" ("the laurels") and
/// ordinary words that make a dwelling an ordinary one ("a big house", "crown court").
struct AddressHouseWords: Sendable {
    enum Role: String, Sendable { case home, building, named, ordinary }

    private(set) var roles: [String: Set<Role>] = [:]

    static let shipped = AddressHouseWords(EmbeddedData.houseNames)

    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let role = Role(rawValue: String(fields[1])) else { continue }
            roles[String(fields[0]).lowercased(), default: []].insert(role)
        }
    }

    func has(_ word: String, _ role: Role) -> Bool { roles[word]?.contains(role) == true }

    /// The words a comment must hold for a named house to be looked for (`ShapeHints`).
    var hintWords: [String] { roles.filter { !$0.value.isDisjoint(with: [.home, .building, .named]) }.map(\.key) }
}
