#!/usr/bin/env python3
"""False alarms along the recall curve, leave-one-writer-out: a development check, offline only.

Reads one `train.py --quick --dump FILE` per setting (each writer's comments scored by a model trained on the
other writers) and prints, for each pooled recall target, the false alarms of rules OR model at the one threshold
that reaches it: over every writer, and the recall and false alarms on the writers named with --new (by default
writers 18 to 23, whose batches no shipped model was trained on). The curve is steep near the top (one pass,
fourteenth round: about 50 more false alarms of 2,507 from 0.975 to 0.98), so settings are compared at every
target, not at one. The threshold is chosen on the same scores, so recall is met by construction: use
choose_setting.py for a threshold chosen without the writer.

Usage: python3 Scripts/safeguarding/recall_curve.py DUMP [DUMP ...] [--targets 0.965,0.97,0.975,0.98]
       [--new writer-18,writer-19,...]
"""
import argparse
import json
import pathlib

import numpy as np

from thresholds import single_threshold


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dumps", nargs="+")
    parser.add_argument("--targets", default="0.965,0.97,0.975,0.98")
    parser.add_argument("--new", default=",".join(f"writer-{n}" for n in range(18, 24)))
    args = parser.parse_args()
    targets = [float(x) for x in args.targets.split(",")]
    for path in args.dumps:
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        y = np.array([r["y"] for r in rows])
        rule = np.array([r["rule"] for r in rows])
        score = np.array([r["score"] for r in rows])
        new = np.isin(np.array([r["group"] for r in rows]), args.new.split(","))
        cells = []
        for target in targets:
            flagged = rule | (score >= single_threshold(score, y, rule, target))
            cells.append(f"{target}: {int((flagged & ~y).sum())} of {int((~y).sum())}; new "
                         f"{int(flagged[new & y].sum())}/{int((new & y).sum())}, "
                         f"{int(flagged[new & ~y].sum())} of {int((new & ~y).sum())}")
        print(f"{pathlib.Path(path).stem}: " + " | ".join(cells))


if __name__ == "__main__":
    main()
