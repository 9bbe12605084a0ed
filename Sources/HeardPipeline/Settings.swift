import Foundation
import HeardCore

/// `heard.json`: optional workspace settings. Comments (`//` to the end of a line) are allowed; every missing
/// field has a default; unknown keys are a configuration error naming the key.
public struct Settings: Sendable, Equatable {
    /// The council's name, shown in summaries.
    public var council: String = ""
    /// The theme framework id (built-in or a codebook in `Surveys/frameworks/`).
    public var framework: String = "lincolnshire-2022"
    /// Counts from 1 to this are suppressed. Never below 3.
    public var suppressionThreshold: Int = 5
    /// How survey waves are labelled: `academic-year` (2024-25, September to August) or `calendar-year`.
    public var wave: String = "academic-year"
    /// Age bands, e.g. ["4-7", "8-10", "11-15", "16-17", "18-21", "22-25"] (the default). Exact ages are never kept.
    public var ageBands: [AgeBand] = AgeBand.defaultBands
    /// A shell command run when a run finds new safeguarding concerns (e.g. to send an email or a Teams
    /// message). It is told only how many (`HEARD_NEW_CONCERNS`), never what was said.
    public var safeguardingHook: String?
    /// Seconds the hook may take before it is stopped (1 to 3600).
    public var safeguardingHookTimeout: Double = 60

    public init() {}

    static let knownKeys: Set<String> = ["council", "framework", "suppressionThreshold", "wave", "ageBands", "safeguardingHook",
                                         "safeguardingHookTimeout"]

    /// Reads settings from `heard.json` text.
    public static func parse(_ text: String) throws(PipelineError) -> Settings {
        let json = stripComments(text)
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw .configuration("heard.json is not a JSON object")
        }
        var settings = Settings()
        for key in object.keys.sorted() where !knownKeys.contains(key) {
            throw .configuration("heard.json: unknown setting \"\(key)\" (known: \(knownKeys.sorted().joined(separator: ", ")))")
        }
        if let council = object["council"] {
            guard let value = council as? String else { throw .configuration("heard.json: council must be text") }
            settings.council = value
        }
        if let framework = object["framework"] {
            guard let value = framework as? String else { throw .configuration("heard.json: framework must be text") }
            settings.framework = value
        }
        if let threshold = object["suppressionThreshold"] {
            guard let value = threshold as? Int, value >= 3 else {
                throw .configuration("heard.json: suppressionThreshold must be a whole number, 3 or more")
            }
            settings.suppressionThreshold = value
        }
        if let wave = object["wave"] {
            guard let value = wave as? String, ["academic-year", "calendar-year"].contains(value) else {
                throw .configuration("heard.json: wave must be \"academic-year\" or \"calendar-year\"")
            }
            settings.wave = value
        }
        if let hook = object["safeguardingHook"] {
            guard let value = hook as? String, !value.isEmpty else {
                throw .configuration("heard.json: safeguardingHook must be a command (text)")
            }
            settings.safeguardingHook = value
        }
        if let timeout = object["safeguardingHookTimeout"] {
            guard let value = timeout as? Double, (1...3600).contains(value) else {
                throw .configuration("heard.json: safeguardingHookTimeout must be a number of seconds from 1 to 3600")
            }
            settings.safeguardingHookTimeout = value
        }
        if let bands = object["ageBands"] {
            guard let labels = bands as? [String], !labels.isEmpty else {
                throw .configuration("heard.json: ageBands must be a list like [\"4-7\", \"8-10\"]")
            }
            var parsed: [AgeBand] = []
            for label in labels {
                guard let band = AgeBand(label: label), band.lower <= band.upper,
                      band.lower > (parsed.last?.upper ?? -1) else {
                    throw .configuration("heard.json: age band \"\(label)\" must be like \"11-15\", in order, not overlapping")
                }
                parsed.append(band)
            }
            settings.ageBands = parsed
        }
        return settings
    }

    /// Removes `//` comments outside strings.
    static func stripComments(_ text: String) -> String {
        var output = ""
        var inString = false, escaped = false, inComment = false
        var previous: Character = " "
        for character in text {
            if inComment {
                if character == "\n" { inComment = false; output.append(character) }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" {
                    inString = false
                }
                output.append(character)
            } else if character == "/" && previous == "/" {
                output.removeLast()
                inComment = true
            } else {
                if character == "\"" { inString = true }
                output.append(character)
            }
            previous = inComment ? " " : character
        }
        return output
    }
}
