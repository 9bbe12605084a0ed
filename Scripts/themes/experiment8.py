"""Round eight experiments (issue 18, recall on real statements), on `fastcv.py`'s prebuilt matrices: each idea
scored by the grouped 5-fold cross-validation of `train.py cv` (real development folds; fold k's rule chosen on
the other folds' out-of-fold predictions) and the 5-fold cross-validation of the written sets, printed fold by
fold with its change against `base`. Development figures only.

    python3 Scripts/themes/experiment8.py base cuebar floor stack points ...

- cuebar: a theme whose own codebook cues matched (`c:THEME` at least `cue_min`) is tagged when its probability
  reaches a lower bar than the threshold (the bar chosen, with the rest of the rule, on the other folds);
- floor: the model may not discount a theme's own cues: its weight on `c:THEME` and `k:THEME` is at least
  `floor` (a bound in the fit);
- stack: a second pass per theme over every theme's first-pass score (label co-occurrence, `experiment7.py`);
- points: codebook points as features (`experiment7.add_points`);
- thresholds: a threshold per theme (chosen on the other folds).
"""
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, Corpus  # noqa: E402
import decide  # noqa: E402
import evaluate  # noqa: E402
import fastcv  # noqa: E402
import train  # noqa: E402

S = dict(train.SETTINGS, other_cues_not_against=())  # the baseline: round seven as shipped


def out_of_fold(corpus, settings, predict):
    parts = []
    for k, fold in enumerate(corpus.folds):
        trained = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
        test = corpus.rows(fold) + corpus.synthetic_folds[k]
        parts.append((test, predict(corpus, settings, trained, test)))
    return parts


def score(corpus, m, parts, settings, cuebar=False):
    """Per fold: real micro-F1 by framework and polarity; pooled real and written tallies."""
    kinds = ("real", "written")
    pooled = {kind: {fw: np.zeros(3) for fw in FRAMEWORKS} for kind in kinds}
    pol = {kind: [0, 0] for kind in kinds}
    folds = {kind: {fw: [] for fw in list(FRAMEWORKS) + ["polarity"]} for kind in kinds}
    chosen = []
    for k, (test, p) in enumerate(parts):
        rules = evaluate.choose_rule(corpus, [x for j, x in enumerate(parts) if j != k], settings["per_theme"],
                                     settings["choose_on"], cuebar, settings)
        chosen.append(rules)
        truth = evaluate.gold(corpus, test)
        real = np.array([i < corpus.real for i in test])
        for fw in FRAMEWORKS:
            tagged = decide.tagged(p[fw], *rules[fw], cues=evaluate.cue_weights(corpus, fw, test))
            labels, scored = truth[fw]
            for kind, mask in (("real", real), ("written", ~real)):
                t = np.array([c.sum() for c in decide.counts(tagged[mask], labels[mask], scored[mask])])
                pooled[kind][fw] += t
                folds[kind][fw].append(decide.micro_f1(*t))
        agreed = truth["polarity"] >= 0
        hit = p["polarity"].argmax(axis=1) == truth["polarity"]
        for kind, mask in (("real", real), ("written", ~real)):
            pol[kind][0] += int((hit & agreed & mask).sum())
            pol[kind][1] += int((agreed & mask).sum())
            folds[kind]["polarity"].append(float((hit & agreed & mask).sum() / max(1, (agreed & mask).sum())))
    result = {}
    for kind in kinds:
        r = {}
        for fw in FRAMEWORKS:
            tp, fp, fn = pooled[kind][fw]
            r[fw] = dict(f1=round(decide.micro_f1(tp, fp, fn), 3), p=round(tp / max(1, tp + fp), 3),
                         r=round(tp / max(1, tp + fn), 3), folds=np.round(folds[kind][fw], 3).tolist())
        r["polarity"] = dict(acc=round(pol[kind][0] / pol[kind][1], 3), folds=np.round(folds[kind]["polarity"], 3).tolist())
        result[kind] = r
    return result, chosen


RESULTS = {}


