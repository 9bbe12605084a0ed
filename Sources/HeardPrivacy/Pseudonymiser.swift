import HeardCore

/// Replaces a source respondent id by a keyed pseudonym: HMAC-SHA256 under the workspace key, truncated to
/// 128 bits and hex-encoded. The same id in the same series always gives the same pseudonym in one workspace;
/// without the key the id cannot be recovered or checked.
public struct Pseudonymiser: Sendable {
    /// The workspace key set up once for every respondent's pseudonym (`Digest.KeyedHMAC`, as row fingerprints).
    private let hmac: Digest.KeyedHMAC

    /// `key` is the workspace's secret (32 random bytes kept in `.heard/` with mode 0600).
    public init(key: [UInt8]) {
        precondition(key.count >= 16, "the pseudonymisation key is too short")
        hmac = Digest.KeyedHMAC(key: key)
    }

    /// The pseudonym for a respondent of a series. When the export has no respondent id, the export path and
    /// row stand in, so each row is its own respondent.
    public func pseudonym(series: SurveySeries, sourceID: String?, fallback location: SourceLocation) -> String {
        let message = if let sourceID {
            "id\u{0}\(series.id)\u{0}\(sourceID.lowercased())"
        } else {
            "row\u{0}\(location.file)\u{0}\(location.sheet ?? "")\u{0}\(location.row ?? 0)"
        }
        return Digest.hex(hmac.mac(Array(message.utf8)).prefix(16))
    }
}
