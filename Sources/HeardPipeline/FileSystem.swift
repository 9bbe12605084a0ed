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

    /// Writes a new file so that it survives a crash or a power cut the moment this returns: a temporary file
    /// flushed to disk, renamed into place, and the folder flushed too. For records that must exist before the
    /// store may say their export is done (safeguarding concerns).
    static func writeDurably(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws(PipelineError) {
        let path = url.path(percentEncoded: false)
        let folder = url.deletingLastPathComponent().path(percentEncoded: false)
        let temporary = folder + "/.\(url.lastPathComponent).tmp-\(getpid())"
        let flushed = writeAll(bytes, to: temporary, mode: mode, flush: true)
        guard flushed, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .io("cannot write \(path)")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates (or truncates) `path` with `bytes`, flushed to disk first when `flush`. Returns whether it all went.
    private static func writeAll(_ bytes: [UInt8], to path: String, mode: mode_t, flush: Bool) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return false }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return true
        }
        let flushed = ok && (!flush || fsync(descriptor) == 0)
        return close(descriptor) == 0 && flushed
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
