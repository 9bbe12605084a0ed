#!/usr/bin/env python3
"""Copies an independent writer's development batch into Tests/Fixtures/safeguarding/writers/ for training.

Offline only. Reads a batch (JSON Lines: text, disclosure, kind), keeps one half of it when asked (`--half
tuning`: the comments whose text's SHA-256 begins with an even byte, as `heard safeguarding eval --half`; the
other half stays outside the repository as an untuned check), maps the writer's kinds onto the screen's (physical,
sexual, emotional and threat to abuse; domestic to unsafe-home; grooming and substances to exploitation; bullying
to severe-bullying), and writes or appends `writer-N.jsonl` (`--append`: the same writer's other comments).

Usage: python3 Scripts/safeguarding/import_batch.py BATCH.jsonl writer-N.jsonl [--half tuning|reporting] [--append]
"""
import argparse
import hashlib
import json
import pathlib

WRITERS = pathlib.Path(__file__).resolve().parents[2] / "Tests/Fixtures/safeguarding/writers"

KINDS = {
    "physical": "abuse", "sexual": "abuse", "emotional": "abuse", "threat": "abuse", "domestic": "unsafe-home",
    "grooming": "exploitation", "substances": "exploitation", "bullying": "severe-bullying",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("batch")
    parser.add_argument("writer")
    parser.add_argument("--half", default="", choices=["", "tuning", "reporting"])
    parser.add_argument("--append", action="store_true")
    args = parser.parse_args()
    out = []
    for line in pathlib.Path(args.batch).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        even = hashlib.sha256(item["text"].encode("utf-8")).digest()[0] % 2 == 0
        if args.half and even != (args.half == "tuning"):
            continue
        disclosure = bool(item["disclosure"])
        kind = (item.get("kind") or "") if disclosure else "ordinary"
        out.append(json.dumps({"text": item["text"], "disclosure": disclosure, "kind": KINDS.get(kind, kind)},
                              ensure_ascii=False))
    path = WRITERS / args.writer
    mode = "a" if args.append else "w"
    with path.open(mode, encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    print(f"{path}: {'appended' if args.append else 'wrote'} {len(out)} comments")


if __name__ == "__main__":
    main()
