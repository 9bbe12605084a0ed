#!/usr/bin/env python3
"""Which rules of rules.txt fire on what, writer by writer: a development check, offline only.

For every rule (direct rules and sign rules apart), counts the disclosures and the ordinary comments it fires on
in each independent writer's development set (Tests/Fixtures/safeguarding/writers/), as `heard safeguarding
features` lists them ("rules": every rule that fires and is not switched off, even after an earlier rule of its
kind flagged). "Alone" counts the comments where it is the only direct rule that fires: the false alarms that
demoting it would remove (if the trained layer does not flag them) and the disclosures it alone finds.

A rule that fires on ordinary comments of several writers is read in an everyday sense by many people, not by
one: the candidates for needing a second signal or for weighing in the trained layer instead (Documentation/Safeguarding.md,
Safeguarding). Texts are printed only with --show, and only for the writers' sets (never a blind batch).

Usage: python3 Scripts/safeguarding/rule_firing.py [--heard .build/debug/heard] [--min-writers 3] [--show]
       [--file extra.jsonl ...]
"""
import argparse
import json
import pathlib
import re
import subprocess
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[2]
RULES = ROOT / "Sources/HeardPrivacy/Data/safeguarding/rules.txt"


def rule_texts():
    """'KIND line N' -> the rule's line in rules.txt, and the set of sign rules."""
    texts, signs = {}, set()
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("ordinary"):
            continue
        head = line.split(":", 1)[0]
        kind = re.sub(r"\s*\(.*\)", "", head).strip()
        key = f"{kind} line {number}"
        texts[key] = line.strip()
        if "cues" in head:
            signs.add(key)
    return texts, signs


def load(paths):
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append((path.stem, item["text"], bool(item["disclosure"])))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--heard", default=str(ROOT / ".build/debug/heard"))
    parser.add_argument("--min-writers", type=int, default=3,
                        help="list rules firing on ordinary comments of at least this many writers")
    parser.add_argument("--file", action="append", default=[], help="another labelled JSONL set, as its own writer")
    parser.add_argument("--show", action="store_true", help="print the listed rules' false alarms (development only)")
    args = parser.parse_args()
    paths = sorted((ROOT / "Tests/Fixtures/safeguarding/writers").glob("writer-*.jsonl"))
    paths += [pathlib.Path(p) for p in args.file]
    rows = load(paths)
    lines = "\n".join(t.replace("\n", " ").replace("\r", " ") for _, t, _ in rows) + "\n"
    out = subprocess.run([args.heard, "safeguarding", "features"], input=lines, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    texts, signs = rule_texts()
    # rule -> writer -> [disclosures, ordinary, disclosures alone, ordinary alone]
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    examples = defaultdict(list)
    for (writer, text, disclosure), line in zip(rows, out):
        fired = json.loads(line)["rules"]
        direct = [r for r in fired if r not in signs]
        for rule in fired:
            alone = rule not in signs and len(direct) == 1
            entry = counts[rule][writer]
            entry[0 if disclosure else 1] += 1
            if alone:
                entry[2 if disclosure else 3] += 1
            if not disclosure:
                examples[rule].append((writer, text))
    table = []
    for rule, by_writer in counts.items():
        ordinary_writers = sum(1 for e in by_writer.values() if e[1] > 0)
        totals = [sum(e[i] for e in by_writer.values()) for i in range(4)]
        table.append((ordinary_writers, totals, rule))
    table.sort(key=lambda t: (-t[0], -t[1][1]))
    print(f"{len(paths)} sets, {len(rows)} comments. Per rule: writers with an ordinary comment it fires on; "
          "disclosures / ordinary it fires on (alone: the only direct rule firing)")
    for ordinary_writers, (d, o, da, oa), rule in table:
        if ordinary_writers < args.min_writers:
            continue
        kind = "sign" if rule in signs else "rule"
        print(f"{ordinary_writers:2d} writers  {kind}  disclosures {d:3d} (alone {da:3d})  ordinary {o:3d} "
              f"(alone {oa:3d})  {texts.get(rule, rule)}")
        if args.show:
            for writer, text in examples[rule]:
                print(f"      FA {writer}: {text[:160]}")


if __name__ == "__main__":
    main()
