"""Grouped cross-validation and its scores.

One cross-validation scores two sets: the real development statements (grouped by organisation, so no
organisation is both trained on and scored) and the synthetic statements (dealt into as many folds at random).
Fold k is predicted by models trained on the other folds' real and synthetic statements (and the self-written
fixtures, which are never scored). Its tagging rule (thresholds, relative, most: `decide.py`) is chosen on the
other folds' out-of-fold predictions, never on fold k's.
"""
import hashlib
import json
import pickle
from pathlib import Path

import numpy as np

import decide
from corpus import FRAMEWORKS, POLARITIES
from models import predict, sample_weight


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


def report(tallies, polarity, title):
    lines = [title]
    for framework, (tp, fp, fn) in tallies.items():
        p = tp.sum() / max(1, tp.sum() + fp.sum())
        r = tp.sum() / max(1, tp.sum() + fn.sum())
        lines.append(f"  {framework}: micro F1 {decide.micro_f1(tp, fp, fn):.3f} (precision {p:.3f} recall {r:.3f})")
        for t, theme in enumerate(FRAMEWORKS[framework][1]):
            pt = tp[t] / max(1, tp[t] + fp[t])
            rt = tp[t] / max(1, tp[t] + fn[t])
            lines.append(f"    {theme:34} P {pt:.2f} R {rt:.2f}  (tp {tp[t]} fp {fp[t]} fn {fn[t]})")
    lines.append(f"  polarity accuracy {polarity[0] / max(1, polarity[1]):.3f} ({polarity[1]} labelled)")
    return "\n".join(lines)


def summary(tallies, polarity):
    return {fw: round(decide.micro_f1(*t), 3) for fw, t in tallies.items()} | {"polarity": round(polarity[0] / polarity[1], 3)}


DECISION = ("per_theme", "choose_on", "cue_bar")
OOF_CACHE = Path(__file__).resolve().parents[2] / ".build" / "themes-oof-cache"


def out_of_fold(corpus, settings):
    """One grouped cross-validation over the development folds, the synthetic set dealt into as many folds
    alongside: fold k (its real organisations and its synthetic statements) is predicted by a model trained on
    the other folds. Returns [(test rows, predictions)] by fold, cached by settings and features."""
    trained = {k: v for k, v in settings.items() if k not in DECISION}  # the tagging rule's settings train nothing
    key = hashlib.sha256((json.dumps(trained, sort_keys=True, default=str)
                          + json.dumps(corpus.features, sort_keys=True)).encode()).hexdigest()[:24]
    cached = OOF_CACHE / f"{key}.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    parts = []
    for k, fold in enumerate(corpus.folds):
        train = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
        test = corpus.rows(fold) + corpus.synthetic_folds[k]
        parts.append((test, predict(corpus, settings, train, test)))
    OOF_CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(parts))
    return parts


def cue_weights(corpus, framework, rows):
    """rows x themes: how much each theme's own codebook cues weighed in each statement (`c:THEME`, at most 3)."""
    themes = FRAMEWORKS[framework][1]
    docs = corpus.features[framework]
    return np.array([[docs[i].get("c:" + theme, 0.0) for theme in themes] for i in rows]).reshape(len(rows), len(themes))


def choose_rule(corpus, parts, per_theme, choose_on, cue_bar=False, settings=None):
    """{framework: (thresholds, relative, most, cue_bar, cue_min)} chosen on these out-of-fold predictions. Given
    `settings`, written statements the theme models do not train on (weight 0, `models.sample_weight`) are left
    out, as they would be if they were absent."""
    real = set(range(corpus.real))

    def used(i, fw):
        return i in real or (choose_on == "both" and (settings is None or sample_weight(corpus, i, settings, fw) > 0))
    rules = {}
    for fw in FRAMEWORKS:
        keep = [np.array([used(i, fw) for i in rows], dtype=bool) for rows, _ in parts]
        rows = [i for (r, _), m in zip(parts, keep) for i, x in zip(r, m) if x]
        truth = gold(corpus, rows)
        rules[fw] = decide.choose(np.vstack([p[fw][m] for (_, p), m in zip(parts, keep)]), *truth[fw], per_theme,
                                  cues=cue_weights(corpus, fw, rows) if cue_bar else None)
    return rules


STYLED = ("c", "d")  # synthetic batches written in the style of published quotes and council summaries
FRESH = ("f", "g", "h")  # round five: quotes, council summaries, care leavers (written and coded after round four)
KINDS = ("real", "synthetic", "styled", "e", "fgh", "12")


def kind_of(corpus, i):
    """Which set a scored row belongs to: "real", "synthetic" (batches a, b), "styled" (batches c, d) or "e"
    (batch e, quotes and council summaries, first scored untouched by the round-three models) or "fgh" (batches f-h)
    or "12" (round twelve, seven publishers' styles)."""
    if i < corpus.real:
        return "real"
    batch = corpus.statements[i].get("batch")
    if batch == "12":
        return "12"
    if batch in FRESH:
        return "fgh"
    return "e" if batch == "e" else "styled" if batch in STYLED else "synthetic"


def score_out_of_fold(corpus, parts, per_theme=True, choose_on="real", cue_bar=False, settings=None):
    """Scores out-of-fold predictions: fold k's tags use the rule (`decide.choose`) chosen on the other folds'
    predictions (`choose_on`: "real" or "both" real and synthetic), never on fold k. Those predictions came from
    models that were trained with fold k, a small leak the holdout does not have. Returns
    {kind (`KINDS`): (tallies, polarity)} and the rules chosen."""
    kinds_scored = KINDS
    scores = {kind: ({fw: [np.zeros(len(t), int) for _ in range(3)] for fw, (_, t) in FRAMEWORKS.items()}, [0, 0])
              for kind in kinds_scored}
    rules = []
    for k, (test, outer) in enumerate(parts):
        rule = choose_rule(corpus, [part for j, part in enumerate(parts) if j != k], per_theme, choose_on, cue_bar,
                           settings)
        truth = gold(corpus, test)
        kinds = np.array([kind_of(corpus, i) for i in test])
        for framework in FRAMEWORKS:
            predicted = decide.tagged(outer[framework], *rule[framework], cues=cue_weights(corpus, framework, test))
            labels, scored = truth[framework]
            for kind in kinds_scored:
                mask = kinds == kind
                for total, part in zip(scores[kind][0][framework],
                                       decide.counts(predicted[mask], labels[mask], scored[mask])):
                    total += part
        rules.append(rule)
        agreed = truth["polarity"] >= 0
        hit = outer["polarity"].argmax(axis=1) == truth["polarity"]
        for kind in kinds_scored:
            mask = kinds == kind
            scores[kind][1][0] += int((hit & agreed & mask).sum())
            scores[kind][1][1] += int((agreed & mask).sum())
    return scores, rules
