#!/usr/bin/env python3
"""The trained layer scored and chosen leave-one-batch-out, as the whole screen flags: a development check, offline only.

Batches: writers 1-18 (Tests/Fixtures/safeguarding/writers), our written rounds, and, when /work/devdata is present,
the **tuning halves** of batch-24..33 (replacing writers 19-23, which hold batch-24..28 or their halves, some
whole), and the tuning halves of ../shared/eval (real quotes, real statements). Everyday theme-test comments are
training only. No reporting half is read here.

For a setting, each batch is scored by a model trained on every other batch; each batch's threshold is then
chosen on the other batches' out-of-batch scores (the highest at which the screen finds --recall of their
disclosures), never on the batch itself. A comment is flagged as `SafeguardingScreen.scan` flags it (emulated
from `heard safeguarding features` and checked against `heard safeguarding scan` with the shipped weights): a
direct rule that is not weak, or weak with a second sign in its sentence; a weak rule's held flag when the
layer's probability reaches "second sign, model at least" (rules.txt); the layer at its threshold unless an
ordinary reading "for model" switches it off. Prints counts only, never texts.

Usage: python3 Scripts/safeguarding/lobo.py [--heard .build/debug/heard] [--cache DIR] [--set KEY=VALUE ...]
       [--recall R] [--shipped] [--train-on old] [--dump FILE] [--write PATH]
"""
import argparse
import hashlib
import json
import math
import pathlib
import re
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import alarm_split  # noqa: E402
import train as T  # noqa: E402

ROOT = T.ROOT
DEVDATA = ROOT.parent / "devdata/safeguarding"
RULES = ROOT / "Sources/HeardPrivacy/Data/safeguarding/rules.txt"
BATCH_KINDS = {
    "physical": "abuse", "sexual": "abuse", "emotional": "abuse", "threat": "abuse", "domestic": "unsafe-home",
    "grooming": "exploitation", "substances": "exploitation", "bullying": "severe-bullying",
}
SETTINGS = dict(T.SETTINGS)
SETTINGS.update({"recall": 0.965, "batch_ordinary_weight": 1.0, "held_weight": 1.0})


def tuning(text):
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


def load_batches(old_only=False):
    """Rows with a `group` (the LOBO batch) and a `source` (writers, rounds, new batches, real)."""
    rows = []
    for r in T.load_writers():
        number = int(r["group"].split("-")[1])
        if number <= 18:
            rows.append(dict(r, source="writers 1-18"))
    for r in T.load_rounds():
        rows.append(dict(r, source="rounds"))
    if DEVDATA.exists():
        for number in range(24, 34):
            path = DEVDATA / f"batch-{number}.jsonl"
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                if not tuning(item["text"]):
                    continue
                y = bool(item["disclosure"])
                kind = BATCH_KINDS.get(item.get("kind") or "", item.get("kind") or "") if y else ""
                rows.append({"text": item["text"], "y": y, "kind": kind, "group": f"batch-{number}",
                             "source": "batch-24..33 tuning"})
    for name, group in (("safeguarding-real/dev.jsonl", "real-quotes"), ("themes-real/statements.jsonl", "real-statements")):
        path = ROOT / "../shared/eval" / name
        if path.exists():
            for item in T.tuning_half(path):
                kind = item.get("kind", "") if item.get("disclosure") else ""
                rows.append({"text": item["text"], "y": bool(item.get("disclosure")),
                             "kind": kind if kind in T.KINDS else "", "group": group, "source": "real tuning"})
    return rows


def rule_options():
    """Weak rules and sign rules ("KIND line N") and the weak-rule bar (log-odds) from rules.txt."""
    weak, signs, bar = set(), set(), 0.12
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("second sign, model at least:"):
            bar = float(line.split(":", 1)[1])
            continue
        if not line.strip() or line.startswith("#") or line.startswith("ordinary") or ":" not in line:
            continue
        head = line.split(":", 1)[0]
        kind = re.sub(r"\s*\(.*\)", "", head).strip()
        options = re.findall(r"\((.*)\)", head)
        words = {o.strip() for o in options[0].split(",")} if options else set()
        if "cues" in words:
            signs.add(f"{kind} line {number}")
        if "weak" in words:
            weak.add(f"{kind} line {number}")
    return weak, signs, math.log(bar / (1 - bar))


