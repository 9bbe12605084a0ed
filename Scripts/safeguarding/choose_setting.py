#!/usr/bin/env python3
"""Chooses a training setting without looking at the writer it is reported on: a development check, offline only.

Reads one `train.py --quick --dump FILE` per setting (each writer's comments scored by a model trained on the
other writers under that setting) and, for each writer in turn (the outer writer):

1. on the OTHER writers only, for each setting: the one threshold at which rules OR model find --recall of their
   disclosures pooled, and the false alarms at it; the setting with the fewest false alarms is chosen (the first
   named wins a tie, so name the shipped setting first);
2. the outer writer is scored with the chosen setting and the threshold chosen on the others.

So neither the setting nor the threshold is fitted to the writer reported. (The models that scored the other
writers were trained with the outer writer among their data: a one-pass approximation of nested
leave-one-writer-out, which would train 17 x 16 models per setting, too many for the shared machine.)
Each setting alone is reported the same way (its threshold chosen without the writer), for comparison.

Usage: python3 Scripts/safeguarding/choose_setting.py NAME=DUMP [NAME=DUMP ...] [--recall 0.965]
"""
import argparse
import json

import numpy as np

from thresholds import arrays_of, single_threshold


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dumps", nargs="+")
    parser.add_argument("--recall", type=float, default=0.965)
    args = parser.parse_args()
    settings = {}
    for item in args.dumps:
        name, path = item.split("=", 1)
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        settings[name] = (np.array([r["group"] for r in rows]), arrays_of(rows))
    names = list(settings)
    groups = settings[names[0]][0]
    for name in names:
        assert (settings[name][0] == groups).all(), f"{name} scores other comments"
    writers = sorted(set(groups), key=lambda g: int(g.split("-")[1]))
    totals = {name: np.zeros(4, dtype=int) for name in names + ["chosen"]}
    for held in writers:
        out, inside = groups == held, groups != held
        scored = {}
        for name in names:
            score, y, kind, rule, sign, _ = settings[name][1]
            t = single_threshold(score[inside], y[inside], rule[inside], args.recall)
            inner_fa = (rule[inside] | (score[inside] >= t))[~y[inside]].mean()
            flag = rule[out] | (score[out] >= t)
            scored[name] = (inner_fa, [flag[y[out]].sum(), y[out].sum(), flag[~y[out]].sum(), (~y[out]).sum()])
            totals[name] += scored[name][1]
        chosen = min(names, key=lambda n: (round(scored[n][0], 6), names.index(n)))
        totals["chosen"] += scored[chosen][1]
        print(f"{held}: chosen {chosen}; " + "  ".join(
            f"{n} {s[1][0]}/{s[1][1]} fa {s[1][2]}/{s[1][3]}" for n, s in scored.items()))
    for name, t in totals.items():
        print(f"{name}: recall {t[0]}/{t[1]} ({t[0] / t[1]:.3f})  false alarms {t[2]}/{t[3]} ({t[2] / t[3]:.3f})")


if __name__ == "__main__":
    main()
