// swift-tools-version: 6.0
// Heard: hears what children in care and care leavers tell their council, and shows what it did about it.
// No package dependencies: the Swift toolchain plus three system C libraries that Debian ships.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Heard",
    products: [
        .executable(name: "heard", targets: ["heard"]),
    ],
    targets: [
        // System libraries (C types never leave the module that wraps them).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", providers: [.apt(["libssl-dev"])]),

        // Core: the canonical model, diagnostics and the one text reader. No I/O. Its plain data files
        // (Data/) are embedded at build time by the EmbedData plugin.
        .target(name: "HeardCore", swiftSettings: strict, plugins: ["EmbedData"]),

        // Build tool: embeds the plain files of a target's Data/ folder as string constants (EmbeddedData).
        // Add `plugins: ["EmbedData"]` to a target to use it; see Documentation/Architecture.md.
        .executableTarget(name: "DataEmbedder", swiftSettings: strict),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["DataEmbedder"]),

        // Stages: each depends on Core only (and its own C library). No file system, no clock.
        .target(name: "HeardIngest", dependencies: ["HeardCore", "CZlib"], swiftSettings: strict),
        .target(name: "HeardNormalise", dependencies: ["HeardCore"], swiftSettings: strict),
        // Themes: its codebooks and trained weights are plain files in Data/, embedded at build time.
        .target(name: "HeardThemes", dependencies: ["HeardCore"], swiftSettings: strict, plugins: ["EmbedData"]),
        .target(name: "HeardPrivacy", dependencies: ["HeardCore", "CCrypto"], exclude: ["Gazetteer/README.md"],
                swiftSettings: strict, plugins: ["EmbedData"]),
        .target(name: "HeardStore", dependencies: ["HeardCore", "CSQLite"], swiftSettings: strict),
        .target(name: "HeardSummary", dependencies: ["HeardCore"], swiftSettings: strict),

        // Pipeline: wires the stages together; the only library that touches the disk and the clock.
        .target(
            name: "HeardPipeline",
            dependencies: [
                "HeardCore", "HeardIngest", "HeardNormalise", "HeardThemes",
                "HeardPrivacy", "HeardStore", "HeardSummary",
            ],
            swiftSettings: strict
        ),

        // Command line: hand-written argument parsing and the commands; `heard` is a thin main.
        .target(name: "HeardCLI", dependencies: ["HeardPipeline"], swiftSettings: strict),
        .executableTarget(name: "heard", dependencies: ["HeardCLI"], swiftSettings: strict),

        // Test support: temporary paths removed when the tests end.
        .target(name: "HeardTestSupport", path: "Tests/HeardTestSupport", swiftSettings: strict),
        .testTarget(name: "HeardCoreTests", dependencies: ["HeardCore"], plugins: ["EmbedData"]),
        .testTarget(name: "HeardIngestTests", dependencies: ["HeardIngest", "HeardTestSupport"]),
        .testTarget(name: "HeardNormaliseTests", dependencies: ["HeardNormalise", "HeardIngest"]),
        .testTarget(name: "HeardThemesTests", dependencies: ["HeardThemes", "HeardIngest"]),
        .testTarget(name: "HeardPrivacyTests", dependencies: ["HeardPrivacy", "HeardIngest", "HeardTestSupport"]),
        .testTarget(name: "HeardStoreTests", dependencies: ["HeardStore", "HeardTestSupport"]),
        .testTarget(name: "HeardSummaryTests", dependencies: ["HeardSummary"]),
        .testTarget(name: "HeardPipelineTests", dependencies: ["HeardPipeline", "HeardTestSupport"]),
        .testTarget(name: "HeardCLITests", dependencies: ["HeardCLI", "heard", "HeardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
