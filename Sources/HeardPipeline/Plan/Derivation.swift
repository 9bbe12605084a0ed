import Foundation
import HeardNormalise
import HeardPrivacy
import HeardThemes

/// Everything an export's stored responses are derived with, part by part: Heard's version, the settings that
/// shape reading (waves, age bands), the theme framework's cues, the shipped theme and polarity models, the tag
/// corrections in effect and the survey profiles. Stored with each export (and with each rejected one, as what it depended on), so a plan can say
/// which part changed when it reads an export again or retries a rejected one.
struct Derivation: Equatable, Sendable {
    /// (part, digest) in a fixed order.
    var parts: [(name: String, value: String)]

    static func == (a: Derivation, b: Derivation) -> Bool { a.encoded == b.encoded }

    /// `heard=0.3.0;settings=1a2b...;framework=...;corrections=...;profiles=...`
    var encoded: String { parts.map { "\($0.name)=\($0.value)" }.joined(separator: ";") }

    init(parts: [(name: String, value: String)]) { self.parts = parts }

    init(version: String, settings: Settings, framework: ThemeFramework, corrections: TagCorrections,
         profiles: [(path: String, bytes: [UInt8])], places: [UInt8]? = nil) {
        var cues: [String] = [framework.id]
        for theme in framework.themes {
            cues.append(theme.id + ":" + theme.cues.joined(separator: ",") + "|" + theme.weakCues.joined(separator: ",")
                        + "|" + theme.pairs.map(\.line).joined(separator: ";"))
        }
        cues.append("not:" + framework.notCues.joined(separator: ","))
        let profileLines = profiles.map { "\($0.path):\(Digest.sha256Hex($0.bytes))" }
        parts = [
            ("heard", version),
            ("normaliser", Normaliser.revision),
            ("settings", Self.digest([settings.wave, settings.ageBands.map(\.label).joined(separator: ",")])),
            ("framework", Self.digest(cues)),
            ("models", Self.digest([BuiltInModels.fingerprint])),
            ("corrections", Self.digest([corrections.fingerprint])),
            ("profiles", Self.digest(profileLines)),
            ("places", places.map { String(Digest.sha256Hex($0).prefix(16)) } ?? "none"),
        ]
    }

    private static func digest(_ lines: [String]) -> String {
        String(Digest.sha256Hex(Array(lines.joined(separator: "\n").utf8)).prefix(16))
    }

    /// What changed since `stored` (an earlier `encoded`), in words for a plan; empty when nothing did.
    func changes(since stored: String) -> [String] {
        guard stored != encoded else { return [] }
        var earlier: [String: String] = [:]
        for part in stored.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { earlier[pair[0]] = pair[1] }
        }
        guard !earlier.isEmpty else { return ["it was stored before Heard recorded what it was derived with"] }
        return parts.compactMap { part in
            let before = earlier[part.name]
            guard before != part.value else { return nil }
            switch part.name {
            case "heard": return "Heard was updated (\(before ?? "an earlier version") to \(part.value))"
            case "settings": return "the wave or age-band settings in heard.json changed"
            case "framework": return "the theme framework or its codebook changed"
            case "normaliser": return "the way Heard reads survey columns changed"
            case "models": return "the theme and polarity models Heard ships changed"
            case "corrections": return "tag corrections or reviewers' re-tags changed"
            case "profiles": return "the survey profiles in Surveys/profiles/ changed"
            case "places": return "the places list in Surveys/places.txt changed"
            default: return "\(part.name) changed"
            }
        }
    }
}
