/// Reads a ZIP archive's central directory and extracts members (stored or deflated), refusing archives that
/// are truncated, encrypted, use ZIP64 or would decompress to more than the caps (ZIP bombs).
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
        var crc: UInt32
    }

    enum Failure: Error, Equatable {
        case notZip, truncated, encrypted, unsupported(String), tooLarge, corrupt(String)
    }

    /// Caps: no single member over 256 MiB, all members together over 1 GiB, or a ratio over 200:1 past 1 MiB.
    static let memberLimit = 256 << 20
    static let totalLimit = 1 << 30
    static let ratioLimit = 200

    let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]
    /// Lower-cased name -> name: part names are case-insensitive in Open XML packages.
    private var folded: [String: String] = [:]
    private var extracted = 0

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw .truncated }
        // End of central directory: the last "PK\5\6" within the final 64 KiB + 22 bytes.
        var eocd = -1
        var index = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while index >= stop {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 5, bytes[index + 3] == 6 {
                eocd = index
                break
            }
            index -= 1
        }
        guard eocd >= 0 else { throw bytes.starts(with: [0x50, 0x4B]) ? .truncated : .notZip }
        let count = Int(u16(eocd + 10))
        let directorySize = Int(u32(eocd + 12))
        let directoryOffset = Int(u32(eocd + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard directoryOffset + directorySize <= eocd else { throw .truncated }
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { throw .corrupt("central directory") }
            let nameLength = Int(u16(offset + 28)), extraLength = Int(u16(offset + 30))
            let commentLength = Int(u16(offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw .truncated }
            var name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            if name.contains("\\") { name = String(name.map { $0 == "\\" ? "/" : $0 }) }
            if name.hasPrefix("/") { name.removeFirst() }
            folded[name.lowercased()] = name
            entries[name] = Entry(name: name, method: u16(offset + 10), flags: u16(offset + 8),
                                  compressedSize: Int(u32(offset + 20)), uncompressedSize: Int(u32(offset + 24)),
                                  localHeaderOffset: Int(u32(offset + 42)), crc: u32(offset + 16))
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Every member's name.
    var names: [String] { Array(entries.keys).sorted() }

    /// The member with this name, compared without case (`xl/Worksheets/Sheet1.xml` is `xl/worksheets/sheet1.xml`).
    func name(matching wanted: String) -> String? {
        entries[wanted] != nil ? wanted : folded[wanted.lowercased()]
    }

    /// The member's bytes, or nil when there is no such member.
    mutating func extract(_ name: String) throws(Failure) -> [UInt8]? {
        guard let entry = self.name(matching: name).flatMap({ entries[$0] }) else { return nil }
        if entry.flags & 1 != 0 { throw .encrypted }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else { throw .truncated }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .truncated }
        let data = bytes[start..<(start + entry.compressedSize)]
        let declared = entry.uncompressedSize
        if declared > Self.memberLimit || extracted + declared > Self.totalLimit { throw .tooLarge }
        let ratioCap = max(1 << 20, entry.compressedSize * Self.ratioLimit)
        let limit = min(Self.memberLimit, Self.totalLimit - extracted, ratioCap)
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = Array(data)
        case 8:
            do { output = try Inflate.inflate(data, expectedSize: declared, limit: limit) } catch {
                throw error == .tooLarge ? .tooLarge : .corrupt(name)
            }
        default:
            throw .unsupported("compression method \(entry.method)")
        }
        guard output.count == declared, Inflate.crc32(output) == entry.crc else { throw .corrupt(name) }
        extracted += output.count
        return output
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
