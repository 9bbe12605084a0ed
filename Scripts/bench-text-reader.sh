#!/usr/bin/env bash
# Measures TextReading's speed in a release build, in CPU time (the machine is shared, so wall time would
# measure the neighbours). Builds a throwaway package in a temporary folder from HeardCore's sources and the
# generated EmbeddedData.swift, so the whole product need not be built in release.
#     Scripts/bench-text-reader.sh            # after `swift build` (for the generated EmbeddedData.swift)
# Reads the real statements in ../shared/eval/themes-real when they are there (evaluation material: read, never
# copied), and always a corpus of comments written for this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
generated=$(find "$root/.build" -path "*HeardCore/destination/EmbedData/EmbeddedData.swift" | head -1)
[ -n "$generated" ] || { echo "run swift build first (it generates EmbeddedData.swift)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/Core" "$work/Sources/Bench"
cp "$root"/Sources/HeardCore/*.swift "$root"/Sources/HeardCore/Text/*.swift "$generated" "$work/Sources/Core/"
cat > "$work/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "ReaderBench", targets: [
    .target(name: "Core"),
    .executableTarget(name: "Bench", dependencies: ["Core"]),
], swiftLanguageModes: [.v6])
SWIFT
statements="$root/../shared/eval/themes-real/statements.jsonl"
if [ -f "$statements" ]; then
    python3 -c 'import json,sys
for line in open(sys.argv[1]): print(json.loads(line)["text"].replace("\n", " "))' "$statements" > "$work/real.txt"
fi
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Core
import Foundation

func cpuNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func measure(_ name: String, _ comments: [String], rounds: Int) {
    var tokens = 0
    let start = cpuNanoseconds()
    for _ in 0..<rounds { for comment in comments { tokens &+= TextReading(comment).tokens.count } }
    let seconds = Double(cpuNanoseconds() - start) / 1e9
    let count = Double(comments.count * rounds)
    print("\(name): \(Int(count / seconds)) comments/s, \(Int(Double(tokens) / seconds)) tokens/s, "
        + "\(tokens / (comments.count * rounds)) tokens a comment")
}

let own = [
    "ur sw wont ring me bk and i dont kno why",
    "My carer is nice but I miss my mum and my little brother, I only see them once a month.",
    "i feel safe here, staff listen to me most of the time",
    "I want more help with money when I leave care. Rent is too much!!",
    "nobody asks wat i think bout my placement tbh",
    "Żaneta's foster carers helped her with college 👍🏽",
    "my step dad gets drunk on fridays i dont want to go home he shouts",
    "School is ok. I have a PEP meeting next week with Mr. Jones.",
]
let corpus = (0..<1000).map { own[$0 % own.count] }
measure("warm-up", corpus, rounds: 20)
measure("comments written for this script (1,000, 1 in 8 not ASCII)", corpus, rounds: 200)
if let real = try? String(contentsOfFile: "real.txt", encoding: .utf8) {
    let statements = real.split(separator: "\n").map(String.init)
    measure("themes-real statements (\(statements.count))", statements, rounds: 200)
}
SWIFT
cd "$work" && swift build -c release >/dev/null && ./.build/release/Bench
