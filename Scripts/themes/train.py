"""Trains Heard's theme and polarity models offline, cross-validates them and writes their weights.

    python3 Scripts/themes/train.py cv        # grouped 5-fold cross-validation on the development part, thresholds nested
    python3 Scripts/themes/train.py curve     # learning curve: how much synthetic data, at what weight
    python3 Scripts/themes/train.py tune      # a few settings side by side, cross-validated (edit the grid)
    python3 Scripts/themes/train.py holdout   # train on the development part, score the untouched holdout once
    python3 Scripts/themes/train.py write     # train on everything, write Sources/HeardThemes/Data/models/*.tsv

Needs numpy and scipy (development time only) and a built `heard` (swift build): comments are read by
`heard themes features`, the same reader that tags at run time. Data: see `corpus.py`. Only real statements are
ever scored; synthetic and self-written statements only ever train.
"""
import json
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, POLARITIES, ROOT, Corpus  # noqa: E402
from evaluate import choose_thresholds, cv_predictions, gold, nested, report, summary  # noqa: E402
from models import train_polarity, train_themes, training_rows  # noqa: E402

MODELS = ROOT / "Sources" / "HeardThemes" / "Data" / "models"
HOLDOUT_LOG = Path(__file__).resolve().parent / "holdout-log.md"

# Chosen by grouped cross-validation on the development part only (see the README's Themes section and the
# notes in holdout-log.md); the comparisons are reproducible with `tune` and `curve`.
SETTINGS = dict(
    theme_c=1.0,              # inverse L2 strength for theme models
    polarity_c=1.0,           # inverse L2 strength for the polarity model
    min_count=2,              # a feature must appear in this many training statements
    theme_scales={"c:": 3.0},  # cue features held back less than words by the penalty
    polarity_scales={},
    positive_weight=1.0,      # how much a theme's positive examples count against its negatives
    fixture_weight=0.3,       # how much a self-written statement counts in training against a real one (1)
    synthetic_weight=0.0,     # how much a synthetic statement counts
    synthetic_share=1.0,      # how much of the synthetic set is used
    origin_columns=False,     # whether written statements get their own bias (`fit.py`)
    per_theme=False,          # thresholds per theme (else one per framework), chosen by cross-validation
    fixed_threshold=0.25,     # used instead of chosen thresholds when not None
    theme_prefixes=("w:", "b:", "c:", "k:"),
    polarity_prefixes=("w:", "b:", "n:", "f:", "r:", "s:", "q:", "x:", "i:", "t:"),
)


def cross_validate(corpus, settings, verbose=True):
    fixed = None if settings["fixed_threshold"] is None else {fw: settings["fixed_threshold"] for fw in FRAMEWORKS}
    tallies, polarity, chosen = nested(corpus, settings, corpus.folds, settings["per_theme"], fixed)
    if verbose:
        print(report(tallies, polarity, f"grouped {len(corpus.folds)}-fold cross-validation on the development part "
                                        f"({sum(len(f) for f in corpus.folds)} real statements)"))
        if fixed is None:
            for fw in FRAMEWORKS:
                print(f"  thresholds chosen per outer fold, {fw}: " + "; ".join(" ".join(f"{t:.2f}" for t in c[fw]) for c in chosen))
    return summary(tallies, polarity)


def thresholds_for(corpus, settings, folds):
    """Thresholds chosen on out-of-fold predictions over `folds` (for a model trained on all of them)."""
    if settings["fixed_threshold"] is not None:
        return {fw: np.full(len(t), settings["fixed_threshold"]) for fw, (_, t) in FRAMEWORKS.items()}
    rows, predictions = cv_predictions(corpus, settings, folds)
    truth = gold(corpus, rows)
    return {fw: choose_thresholds(predictions[fw], *truth[fw], settings["per_theme"]) for fw in FRAMEWORKS}


