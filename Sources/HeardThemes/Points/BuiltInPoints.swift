import HeardCore

/// The points Heard ships for its four frameworks: plain files in `Sources/HeardThemes/Data/points/`, in the
/// format a council writes its own in (see `PointFile`), embedded at build time.
public enum BuiltInPoints {
    /// Points file texts by framework id, exactly as written.
    public static let texts: [String: String] = [
        "lincolnshire-2022": EmbeddedData.pointsLincolnshire2022,
        "nelc-2019": EmbeddedData.pointsNelc2019,
        "north-lincolnshire-2022": EmbeddedData.pointsNorthLincolnshire2022,
        "nottinghamshire-2018": EmbeddedData.pointsNottinghamshire2018,
    ]

    /// The shipped points for a framework, or an empty book for a framework Heard does not ship. A shipped file
    /// that fails to parse is a bug the tests catch.
    public static func book(for frameworkID: String) -> PointBook {
        parsed[frameworkID] ?? PointBook(frameworkID: frameworkID, points: [])
    }

    private static let parsed: [String: PointBook] = texts.compactMapValues { text in
        try? PointFile.parse(text, source: SourceLocation(file: "built-in points"))
    }
}
