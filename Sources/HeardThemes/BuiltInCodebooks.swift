import HeardCore

/// The frameworks Heard ships, kept in the same plain codebook format a council writes its own in.
public enum BuiltInCodebooks {
    /// Codebook texts by framework id.
    public static let texts: [String: String] = [
        "lincolnshire-2022": lincolnshire2022,
        "nelc-2019": nelc2019,
        "north-lincolnshire-2022": northLincolnshire2022,
        "nottinghamshire-2018": nottinghamshire2018,
    ]

    /// The default framework id.
    public static let defaultID = "lincolnshire-2022"

    /// All built-in frameworks, parsed. A codebook that fails to parse is a bug the tests catch.
    public static func frameworks() -> [ThemeFramework] {
        texts.keys.sorted().compactMap { id in
            try? Codebook.parse(texts[id]!, source: SourceLocation(file: "built-in:\(id)"))
        }
    }
}
