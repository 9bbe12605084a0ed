#!/usr/bin/env python3
"""Which part of the screen raised each false alarm: a development check, offline only.

For a labelled file (JSON Lines or CSV with text, disclosure, kind; a ../shared/eval set may be cut to one half
with --half), screens every comment with the built `heard` (`safeguarding scan` and `safeguarding features`) and
sorts each flag by what raised it:

- `rule`: a direct rule of rules.txt (named by its line);
- `model+sign`: the trained layer, with a sign rule's pair of warning signs;
- `model`: the trained layer alone (its score, as a probability, and the three words it weighed most).

It prints the split for the ordinary comments (false alarms) and for the disclosures (what finds them: a
disclosure only the trained layer finds is one a stricter model could lose). Texts are printed only with
--show, and only for development sets (the writers' batches, /work/devdata, ../shared/eval): for a file whose
path holds "heldout" only the counts are printed (no rule evidence, no texts), whatever the options.

Usage: python3 Scripts/safeguarding/alarm_split.py FILE [FILE ...] [--half tuning|reporting] [--show]
       [--heard .build/debug/heard] [--model PATH]
"""
import argparse
import csv
import hashlib
import json
import math
import pathlib
import subprocess
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODEL = ROOT / "Sources/HeardPrivacy/Data/safeguarding/model.tsv"
RULES = ROOT / "Sources/HeardPrivacy/Data/safeguarding/rules.txt"


def load(path, half):
    path = pathlib.Path(path)
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as handle:
            items = [{"text": r["text"], "disclosure": r["disclosure"].strip().lower() == "true",
                      "kind": r.get("kind", "")} for r in csv.DictReader(handle)]
    else:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half:
        even = half == "tuning"
        items = [i for i in items if (hashlib.sha256(i["text"].encode("utf-8")).digest()[0] % 2 == 0) == even]
    return items


def model_weights(path):
    weights, bias, threshold = {}, 0.0, 0.0
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "labels":
            continue
        if fields[0] == "threshold":
            threshold = float(fields[1])
        elif fields[0] == "bias":
            bias = float(fields[1])
        else:
            weights[fields[0]] = float(fields[1])
    return weights, bias, threshold


def rule_lines():
    lines = {}
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), start=1):
        lines[number] = line.strip()
    return lines


def run(heard, command, texts):
    lines = "\n".join(t.replace("\n", " ").replace("\r", " ") for t in texts) + "\n"
    out = subprocess.run([heard, "safeguarding", command], input=lines, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(out) == len(texts)
    return [json.loads(line) for line in out]


def source(scan):
    model = any(e.startswith("model:") for e in scan["evidence"])
    if not scan["concern"]:
        return "none"
    if not model:
        return "rule"
    return "model+sign" if len(scan["evidence"]) > 1 else "model"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--half", default="")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--heard", default=str(ROOT / ".build/debug/heard"))
    parser.add_argument("--model", default=str(MODEL))
    args = parser.parse_args()
    weights, bias, threshold = model_weights(args.model)
    rules = rule_lines()
    for path in args.files:
        items = load(path, args.half)
        texts = [i["text"] for i in items]
        scans, feats = run(args.heard, "scan", texts), run(args.heard, "features", texts)
        split = {True: Counter(), False: Counter()}
        by_rule = Counter()
        shown = []
        for item, scan, feat in zip(items, scans, feats):
            y = bool(item.get("disclosure"))
            where = source(scan)
            split[y][where] += 1
            score = bias + sum(weights.get(f, 0.0) for f in feat["features"])
            p = 1 / (1 + math.exp(-score))
            direct = [r for r in feat["rules"] if "cues" not in rules.get(int(r.rsplit(" ", 1)[1]), "")]
            if not y and where == "rule":
                for r in scan["evidence"]:
                    by_rule[r] += 1
            if args.show and ((not y and where != "none") or (y and where == "none")):
                label = "FA" if not y else "MISS"
                named = [rules.get(int(r.rsplit(" ", 1)[1]), r)[:70] for r in direct]
                shown.append(f"{label} {where} p={p:.2f} ev={scan['evidence']} rules={named}\n    {item['text'][:300]}")
        n_dis = sum(split[True].values())
        n_ord = sum(split[False].values())
        found = n_dis - split[True]["none"]
        alarms = n_ord - split[False]["none"]
        print(f"{path}{' (' + args.half + ' half)' if args.half else ''}: recall {found}/{n_dis}, "
              f"false alarms {alarms}/{n_ord}")
        print("  false alarms by source: " + ", ".join(f"{k} {v}" for k, v in sorted(split[False].items()) if k != "none"))
        print("  disclosures by source:  " + ", ".join(f"{k} {v}" for k, v in sorted(split[True].items())))
        if "heldout" in str(path):
            # A held-out set's words stay unread: only its counts are printed, whatever the options.
            print("  (a held-out set: rule evidence and texts are not printed)")
            continue
        if by_rule:
            print("  rule evidence on false alarms: " + "; ".join(f"{k} x{v}" for k, v in by_rule.most_common()))
        for line in shown:
            print("  " + line)


if __name__ == "__main__":
    main()
