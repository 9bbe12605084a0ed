/// A failure of the store: an I/O problem for the exit code's purposes. Never carries stored values.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = description }
}
