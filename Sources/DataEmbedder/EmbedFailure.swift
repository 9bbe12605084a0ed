/// Why a data file could not be embedded, in words that name the file and say what to do.
struct EmbedFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