def holdout(corpus, settings):
    thresholds = thresholds_for(corpus, settings, corpus.folds)
    tallies, polarity, _ = nested(corpus, settings, [set().union(*corpus.folds), corpus.holdout], fixed=thresholds) \
        if False else (None, None, None)
    # Train on all development folds, score the holdout with the thresholds chosen on the development folds.
    from evaluate import counts
    from models import predict
    test = corpus.rows(corpus.holdout)
    outer = predict(corpus, settings, corpus.rows(set().union(*corpus.folds)), test)
    truth = gold(corpus, test)
    tallies = {fw: counts(outer[fw], *truth[fw], thresholds[fw]) for fw in FRAMEWORKS}
    agreed = truth["polarity"] >= 0
    polarity = (int((outer["polarity"].argmax(axis=1)[agreed] == truth["polarity"][agreed]).sum()), int(agreed.sum()))
    text = report(tallies, polarity, f"holdout: {len(test)} statements from organisations never trained on")
    print(text)
    with open(HOLDOUT_LOG, "a", encoding="utf-8") as log:
        log.write(f"\n## {date.today()} {time.strftime('%H:%M')}\n\nSettings: `{json.dumps(settings, default=str)}`\n\n"
                  f"```\n{text}\n```\n")


def write_model(path, name, labels, vocab, w, thresholds, scales, note):
    """The plain weights file `LinearModel` reads: one feature a row, one weight per label."""
    lines = [f"# {note}", "# Written by Scripts/themes/train.py: do not edit by hand, retrain instead.",
             f"model\t{name}", "labels\t" + "\t".join(labels)]
    if thresholds is not None:
        lines.append("thresholds\t" + "\t".join(f"{t:.3f}" for t in thresholds))
    lines.append("bias\t" + "\t".join(f"{v:.4f}" for v in w[-1]))
    for feature, k in sorted(vocab.items()):
        row = w[k] * scales.get(feature[:2], 1.0)
        if np.max(np.abs(row)) >= 0.0005:
            lines.append(feature + "\t" + "\t".join(f"{v:.4f}" for v in row))
    path.write_text("\n".join(lines) + "\n")
    print(f"wrote {path.relative_to(ROOT)} ({len(vocab)} features)")


def write_all(corpus, settings):
    folds = corpus.folds + [corpus.holdout]
    thresholds = thresholds_for(corpus, settings, folds)
    real = list(range(corpus.real))
    rows = training_rows(corpus, real, settings)
    note = (f"Trained on all {corpus.real} real statements of themes-real (two coders' agreed labels) and "
            f"{len(rows) - corpus.real} written ones; settings {json.dumps(settings, default=str)}")
    for framework, (_, themes) in FRAMEWORKS.items():
        vocab, w = train_themes(corpus, framework, rows, settings)
        write_model(MODELS / f"{framework}.tsv", framework, themes, vocab, w, thresholds[framework],
                    settings["theme_scales"], note)
    vocab, w = train_polarity(corpus, rows, settings)
    write_model(MODELS / "polarity.tsv", "polarity", POLARITIES, vocab, w, None, settings["polarity_scales"], note)


def variants(base, **grid):
    """Every combination of the grid's values over `base`."""
    out = [dict(base)]
    for key, values in grid.items():
        out = [dict(s, **{key: v}) for s in out for v in values]
    return out


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "cv"
    corpus = Corpus()
    if command == "cv":
        cross_validate(corpus, SETTINGS)
    elif command == "curve":
        for share in (0.0, 0.25, 0.5, 1.0):
            for weight in ((0.0,) if share == 0 else (0.3, 0.6, 1.0)):
                settings = dict(SETTINGS, synthetic_share=share, synthetic_weight=weight)
                print(f"synthetic share {share} weight {weight}: {cross_validate(corpus, settings, verbose=False)}",
                      flush=True)
    elif command == "tune":
        for settings in variants(SETTINGS, synthetic_weight=[0.0, 0.5]):
            changed = {k: v for k, v in settings.items() if v != SETTINGS[k]}
            print(f"{changed}: {cross_validate(corpus, settings, verbose=False)}", flush=True)
    elif command == "holdout":
        holdout(corpus, SETTINGS)
    elif command == "write":
        write_all(corpus, SETTINGS)
    else:
        sys.exit(f"unknown command {command}")
