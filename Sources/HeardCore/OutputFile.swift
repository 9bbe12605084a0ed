/// A generated file as a value: where it goes under `Output/` and its bytes. Stages return these; only the
/// pipeline writes them (and only when the bytes changed).
public struct OutputFile: Sendable, Hashable {
    /// Path relative to `Output/`, e.g. `annual-survey-2024-25.md`.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
