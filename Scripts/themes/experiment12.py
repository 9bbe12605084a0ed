"""Round twelve experiments (issue 18): what batch 12 (`synthetic/agreed-12.jsonl`, 644 statements written in seven
publishers' styles by a writer who never read the real set) does as training data, for the theme models, for
the polarity model, or both, at several weights. Each variant is scored by the grouped 5-fold cross-validation of
`train.py cv` on the real development folds (fold k's tagging rule chosen on the other folds' out-of-fold
predictions), with the written sets scored beside it: batches a-h (as dealt before batch 12 came) and batch 12
itself. Printed fold by fold with the change against `base` (batch 12 left out). Development figures only.

    python3 Scripts/themes/experiment12.py base both1 pol1 themes1 ...   (see VARIANTS)
"""
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, POLARITIES, Corpus  # noqa: E402
import decide  # noqa: E402
import evaluate  # noqa: E402
import experiment8  # noqa: E402
import fastcv  # noqa: E402
import train  # noqa: E402

S = dict(train.SETTINGS)
WITHOUT = {"12": 0.0}


def variant(themes, polarity, **more):
    """Batch 12 at weight `themes` in the theme models and `polarity` in the polarity model."""
    return dict(S, batch_weights={"12": themes}, polarity_batch_weights={"12": polarity}, **more)


VARIANTS = {
    "base": variant(0.0, 0.0),
    **{f"both{w:g}": variant(w, w) for w in (0.5, 1, 2, 3)},
    **{f"pol{w:g}": variant(0.0, w) for w in (0.5, 1, 2, 3, 5)},
    **{f"themes{w:g}": variant(w, 0.0) for w in (0.5, 1, 2, 3)},
    **{f"t{t:g}p{p:g}": variant(t, p) for t in (0.5, 1, 2, 3) for p in (1, 2, 3, 5)},
    # batch 12 for lincolnshire-2022's theme models only (nelc-2019 fell with it in every fold)
    **{f"L{w:g}": variant(w, 0.0, framework_batch_weights={"nelc-2019": {"12": 0.0}}) for w in (0.5, 1, 2)},
}


def kind_of(corpus, i):
    if i < corpus.real:
        return "real"
    return "s12" if corpus.statements[i].get("batch") == "12" else "written"


def score(corpus, parts, settings):
    """As `experiment8.score`, with the written statements split into batches a-h and batch 12."""
    kinds = ("real", "written", "s12")
    pooled = {kind: {fw: np.zeros(3) for fw in FRAMEWORKS} for kind in kinds}
    pol = {kind: [0, 0] for kind in kinds}
    confusion = np.zeros((4, 4), dtype=int)
    folds = {kind: {fw: [] for fw in list(FRAMEWORKS) + ["polarity"]} for kind in kinds}
    per_theme = {fw: np.zeros((3, len(FRAMEWORKS[fw][1])), dtype=int) for fw in FRAMEWORKS}
    for k, (test, p) in enumerate(parts):
        rules = evaluate.choose_rule(corpus, [x for j, x in enumerate(parts) if j != k], settings["per_theme"],
                                     settings["choose_on"], False, settings)
        truth = evaluate.gold(corpus, test)
        kind = np.array([kind_of(corpus, i) for i in test])
        for fw in FRAMEWORKS:
            tagged = decide.tagged(p[fw], *rules[fw], cues=evaluate.cue_weights(corpus, fw, test))
            labels, scored = truth[fw]
            for name in kinds:
                mask = kind == name
                c = decide.counts(tagged[mask], labels[mask], scored[mask])
                if name == "real":
                    per_theme[fw] += np.array(c)
                t = np.array([x.sum() for x in c])
                pooled[name][fw] += t
                folds[name][fw].append(decide.micro_f1(*t))
        agreed = truth["polarity"] >= 0
        guess = p["polarity"].argmax(axis=1)
        hit = guess == truth["polarity"]
        for name in kinds:
            mask = kind == name
            pol[name][0] += int((hit & agreed & mask).sum())
            pol[name][1] += int((agreed & mask).sum())
            folds[name]["polarity"].append(float((hit & agreed & mask).sum() / max(1, (agreed & mask).sum())))
        for r in np.flatnonzero(agreed & (kind == "real")):
            confusion[truth["polarity"][r], guess[r]] += 1
    result = {}
    for name in kinds:
        r = {}
        for fw in FRAMEWORKS:
            tp, fp, fn = pooled[name][fw]
            r[fw] = dict(f1=round(decide.micro_f1(tp, fp, fn), 3), p=round(tp / max(1, tp + fp), 3),
                         r=round(tp / max(1, tp + fn), 3), folds=np.round(folds[name][fw], 3).tolist())
        r["polarity"] = dict(acc=round(pol[name][0] / max(1, pol[name][1]), 3),
                             folds=np.round(folds[name]["polarity"], 3).tolist())
        result[name] = r
    return result, per_theme, confusion


RESULTS = {}


def run(name, settings, corpus, m, detail=False):
    start = time.time()
    parts = experiment8.out_of_fold(corpus, settings, fastcv.predictor(m))
    result, per_theme, confusion = score(corpus, parts, settings)
    RESULTS[name] = result
    lines = [f"== {name} ({time.time() - start:.0f} s)"]
    for kind, r in result.items():
        for key, v in r.items():
            line = f"  {kind:7} {key:18} " + json.dumps(v)
            if "base" in RESULTS and name != "base":
                d = np.array(v["folds"]) - np.array(RESULTS["base"][kind][key]["folds"])
                main = "f1" if "f1" in v else "acc"
                line += f"  delta {v[main] - RESULTS['base'][kind][key][main]:+.3f} folds {np.round(d, 3).tolist()}"
            lines.append(line)
    if detail:
        for fw in FRAMEWORKS:
            tp, fp, fn = per_theme[fw]
            for t, theme in enumerate(FRAMEWORKS[fw][1]):
                lines.append(f"    real {theme:34} P {tp[t] / max(1, tp[t] + fp[t]):.2f} R {tp[t] / max(1, tp[t] + fn[t]):.2f}"
                             f"  (tp {tp[t]} fp {fp[t]} fn {fn[t]})")
        lines.append("    real polarity confusion (rows coders, columns model): " + " ".join(POLARITIES))
        for a in range(4):
            lines.append(f"      {POLARITIES[a]:9} {confusion[a].tolist()}  recall {confusion[a, a] / max(1, confusion[a].sum()):.2f}")
    print("\n".join(lines), flush=True)
    return parts


if __name__ == "__main__":
    corpus = Corpus()
    m = fastcv.load(corpus)
    detail = "--detail" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "base" not in names:
        names = ["base"] + names
    for name in names:
        run(name, VARIANTS[name], corpus, m, detail)