def run(name, settings=S, predict=None, corpus=None, m=None, cuebar=False, cache=None):
    """`cache`: a name for the out-of-fold predictions (kept under `.build/themes-fastcv/`), so that ideas which
    only change the tagging rule reuse the models' predictions."""
    import pickle
    start = time.time()
    corpus = corpus or Corpus()
    m = m or fastcv.load(corpus)
    path = fastcv.SCRATCH / f"oof-{cache}.pkl" if cache else None
    if path and path.exists():
        parts = pickle.loads(path.read_bytes())
    else:
        parts = out_of_fold(corpus, settings, predict or fastcv.predictor(m))
        if path:
            path.write_bytes(pickle.dumps(parts))
    result, chosen = score(corpus, m, parts, settings, cuebar)
    RESULTS[name] = result
    lines = [f"== {name} ({time.time() - start:.0f} s)"]
    for kind, r in result.items():
        for key, v in r.items():
            line = f"  {kind:7} {key:18} " + json.dumps(v)
            if "base" in RESULTS and name != "base":
                d = np.array(v["folds"]) - np.array(RESULTS["base"][kind][key]["folds"])
                main = "f1" if "f1" in v else "acc"
                line += f"  delta {v[main] - RESULTS['base'][kind][key][main]:+.3f} folds {np.round(d, 3).tolist()} sd {d.std(ddof=1):.3f}"
            lines.append(line)
    if cuebar:
        for fw in FRAMEWORKS:
            lines.append(f"  cue bars {fw}: " + "; ".join(f"{c[fw][3]}@{c[fw][4]}" for c in chosen))
    print("\n".join(lines), flush=True)
    return parts


def stacked(m, stack_c=0.1):
    """`experiment7.stacked_predict` on the prebuilt matrices: a second pass per theme over the logits of every
    theme of both frameworks, trained on inner 3-fold out-of-fold first-pass scores of the training rows."""
    import experiment7
    from fit import sigmoid
    from models import training_rows
    first = fastcv.predictor(m)

    def passes(corpus, settings, rows, test_rows):
        out = {}
        for fw in FRAMEWORKS:
            cols, w = fastcv.theme_models(m, fw, rows, settings)
            out[fw] = sigmoid(m.design(fw, test_rows, cols) @ w)
        return out

    def predict(corpus, settings, train_real, test_rows):
        base = first(corpus, settings, train_real, test_rows)
        rows = training_rows(corpus, train_real, settings, held_out=set(test_rows))
        order = np.random.default_rng(7).permutation(len(rows))
        inner = {fw: np.zeros((len(rows), len(FRAMEWORKS[fw][1]))) for fw in FRAMEWORKS}
        for k in range(3):
            held = set(order[k::3].tolist())
            p = passes(corpus, settings, [rows[j] for j in range(len(rows)) if j not in held], [rows[j] for j in order[k::3]])
            for fw in FRAMEWORKS:
                inner[fw][order[k::3]] = p[fw]
        zin = np.hstack([experiment7.logit(inner[fw]) for fw in FRAMEWORKS])
        zout = np.hstack([experiment7.logit(base[fw]) for fw in FRAMEWORKS])
        col = 0
        for fw, (key, themes) in FRAMEWORKS.items():
            out = np.zeros_like(base[fw])
            for t in range(len(themes)):
                out[:, t] = experiment7.stack_column(corpus, rows, key, t, zin, zout, settings, col + t, stack_c)
            base[fw] = out
            col += len(themes)
        return base
    return predict


def cue_floor(floor, others=None):
    """Bounds: a theme's own cue weights (`c:`, `k:`) at least `floor`; other themes' cue weights at least
    `others` (None: free; 0: another theme's cues may not count against this one)."""
    def bounds(fw, number, vocab, width, scale):
        theme = FRAMEWORKS[fw][1][number]
        b = [(None, None)] * width
        for name, k in vocab.items():
            if name in ("c:" + theme, "k:" + theme):
                b[k] = (floor / scale[k] if floor is not None else None, None)
            elif others is not None and name.startswith(("c:", "k:")):
                b[k] = (others / scale[k], None)
        return b
    return bounds


