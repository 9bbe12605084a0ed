/// A concern record's JSON as `SafeguardingList` writes it (`JSONEncoder`, pretty-printed, keys sorted), read
/// and changed as text where that is exact, so that marking thousands of records announced does not decode and
/// encode each one.
enum ConcernRecordText {
    /// How a record no officer has acknowledged and no run has announced begins: its first key in sorted
    /// order is "evidence", so "acknowledgedAt", "acknowledgedBy" and "announcedAt" are all absent.
    private static let unmarkedStart = Array("{\n  \"evidence\" : ".utf8)

    /// The record `bytes` marked announced at `time` (an ISO 8601 time, which needs no escaping), byte for byte
    /// what encoding the decoded record with `announcedAt` set gives: the key's line goes first, where sorting
    /// puts it. Nil when the bytes are not such a record (acknowledged, already announced, or not in Heard's own
    /// layout, such as a record edited by hand), which is then decoded and encoded instead.
    static func markedAnnounced(_ bytes: [UInt8], at time: String) -> [UInt8]? {
        guard bytes.starts(with: unmarkedStart), !contains(Array("announcedAt".utf8), in: bytes),
              time.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\")
                  && $0 != UInt8(ascii: "/") && $0 < 0x80 }) else { return nil }
        var marked = Array("{\n  \"announcedAt\" : \"".utf8)
        marked.reserveCapacity(bytes.count + marked.count + time.utf8.count + 3)
        marked += time.utf8
        marked += Array("\",\n".utf8)
        marked += bytes[2...]
        return marked
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
