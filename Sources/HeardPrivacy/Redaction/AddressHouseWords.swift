/// The words of houses known by a name and not a number, read once from the plain list `Data/house-names.txt`:
/// dwelling words that make the words before them a house's name ("rose cottage"), building words that do so
/// only where someone is placed ("at bridge house"), words that name a house after "the" ("the laurels") and
/// ordinary words that make a dwelling an ordinary one ("a big house", "crown court").
struct AddressHouseWords: Sendable {
    enum Role: String, Sendable { case home, building, named, ordinary }

    private let roles: WordRoles<Role>

    static let shipped = AddressHouseWords(EmbeddedData.houseNames)

    init(_ text: String) { roles = WordRoles(text) }

    func has(_ word: String, _ role: Role) -> Bool { roles.has(word, role) }

    /// Whether `word` (lower case) is a dwelling's or a building's word ("cottage", "house", "court").
    func isDwelling(_ word: String) -> Bool { roles[word].map { $0.contains(.home) || $0.contains(.building) } ?? false }

    /// Every word `isDwelling` holds.
    var dwellingWords: [String] { roles.roles.keys.filter(isDwelling) }

    /// The words a comment must hold for a named house to be looked for (`ShapeHints`).
    var hintWords: [String] { roles.roles.filter { !$0.value.isDisjoint(with: [.home, .building, .named]) }.map(\.key) }
}
