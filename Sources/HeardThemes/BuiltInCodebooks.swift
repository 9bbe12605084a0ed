import HeardCore

/// The frameworks Heard ships: plain codebook files in `Sources/HeardThemes/Data/codebooks/`, in the same format a
/// council writes its own in (see `Codebook`), embedded in the binary at build time.
public enum BuiltInCodebooks {
    /// Codebook texts by framework id, exactly as the files are written (`heard frameworks show ID` prints one).
    public static let texts: [String: String] = [
        "lincolnshire-2022": EmbeddedData.codebooksLincolnshire2022,
        "nelc-2019": EmbeddedData.codebooksNelc2019,
        "north-lincolnshire-2022": EmbeddedData.codebooksNorthLincolnshire2022,
        "nottinghamshire-2018": EmbeddedData.codebooksNottinghamshire2018,
    ]

    /// The default framework id.
    public static let defaultID = "lincolnshire-2022"

    /// All built-in frameworks, parsed once. A codebook that fails to parse is a bug the tests catch.
    public static func frameworks() -> [ThemeFramework] { parsed }

    private static let parsed: [ThemeFramework] = texts.keys.sorted().compactMap { id in
        try? Codebook.parse(texts[id]!, source: SourceLocation(file: "built-in:\(id)"))
    }
}
