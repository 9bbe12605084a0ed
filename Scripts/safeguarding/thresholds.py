#!/usr/bin/env python3
"""A threshold for each kind, studied on the writers' out-of-writer scores: a development check, offline only.

Reads the file `train.py --quick --dump FILE` writes (each writer's comments scored by a model trained on the
other writers, with the kind the kind models score highest) and compares, writer by writer, one threshold for
every comment with a threshold for each kind the model names. The thresholds for a writer are always chosen on
the OTHER writers' scores (leave-one-writer-out calibration), so no writer is reported with thresholds fitted to
it: the figures say what the choice does on a writer it has not seen.

The choice, on the calibration writers: start from the one threshold that gives --recall of their disclosures
(rules OR model) pooled; then, kind by kind, raise a kind's threshold (comments whose model kind it is and
that no sign rule flags) while the pooled recall stays at --recall after lowering the others... kept simple:
greedily, the move (raise one kind's threshold to its next disclosure, or lower one to its next disclosure)
that removes the most false alarms per disclosure lost, while pooled recall >= --recall and every kind's
recall (by its true kind) >= --kind-recall.

Usage: python3 Scripts/safeguarding/thresholds.py DUMP [--recall 0.965] [--kind-recall 0.95] [--show]
"""
import argparse
import json
from collections import defaultdict

import numpy as np


def load(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return rows


def arrays_of(rows):
    """score, is a disclosure, the writer's kind, a direct rule flags, a sign rule flags, the model's kind."""
    return (np.array([r["score"] for r in rows], dtype=np.float64), np.array([r["y"] for r in rows]),
            np.array([r["kind"] for r in rows], dtype=object), np.array([r["rule"] for r in rows]),
            np.array([r["sign"] for r in rows]), np.array([r["model_kind"] for r in rows], dtype=object))


def flagged(rows, score, rule, sign, model_kind, thresholds, single):
    """Rules OR the model, a flag of the model alone held to the bar of the kind it names (a sign rule's
    comments to the single threshold), as SafeguardingScreen.scan does."""
    t = np.full(len(score), single)
    for k, v in thresholds.items():
        t[(model_kind == k) & ~sign] = v
    return rule | (score >= t)


def recall_ok(flag, y, kind, recall, kind_recall):
    if flag[y].mean() < recall:
        return False
    for k in set(kind[y]):
        mask = y & (kind == k)
        if flag[mask].mean() < kind_recall:
            return False
    return True


def single_threshold(score, y, rule, recall):
    for t in np.sort(np.unique(score[np.isfinite(score)]))[::-1]:
        if (rule | (score >= t))[y].mean() >= recall:
            return float(t)
    return float(score[np.isfinite(score)].min())


def choose(rows, idx, arrays, recall, kind_recall, max_raise):
    """Per-kind thresholds on the rows `idx`: start at the single threshold; raise a kind's threshold (up to
    `max_raise` log-odds above it) one score at a time while the constraints hold, the kind whose raise removes
    the most false alarms first."""
    score, y, kind, rule, sign, model_kind = (a[idx] for a in arrays)
    single = single_threshold(score, y, rule, recall)
    kinds = sorted(set(model_kind))
    thresholds = {k: single for k in kinds}
    base = flagged(idx, score, rule, sign, model_kind, thresholds, single)
    if not recall_ok(base, y, kind, recall, kind_recall):
        # The single threshold meets pooled recall; if a kind falls short, keep the single threshold.
        return single, thresholds
    improved = True
    while improved:
        improved = False
        best = None
        for k in kinds:
            mask = (model_kind == k) & ~sign & ~rule & np.isfinite(score)
            candidates = np.sort(np.unique(score[mask & (score >= thresholds[k])]))
            for c in candidates:
                if c <= thresholds[k]:
                    continue
                if c > single + max_raise:
                    break
                trial = dict(thresholds)
                trial[k] = float(c)
                flag = flagged(idx, score, rule, sign, model_kind, trial, single)
                if not recall_ok(flag, y, kind, recall, kind_recall):
                    break
                gain = int(base[~y].sum() - flag[~y].sum())
                lost = int(base[y].sum() - flag[y].sum())
                if gain > 0 and (best is None or (gain, -lost) > best[0]):
                    best = ((gain, -lost), k, float(c))
        if best is not None:
            thresholds[best[1]] = best[2]
            base = flagged(idx, score, rule, sign, model_kind, thresholds, single)
            improved = True
    return single, thresholds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--recall", type=float, default=0.965)
    parser.add_argument("--kind-recall", type=float, default=0.95)
    parser.add_argument("--max-raise", type=float, default=3.0)
    args = parser.parse_args()
    rows = load(args.dump)
    arrays = arrays_of(rows)
    score, y, kind, rule, sign, model_kind = arrays
    group = np.array([r["group"] for r in rows])
    totals = defaultdict(lambda: np.zeros(4, dtype=int))
    by_kind = defaultdict(lambda: np.zeros(4, dtype=int))
    for held in sorted(set(group), key=lambda g: int(g.split("-")[1])):
        calibrate = np.where(group != held)[0]
        test = np.where(group == held)[0]
        single, thresholds = choose(rows, calibrate, arrays, args.recall, args.kind_recall, args.max_raise)
        one = rule[test] | (score[test] >= single)
        per = flagged(test, score[test], rule[test], sign[test], model_kind[test], thresholds, single)
        for name, flag in (("single", one), ("per-kind", per)):
            t = totals[name]
            t += [flag[y[test]].sum(), y[test].sum(), flag[~y[test]].sum(), (~y[test]).sum()]
            for k in set(kind[test][y[test]]):
                mask = y[test] & (kind[test] == k)
                by_kind[(name, k)] += [flag[mask].sum(), mask.sum(), 0, 0]
        raised = {k: round(v - single, 2) for k, v in thresholds.items() if v > single}
        print(f"{held}: single {one[y[test]].sum()}/{y[test].sum()} fa {one[~y[test]].sum()}/{(~y[test]).sum()}"
              f"  per-kind {per[y[test]].sum()}/{y[test].sum()} fa {per[~y[test]].sum()}/{(~y[test]).sum()}"
              f"  raised {raised}")
    for name, t in totals.items():
        print(f"{name}: recall {t[0]}/{t[1]} ({t[0] / t[1]:.3f})  false alarms {t[2]}/{t[3]} ({t[2] / t[3]:.3f})")
        print("   by kind: " + ", ".join(f"{k} {v[0]}/{v[1]}" for (n, k), v in sorted(by_kind.items()) if n == name))


if __name__ == "__main__":
    main()