class Screen:
    """What the screen decides without the layer, per comment: a standing rule flag, a held weak flag."""

    def __init__(self, read):
        weak, signs, self.bar = rule_options()
        self.strong = np.zeros(len(read), dtype=bool)
        self.held = np.zeros(len(read), dtype=bool)
        for i, item in enumerate(read):
            direct = [r for r in item["rules"] if r not in signs]
            signed = set(item.get("signed", []))
            self.strong[i] = any(r not in weak or r in signed for r in direct)
            self.held[i] = bool(direct) and not self.strong[i]


def flagged(screen, rows, raw, model, threshold):
    """rows: indices; raw: log-odds; model: log-odds with switched-off model flags at -inf."""
    return screen.strong[rows] | (screen.held[rows] & (raw >= screen.bar)) | (model >= threshold)


def prepare(args, settings, rows):
    if args.cache:
        T.open_cache(args.heard, args.cache)
    read = T.features(args.heard, [r["text"] for r in rows])
    everyday = T.load_everyday()
    for row, item in zip(everyday, T.features(args.heard, [r["text"] for r in everyday])):
        if not any(f.startswith(("r:", "s:")) for f in item["features"]):
            rows.append(dict(row, source="everyday"))
            read.append(item)
    feats = [item["features"] for item in read]
    lengths = np.array([item["words"] for item in read], dtype=np.float64)
    data = T.Data(rows, feats, lengths, settings)
    T.attach_context(data, read, feats)
    data.source = np.array([r["source"] for r in rows])
    data.weight[data.group == "rounds"] = settings["rounds_weight"]
    data.weight[data.group == "everyday"] = settings["everyday_weight"]
    real = np.isin(data.group, ["real-quotes", "real-statements"])
    data.weight[real] = settings["shared_weight"]
    writers = np.char.startswith(data.group.astype(str), "writer-") | np.char.startswith(data.group.astype(str), "batch-")
    data.weight[writers & (data.y == 0)] *= settings["ordinary_weight"]
    alarming = np.array([any(f.startswith(("s:", "o:")) for f in fs) for fs in feats])
    data.weight[writers & (data.y == 0) & alarming] *= settings["hard_weight"]
    batches = np.char.startswith(data.group.astype(str), "batch-")
    data.weight[batches & (data.y == 0)] *= settings["batch_ordinary_weight"]
    # The shared tuning halves only move weights of features our own sets have (train.columns).
    data.group[data.group == "real-quotes"] = "shared-quotes"
    data.group[data.group == "real-statements"] = "shared-statements"
    screen = Screen(read)
    # Ordinary comments on which a weak rule's flag is held: the layer's probability decides them (the "second
    # sign, model at least" bar), so they may weigh more (nineteenth round).
    data.weight[screen.held & (data.y == 0)] *= settings["held_weight"]
    return data, screen, read


def scored_groups(data):
    return [g for g in dict.fromkeys(data.group) if g != "everyday"]


def columns_for(data, rows, settings):
    # train.columns leaves out group "shared" when counting; our shared groups are named shared-*.
    saved = data.group
    data.group = np.where(np.char.startswith(saved.astype(str), "shared"), "shared", saved)
    try:
        return T.columns(data, rows, settings)
    finally:
        data.group = saved


def fit_rows(data, rows, settings):
    cols = columns_for(data, rows, settings)
    return T.fit(data.X.select(rows, cols), data.y[rows], data.weight[rows], settings["c"], settings["iterations"],
                 settings["rate"])


