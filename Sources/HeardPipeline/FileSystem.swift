import Foundation

/// The few file operations the pipeline needs, with errors that name the file and nothing inside it.
enum FileSystem {
    static func read(_ url: URL) throws(PipelineError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw .io("cannot read \(url.path(percentEncoded: false))")
        }
    }

    /// Writes through a temporary file and a rename, and only when the bytes differ. Returns whether it wrote.
    @discardableResult
    static func writeIfChanged(_ bytes: [UInt8], to url: URL, mode: Int? = nil) throws(PipelineError) -> Bool {
        if let existing = try? Data(contentsOf: url), existing.elementsEqual(bytes) { return false }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appending(path: ".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            if let mode { try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path) }
            if rename(temporary.path(percentEncoded: false), url.path(percentEncoded: false)) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(url.path(percentEncoded: false))")
        }
    }

    static func makeDirectory(_ url: URL, mode: Int? = nil) throws(PipelineError) {
        do {
            var attributes: [FileAttributeKey: Any] = [:]
            if let mode { attributes[.posixPermissions] = mode }
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: attributes)
        } catch {
            throw .io("cannot create folder \(url.path(percentEncoded: false))")
        }
    }
}
