/// Writes a ZIP archive in memory (deflated members, CRC-32 from zlib). Used to build workbooks for the
/// benchmark and for tests; never on the reading path.
struct ZipWriter {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    mutating func add(_ name: String, _ contents: [UInt8], compress: Bool = true) {
        let compressed = compress ? Inflate.deflate(contents) : contents
        let crc = Inflate.crc32(contents)
        let nameBytes = Array(name.utf8)
        let offset = output.count
        let method: UInt16 = compress ? 8 : 0
        output += le32(0x0403_4B50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
        output += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(contents.count))
        output += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + compressed
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
        directory += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(contents.count))
        directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
        directory += le32(UInt32(offset)) + nameBytes
        count += 1
    }

    func finish() -> [UInt8] {
        output + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
            + le32(UInt32(directory.count)) + le32(UInt32(output.count)) + le16(0)
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