def out_of_batch(data, settings, train_filter=None):
    """Each scored batch's raw and model log-odds from a model trained on every other batch."""
    everything = np.arange(len(data.y))
    raw = np.zeros(len(data.y))
    model = np.zeros(len(data.y))
    allowed = np.ones(len(data.y), dtype=bool) if train_filter is None else train_filter
    cache = {}
    for held in scored_groups(data):
        test = everything[data.group == held]
        training = everything[(data.group != held) & allowed]
        key = tuple(training)
        if key not in cache:
            cache[key] = fit_rows(data, training, settings)
        w, b = cache[key]
        raw[test] = data.X.select(test).dot(w) + b
        model[test] = raw[test]
        model[test[T.switched_off(data, test, w)]] = -np.inf
    return raw, model


def threshold_for(data, screen, rows, raw, model, recall):
    y = data.y[rows] == 1
    base = screen.strong[rows] | (screen.held[rows] & (raw[rows] >= screen.bar))
    for t in np.sort(np.unique(model[rows][np.isfinite(model[rows])]))[::-1]:
        if (base | (model[rows] >= t))[y].mean() >= recall:
            return float(t)
    return -np.inf


def lobo(data, screen, raw, model, recall):
    """Each batch scored at the threshold chosen on the other batches."""
    everything = np.arange(len(data.y))
    results = {}
    for held in scored_groups(data):
        test = everything[data.group == held]
        others = everything[(data.group != held) & (data.group != "everyday")]
        t = threshold_for(data, screen, others, raw, model, recall)
        f = flagged(screen, test, raw[test], model[test], t)
        y = data.y[test] == 1
        results[held] = (int(f[y].sum()), int(y.sum()), int(f[~y].sum()), int((~y).sum()), t, f)
    return results


def print_results(data, results, label):
    by_source = {}
    for held, (found, d, alarms, o, t, _) in results.items():
        source = data.source[data.group == held][0]
        s = by_source.setdefault(source, [0, 0, 0, 0])
        for i, v in enumerate((found, d, alarms, o)):
            s[i] += v
        p = 1 / (1 + math.exp(-t)) if np.isfinite(t) else 0.0
        print(f"  {held:20s} {found:4d}/{d:<4d} {alarms:4d}/{o:<4d}  p {p:.3f}")
    total = [sum(s[i] for s in by_source.values()) for i in range(4)]
    for source, s in by_source.items():
        print(f"  [{source}] found {s[0]}/{s[1]}, false alarms {s[2]}/{s[3]}")
    print(f"{label}: found {total[0]}/{total[1]} ({total[0] / total[1]:.4f}), false alarms {total[2]}/{total[3]} "
          f"({total[2] / total[3]:.4f})", flush=True)


def compare(data, results, actual):
    """Comment by comment against the shipped screen: disclosures it finds that the retrained layer loses
    (named by batch, line of the batch's tuning half and kind; no text), and the false alarms each adds."""
    everything = np.arange(len(data.y))
    lost, gained, fewer, more = [], 0, 0, 0
    for held, (*_, f) in results.items():
        test = everything[data.group == held]
        for n, (row, new) in enumerate(zip(test, f)):
            old = actual[row]
            if data.y[row] and old and not new:
                lost.append(f"{held} #{n + 1} {data.rows[row]['kind'] or '?'}")
            gained += int(data.y[row] and new and not old)
            fewer += int(not data.y[row] and old and not new)
            more += int(not data.y[row] and new and not old)
    print(f"  against the shipped screen: disclosures lost {len(lost)}, gained {gained}; false alarms gone {fewer}, "
          f"new {more}")
    print("  lost: " + "; ".join(lost))


