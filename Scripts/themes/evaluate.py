"""Grouped cross-validation on real statements only, thresholds chosen inside it, and the scores.

Test folds are always real statements from organisations the model was not trained on; synthetic and
self-written statements are only ever added to the training side. Per-theme thresholds are chosen on
predictions the model made for statements it was not trained on: for a reported score, on the training folds
alone (nested: an inner grouped cross-validation inside each outer training part), so no statement helps choose
the threshold it is scored with.
"""
import numpy as np

from corpus import FRAMEWORKS, POLARITIES
from models import predict

GRID = np.round(np.arange(0.10, 0.701, 0.025), 3)


def gold(corpus, rows):
    """{framework: (labels, scored)} boolean arrays rows x themes, and polarity indices (-1: not agreed)."""
    out = {}
    for framework, (key, themes) in FRAMEWORKS.items():
        labels = np.array([[f"{key}{t + 1}" in corpus.statements[i][key] for t in range(len(themes))] for i in rows])
        scored = np.array([[f"{key}{t + 1}" not in corpus.statements[i][key + "_contested"] for t in range(len(themes))]
                           for i in rows])
        out[framework] = (labels, scored)
    out["polarity"] = np.array([POLARITIES.index(corpus.statements[i]["polarity"]) if corpus.statements[i]["polarity"]
                                else -1 for i in rows])
    return out


def cv_predictions(corpus, settings, folds):
    """Out-of-fold predictions for every real statement in `folds` (lists of ids), each fold predicted by a model
    trained on the other folds (plus training-only statements). Returns (rows, predictions)."""
    rows, parts = [], []
    for k, fold in enumerate(folds):
        train = corpus.rows(set().union(*(f for j, f in enumerate(folds) if j != k)))
        test = corpus.rows(fold)
        parts.append(predict(corpus, settings, train, test))
        rows += test
    return rows, {name: np.vstack([p[name] for p in parts]) for name in parts[0]}


def counts(probabilities, labels, scored, thresholds):
    predicted = probabilities >= thresholds
    tp = (predicted & labels & scored).sum(axis=0)
    fp = (predicted & ~labels & scored).sum(axis=0)
    fn = (~predicted & labels & scored).sum(axis=0)
    return tp, fp, fn


def micro_f1(tp, fp, fn):
    tp, fp, fn = tp.sum(), fp.sum(), fn.sum()
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def choose_thresholds(probabilities, labels, scored, per_theme=True, passes=2):
    """The global threshold with the best micro-F1, then (if `per_theme`) each theme's moved in turn while that
    raises micro-F1 (ties keep the global one)."""
    best = max(GRID, key=lambda t: (micro_f1(*counts(probabilities, labels, scored, t)), -abs(t - 0.3)))
    thresholds = np.full(labels.shape[1], best)
    if not per_theme:
        return thresholds
    for _ in range(passes):
        for theme in range(labels.shape[1]):
            def value(t):
                trial = thresholds.copy()
                trial[theme] = t
                return micro_f1(*counts(probabilities, labels, scored, trial))
            current = value(thresholds[theme])
            candidate = max(GRID, key=lambda t: (value(t), -abs(t - thresholds[theme])))
            if value(candidate) > current + 1e-9:
                thresholds[theme] = candidate
    return thresholds


def nested(corpus, settings, folds, per_theme=True, fixed=None):
    """Out-of-fold predictions with thresholds chosen only on each outer training part (or `fixed`).
    Returns the tallies {framework: (tp, fp, fn)} and polarity (right, labelled)."""
    tallies = {fw: [np.zeros(len(t), int) for _ in range(3)] for fw, (_, t) in FRAMEWORKS.items()}
    right = labelled = 0
    chosen = []
    for k, fold in enumerate(folds):
        inner = [f for j, f in enumerate(folds) if j != k]
        train = corpus.rows(set().union(*inner))
        test = corpus.rows(fold)
        outer = predict(corpus, settings, train, test)
        truth = gold(corpus, test)
        if fixed is None:
            inner_rows, inner_pred = cv_predictions(corpus, settings, inner)
            inner_truth = gold(corpus, inner_rows)
        thresholds = {}
        for framework in FRAMEWORKS:
            if fixed is not None:
                thresholds[framework] = np.asarray(fixed[framework]) if not np.isscalar(fixed[framework]) \
                    else np.full(len(FRAMEWORKS[framework][1]), fixed[framework])
            else:
                thresholds[framework] = choose_thresholds(inner_pred[framework], *inner_truth[framework], per_theme)
            for total, part in zip(tallies[framework], counts(outer[framework], *truth[framework], thresholds[framework])):
                total += part
        chosen.append(thresholds)
        agreed = truth["polarity"] >= 0
        right += int((outer["polarity"].argmax(axis=1)[agreed] == truth["polarity"][agreed]).sum())
        labelled += int(agreed.sum())
    return tallies, (right, labelled), chosen


def report(tallies, polarity, title):
    lines = [title]
    for framework, (tp, fp, fn) in tallies.items():
        p = tp.sum() / max(1, tp.sum() + fp.sum())
        r = tp.sum() / max(1, tp.sum() + fn.sum())
        lines.append(f"  {framework}: micro F1 {micro_f1(tp, fp, fn):.3f} (precision {p:.3f} recall {r:.3f})")
        for t, theme in enumerate(FRAMEWORKS[framework][1]):
            pt = tp[t] / max(1, tp[t] + fp[t])
            rt = tp[t] / max(1, tp[t] + fn[t])
            lines.append(f"    {theme:34} P {pt:.2f} R {rt:.2f}  (tp {tp[t]} fp {fp[t]} fn {fn[t]})")
    lines.append(f"  polarity accuracy {polarity[0] / max(1, polarity[1]):.3f} ({polarity[1]} labelled)")
    return "\n".join(lines)


def summary(tallies, polarity):
    return {fw: round(micro_f1(*t), 3) for fw, t in tallies.items()} | {"polarity": round(polarity[0] / polarity[1], 3)}
