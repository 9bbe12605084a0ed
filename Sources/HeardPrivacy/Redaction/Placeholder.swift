/// The child-readable placeholders that stand where an identifier was.
public enum Placeholder: String, CaseIterable, Sendable {
    case name = "[name]"
    case email = "[email]"
    case phone = "[phone number]"
    case postcode = "[postcode]"
    case address = "[address]"
    case school = "[school]"
    case date = "[date]"
    case nhsNumber = "[NHS number]"
    case niNumber = "[NI number]"
    case pupilNumber = "[pupil number]"
    case reference = "[reference]"
    case number = "[number]"
    case link = "[link]"
    case handle = "[social media handle]"
    case personalDetail = "[personal detail]"
}
