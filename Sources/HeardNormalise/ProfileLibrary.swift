import Foundation
import HeardCore

/// The profiles Heard knows (built-in plus the workspace's), and which one fits a table.
public struct ProfileLibrary: Sendable {
    public private(set) var profiles: [SurveyProfile]

    /// The built-in profiles only.
    public static func builtIn() -> ProfileLibrary {
        let decoder = JSONDecoder()
        let profiles = BuiltInProfiles.json.map { text in
            // Built-in profiles are part of Heard; a broken one is a bug caught by the tests.
            // swiftlint:disable:next force_try
            try! decoder.decode(SurveyProfile.self, from: Data(text.utf8))
        }
        return ProfileLibrary(profiles: profiles)
    }

    public init(profiles: [SurveyProfile]) {
        self.profiles = profiles
    }

    /// Adds a workspace profile from its JSON; one with the same id replaces the built-in.
    public mutating func add(json: [UInt8], source: SourceLocation) throws(Diagnostic) {
        let profile: SurveyProfile
        do {
            profile = try JSONDecoder().decode(SurveyProfile.self, from: Data(json))
        } catch {
            throw .error("this profile is not valid JSON for a survey profile: \(Self.describe(error))", at: source)
        }
        profiles.removeAll { $0.id == profile.id }
        profiles.insert(profile, at: 0)
    }

    /// The best profile for a table: every signature header present, most mapped columns wins.
    public func match(_ table: Table) -> SurveyProfile? {
        let headers = Set(table.header.map(TextFolding.fold))
        var best: (profile: SurveyProfile, score: Int)?
        for profile in profiles where profile.signature.allSatisfy({ headers.contains(TextFolding.fold($0)) }) {
            let score = profile.columns.filter { headers.contains(TextFolding.fold($0.header)) }.count
            if best == nil || score > best!.score { best = (profile, score) }
        }
        return best?.profile
    }

    public subscript(id: String) -> SurveyProfile? { profiles.first { $0.id == id } }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong kind of value at \(path(context.codingPath))"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not JSON" : "unexpected value at \(path(context.codingPath))"
        default:
            return "unreadable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }
            .joined(separator: ".")
    }
}