if __name__ == "__main__" and sys.argv[1:2] != ["stacked"]:
    corpus = Corpus()
    m = fastcv.load(corpus)
    for name in sys.argv[1:]:
        if name == "base":
            run("base", corpus=corpus, m=m, cache="base")
        elif name == "cuebar":
            run("cuebar", corpus=corpus, m=m, cuebar=True, cache="base")
        elif name.startswith("floor"):
            floor = float(name[5:] or 0.5)
            run(name, corpus=corpus, m=m, predict=fastcv.predictor(m, bounds=cue_floor(floor)), cache=name)
        elif name == "nocross":
            run(name, corpus=corpus, m=m, predict=fastcv.predictor(m, bounds=cue_floor(None, 0.0)), cache=name)
        elif name.startswith("cuebar-floor"):
            run(name, corpus=corpus, m=m, predict=fastcv.predictor(m, bounds=cue_floor(float(name[12:]))),
                cuebar=True, cache=name[7:])
        elif name == "thresholds":
            run(name, dict(S, per_theme=True), corpus=corpus, m=m, cache="base")
        elif name == "stack":
            run(name, corpus=corpus, m=m, predict=stacked(m), cache="stack")
        elif name == "cuebar-stack":
            run(name, corpus=corpus, m=m, predict=stacked(m), cuebar=True, cache="stack")
        elif name == "points":
            import experiment7
            c2 = Corpus()
            experiment7.add_points(c2)
            P = dict(S, theme_prefixes=S["theme_prefixes"] + ("p:",))
            m2 = fastcv.Matrices(c2)
            run("base", corpus=c2, m=m2, cache="base")
            run(name, P, corpus=c2, m=m2, cache=name)
        else:
            sys.exit(f"unknown {name}")


def stack_on_folds(corpus, parts, settings, stack_c=0.1, same_framework=False):
    """A cheap second pass: fold k's stacker (per theme, over the logits of every theme) is trained on the other
    folds' out-of-fold first-pass scores (as the rule is chosen), then applied to fold k's. Those scores came from
    models that saw fold k: the same small leak as the rule's choice."""
    import experiment7
    out = []
    fws = list(FRAMEWORKS)
    for k, (test, p) in enumerate(parts):
        rows = [i for j, (r, _) in enumerate(parts) if j != k for i in r]
        z_in = {fw: np.vstack([experiment7.logit(q[fw]) for j, (_, q) in enumerate(parts) if j != k]) for fw in fws}
        z_out = {fw: experiment7.logit(p[fw]) for fw in fws}
        new = dict(p)
        for fw, (key, themes) in FRAMEWORKS.items():
            use = [fw] if same_framework else fws
            zin = np.hstack([z_in[f] for f in use])
            zout = np.hstack([z_out[f] for f in use])
            own0 = 0 if same_framework else sum(len(FRAMEWORKS[f][1]) for f in fws[:fws.index(fw)])
            q = np.zeros_like(p[fw])
            for t in range(len(themes)):
                q[:, t] = experiment7.stack_column(corpus, rows, key, t, zin, zout, settings, own0 + t, stack_c)
            new[fw] = q
        out.append((test, new))
    return out


def run_stacked(name, corpus, m, stack_c, same_framework=False):
    import pickle
    parts = pickle.loads((fastcv.SCRATCH / "oof-base.pkl").read_bytes())
    stacked_parts = stack_on_folds(corpus, parts, S, stack_c, same_framework)
    path = fastcv.SCRATCH / f"oof-{name}.pkl"
    path.write_bytes(pickle.dumps(stacked_parts))
    run(name, corpus=corpus, m=m, cache=name)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "stacked":
    corpus = Corpus()
    m = fastcv.load(corpus)
    run("base", corpus=corpus, m=m, cache="base")
    for c in (0.1, 1.0):
        run_stacked(f"stack-oof-c{c}", corpus, m, c)
        run_stacked(f"stack-oof-same-c{c}", corpus, m, c, True)