def shipped_scores(data, read):
    weights, bias, threshold = alarm_split.model_weights(T.MODEL)
    raw = np.array([bias + sum(weights.get(f, 0.0) for f in item["features"]) for item in read])
    w = np.array([weights.get(n, 0.0) for n in data.names])
    model = raw.copy()
    everything = np.arange(len(data.y))
    model[T.switched_off(data, everything, w)] = -np.inf
    return raw, model, math.log(threshold / (1 - threshold))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--heard", default=str(ROOT / ".build/debug/heard"))
    parser.add_argument("--cache", default="")
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--recall", type=float, nargs="+", default=[0.965])
    parser.add_argument("--shipped", action="store_true", help="also score the shipped weights (and check the emulation)")
    parser.add_argument("--train-on", default="all", choices=["all", "old"],
                        help="old: train only on what the tenth round had (writers 1-17, rounds, everyday, real)")
    parser.add_argument("--dump", default="", help="write out-of-batch scores (no texts) to this JSON file")
    parser.add_argument("--write", default="", help="train on everything and write a model file here")
    args = parser.parse_args()
    settings = dict(SETTINGS)
    for item in args.set:
        key, value = item.split("=")
        settings[key] = type(settings[key])(value)
    rows = load_batches()
    data, screen, read = prepare(args, settings, rows)
    print(f"{len(scored_groups(data))} batches, {len(data.y)} comments; settings {settings}")
    if args.shipped:
        raw, model, t = shipped_scores(data, read)
        texts = [r["text"] for r in data.rows]
        scan = alarm_split.run(args.heard, "scan", texts)
        emulated = flagged(screen, np.arange(len(data.y)), raw, model, t)
        actual = np.array([s["concern"] for s in scan])
        print(f"emulation check (shipped weights): {int((emulated != actual).sum())} of {len(texts)} differ")
        everything = np.arange(len(data.y))
        results = {}
        for held in scored_groups(data):
            test = everything[data.group == held]
            f = actual[test]
            y = data.y[test] == 1
            results[held] = (int(f[y].sum()), int(y.sum()), int(f[~y].sum()), int((~y).sum()), t, f)
        print_results(data, results, "shipped weights at their own threshold")
        for recall in args.recall:
            print_results(data, lobo(data, screen, raw, model, recall), f"shipped weights, threshold LOBO at {recall}")
    else:
        actual = None
    allowed = None
    if args.train_on == "old":
        number = np.array([int(g.split("-")[1]) if g.startswith("writer-") else 0 for g in data.group])
        allowed = ~np.char.startswith(data.group.astype(str), "batch-") & (number <= 17)
    raw, model = out_of_batch(data, settings, allowed)
    if args.dump:
        pathlib.Path(args.dump).write_text(json.dumps({"group": data.group.tolist(), "y": data.y.tolist(),
                                                       "raw": raw.tolist(), "model": [m if np.isfinite(m) else -1e9 for m in model]}))
    for recall in args.recall:
        results = lobo(data, screen, raw, model, recall)
        print_results(data, results, f"retrained ({args.train_on}), threshold LOBO at {recall}")
        if actual is not None:
            compare(data, results, actual)
    if args.write:
        # The shipped threshold: the highest at which the screen finds the first --recall of every batch's
        # disclosures pooled, on the out-of-batch scores; the weights: trained on every batch.
        everything = np.arange(len(data.y))
        t = threshold_for(data, screen, everything[data.group != "everyday"], raw, model, args.recall[0])
        data.group = np.where(np.char.startswith(data.group.astype(str), "shared"), "shared", data.group)
        settings["recall"] = args.recall[0]
        T.write_model(data, settings, t, f"Trained on writers 1-18, our written rounds, everyday theme-test comments, the "
                      f"tuning halves of batch-24..33 and of ../shared/eval ({len(data.y)} comments; only features our "
                      f"own sets have); threshold for {args.recall[0]} of the disclosures, leave-one-batch-out "
                      f"(Scripts/safeguarding/lobo.py).", pathlib.Path(args.write))
        path = pathlib.Path(args.write)
        path.write_text(path.read_text(encoding="utf-8").replace("Written by Scripts/safeguarding/train.py",
                                                                 "Written by Scripts/safeguarding/lobo.py"), encoding="utf-8")


if __name__ == "__main__":
    main()
