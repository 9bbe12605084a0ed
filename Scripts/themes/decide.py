"""How theme probabilities become tags, as `ThemeTagger` does it at run time, and how its settings are chosen.

A theme is tagged when its probability reaches its own threshold and at least `relative` times the comment's
likeliest theme, and at most `most` themes are tagged (likeliest first). Real statements carry about one theme
per framework and short ones fewer: without the relative rule a comment that reads a little like four themes
gets all four. A theme whose own codebook cues matched (`c:THEME` at least `cue_min`) is also tagged from a lower
bar (`cue_bar`, round eight): the model may not discount what the codebook says. The rule's settings are chosen on
out-of-fold predictions (`choose`), never on what is scored.
"""
import numpy as np

GRID = np.round(np.arange(0.10, 0.701, 0.025), 3)
RELATIVE = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
MOST = (2, 3, 7)
CUE_BARS = (0.05, 0.075, 0.1, 0.125, 0.15, 0.2)
CUE_MIN = (0.5, 1.0)


def tagged(probabilities, thresholds, relative=0.0, most=99, cue_bar=None, cue_min=1.0, cues=None):
    """Boolean rows x themes. `cues`: rows x themes, the weight of each theme's own codebook cues (`c:THEME`)."""
    top = probabilities.max(axis=1, keepdims=True)
    chosen = (probabilities >= thresholds) & (probabilities >= relative * top)
    if cue_bar is not None and cues is not None:
        chosen |= (cues >= cue_min) & (probabilities >= cue_bar)
    if most < probabilities.shape[1]:
        # likeliest first among the chosen, equal probabilities in label order (as `TagRule` does)
        rank = (-np.where(chosen, probabilities, -1)).argsort(axis=1, kind="stable").argsort(axis=1, kind="stable")
        chosen &= rank < most
    return chosen


def counts(predicted, labels, scored):
    tp = (predicted & labels & scored).sum(axis=0)
    fp = (predicted & ~labels & scored).sum(axis=0)
    fn = (~predicted & labels & scored).sum(axis=0)
    return tp, fp, fn


def micro_f1(tp, fp, fn):
    tp, fp, fn = np.sum(tp), np.sum(fp), np.sum(fn)
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def choose(probabilities, labels, scored, per_theme=True, passes=2, cues=None):
    """(thresholds, relative, most, cue_bar, cue_min) with the best micro-F1 on these predictions: first one
    threshold with each relative and most, then (if `per_theme`) each theme's threshold moved in turn while that
    raises micro-F1, then (given `cues`) the cue bar and the cue weight it needs (None: no cue bar, if no bar
    raises micro-F1). Ties prefer the plainer rule (threshold near 0.3, no relative rule, no cap, no cue bar)."""
    def f1(thresholds, relative, most):
        return micro_f1(*counts(tagged(probabilities, thresholds, relative, most), labels, scored))
    width = labels.shape[1]
    best = max(((t, r, m) for t in GRID for r in RELATIVE for m in MOST),
               key=lambda c: (round(f1(np.full(width, c[0]), c[1], c[2]), 4), -c[1], c[2], -abs(c[0] - 0.3)))
    thresholds, relative, most = np.full(width, best[0]), best[1], best[2]
    if per_theme:
        for _ in range(passes):
            for theme in range(width):
                def value(t):
                    trial = thresholds.copy()
                    trial[theme] = t
                    return f1(trial, relative, most)
                current = value(thresholds[theme])
                candidate = max(GRID, key=lambda t: (value(t), -abs(t - thresholds[theme])))
                if value(candidate) > current + 1e-9:
                    thresholds[theme] = candidate
    if cues is None:
        return thresholds, relative, most, None, 1.0
    def with_cues(option):
        return micro_f1(*counts(tagged(probabilities, thresholds, relative, most, *option, cues), labels, scored))
    options = [(None, 1.0)] + [(b, c) for b in CUE_BARS for c in CUE_MIN]
    bar, cue_min = max(options, key=lambda o: (round(with_cues(o), 4), o[0] is None, -(o[0] or 0), o[1]))
    return thresholds, relative, most, bar, cue_min
