/// The school words a person may extend, read once from the plain list `Data/school-words.txt`: types as they
/// are typed ("collage", "academi"), kinds ("referal") and the words that end a training provider's name
/// ("Futures", "Pathways"; "Training" and "Skills" only after a word no list knows).
struct SchoolWordList: Sendable {
    enum Role: String, Sendable { case type, kind, provider, course }

    private let roles: WordRoles<Role>

    static let shipped = SchoolWordList(EmbeddedData.schoolWords)

    init(_ text: String) { roles = WordRoles(text) }

    /// Every word the list holds in `role`.
    func words(_ role: Role) -> Set<String> { Set(roles.roles.filter { $0.value.contains(role) }.map(\.key)) }
}
