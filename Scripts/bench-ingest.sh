#!/usr/bin/env bash
# Measures the readers' speed in a release build, in CPU time (the machine is shared, so wall time would
# measure the neighbours). Builds a throwaway package in a temporary folder from HeardCore's and HeardIngest's
# sources, so the whole product need not be built in release.
#     Scripts/bench-ingest.sh        # after `swift build` (for the generated EmbeddedData.swift)
# Reads real exports from ../shared/eval/real/exports (evaluation material: read in place, never copied),
# repeats their rows to about 60 MB, and times CSVReader on the CSV and XLSXReader on the same rows written as
# a workbook (inline strings and shared strings, as producers write them).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
generated=$(find "$root/.build" -path "*HeardCore/destination/EmbedData/EmbeddedData.swift" | head -1)
[ -n "$generated" ] || { echo "run swift build first (it generates EmbeddedData.swift)"; exit 1; }
exports="$root/../shared/eval/real/exports"
[ -d "$exports" ] || { echo "needs ../shared/eval/real/exports"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/Core" "$work/Sources/Ingest" "$work/Sources/Bench"
cp -r "$root/Sources/CZlib" "$work/Sources/"
cp "$root"/Sources/HeardCore/*.swift "$root"/Sources/HeardCore/Text/*.swift "$generated" "$work/Sources/Core/"
find "$root/Sources/HeardIngest" -name "*.swift" -exec cp {} "$work/Sources/Ingest/" \;
sed -i 's/^import HeardCore$/import Core/' "$work"/Sources/Ingest/*.swift
cat > "$work/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "IngestBench", targets: [
    .systemLibrary(name: "CZlib"),
    .target(name: "Core"),
    .target(name: "Ingest", dependencies: ["Core", "CZlib"]),
    .executableTarget(name: "Bench", dependencies: ["Core", "Ingest"]),
], swiftLanguageModes: [.v6])
SWIFT
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Core
import Foundation
import Ingest

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Best of three, in CPU seconds.
func best(_ body: () -> Void) -> Double {
    (0..<3).map { _ in
        let start = cpuSeconds()
        body()
        return cpuSeconds() - start
    }.min()!
}

let folder = CommandLine.arguments[1]
for name in ["surveymonkey/538_thanksgiving-2015-poll-data.csv", "googleforms/autistica_form_responses.csv",
             "smartsurvey/cars_dummy_data.csv"] {
    let bytes = Array(try! Data(contentsOf: URL(filePath: "\(folder)/\(name)")))
    let lines = bytes.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false)
    var csv = Array(lines[0]) + [0x0A]
    var body = Array(lines[1])
    if body.last != 0x0A { body.append(0x0A) }
    while csv.count < 60 << 20 { csv += body }
    let megabytes = Double(csv.count) / 1_048_576
    let source = SourceLocation(file: "bench.csv")
    var table: Table?
    let csvSeconds = best { table = try? CSVReader().read(csv, source: source, diagnostics: DiagnosticCollector()).first }
    print("\(name) x\(Int(megabytes)) MB: CSV \(String(format: "%.0f", megabytes / csvSeconds)) MB/s of CPU "
          + "(\(table?.rows.count ?? 0) rows)")
    guard let table else { continue }
    let workbook = WorkbookWriter.build(header: table.header, rows: table.rows.prefix(200_000).map(\.cells))
    let sheet = Double(workbook.sheetXMLSize) / 1_048_576
    let xlsxSeconds = best { _ = try? XLSXReader().read(workbook.bytes, source: source, diagnostics: DiagnosticCollector()) }
    print("    same rows as a workbook: XLSX \(String(format: "%.1f", sheet / xlsxSeconds)) MB/s of sheet XML of CPU "
          + "(\(Int(sheet)) MB of sheet XML)")
}
SWIFT
cd "$work" && swift build -c release >/dev/null && ./.build/release/Bench "$exports"
