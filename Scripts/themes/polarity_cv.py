"""Round eleven (issue 18): polarity alone, cross-validated in seconds, with its confusion matrix.

The same grouped 5-fold cross-validation as `train.py cv` (real development folds grouped by organisation; the
synthetic statements dealt into 5 folds beside them; the holdout is never read), but only the polarity model is
fitted (`models.fit_polarity` over `fastcv`'s prebuilt matrices), so an idea is scored in a few seconds.
Development figures only.

    python3 Scripts/themes/polarity_cv.py confusion      # confusion matrix and accuracy by kind of statement
    python3 Scripts/themes/polarity_cv.py errors         # the real development statements called wrong
    python3 Scripts/themes/polarity_cv.py try NAME ...   # ideas against the shipped settings (see IDEAS)
"""
import re
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import POLARITIES, Corpus  # noqa: E402
import fastcv  # noqa: E402
import train  # noqa: E402
from fit import softmax  # noqa: E402
from models import training_rows  # noqa: E402

S = dict(train.SETTINGS)
FW = "lincolnshire-2022"


def out_of_fold(corpus, m, settings):
    """[(test rows, probabilities rows x classes)] by fold: fold k's real and synthetic statements predicted by a
    polarity model trained on the other folds (and the fixtures)."""
    parts = []
    for k, fold in enumerate(corpus.folds):
        trained = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
        test = corpus.rows(fold) + corpus.synthetic_folds[k]
        rows = training_rows(corpus, trained, settings, held_out=set(test))
        cols, w = fastcv.polarity_model(m, rows, settings)
        parts.append((test, softmax(m.design(FW, test, cols) @ w)))
    return parts


def truth(corpus, rows):
    return np.array([POLARITIES.index(corpus.statements[i]["polarity"]) if corpus.statements[i]["polarity"] else -1
                     for i in rows])


def scores(corpus, parts, decide=None):
    """{"real": (accuracy, per-fold list), "written": ...}; `decide(probabilities, rows)` -> classes (argmax)."""
    out = {}
    for kind in ("real", "written"):
        hits, total, folds = 0, 0, []
        for test, p in parts:
            y = truth(corpus, test)
            guess = decide(p, test) if decide else p.argmax(axis=1)
            mask = (y >= 0) & np.array([(i < corpus.real) == (kind == "real") for i in test])
            h = int((guess[mask] == y[mask]).sum())
            hits += h
            total += int(mask.sum())
            folds.append(h / max(1, mask.sum()))
        out[kind] = (hits / total, folds)
    return out


def confusion(corpus, parts):
    table = np.zeros((4, 4), dtype=int)
    by_kind = {}
    for test, p in parts:
        y = truth(corpus, test)
        guess = p.argmax(axis=1)
        for r, i in enumerate(test):
            if i >= corpus.real or y[r] < 0:
                continue
            table[y[r], guess[r]] += 1
            kind = corpus.statements[i]["kind"]
            h, t = by_kind.get(kind, (0, 0))
            by_kind[kind] = (h + int(y[r] == guess[r]), t + 1)
    print("real development folds, rows: coders' polarity, columns: predicted")
    print(" " * 10 + "".join(f"{c:>10}" for c in POLARITIES) + "    recall")
    for a in range(4):
        print(f"{POLARITIES[a]:>10}" + "".join(f"{v:>10}" for v in table[a]) + f"    {table[a, a] / table[a].sum():.2f}")
    print(" precision" + "".join(f"{table[b, b] / max(1, table[:, b].sum()):>10.2f}" for b in range(4)))
    print("accuracy by kind: " + ", ".join(f"{k} {h}/{t} ({h / t:.3f})" for k, (h, t) in by_kind.items()))


def errors(corpus, parts):
    for test, p in parts:
        y = truth(corpus, test)
        for r, i in enumerate(test):
            if i < corpus.real and y[r] >= 0 and p[r].argmax() != y[r]:
                s = corpus.statements[i]
                probs = " ".join(f"{c[:3]} {v:.2f}" for c, v in zip(POLARITIES, p[r]))
                print(f"[{POLARITIES[y[r]][:3]} -> {POLARITIES[p[r].argmax()][:3]}] ({probs}) {s['kind']}: {s['text']}")


# --- ideas -------------------------------------------------------------------------------------------------------

WORD = re.compile(r"[a-z0-9']+")


def with_columns(m, corpus, extra):
    """A copy of the prebuilt matrices with extra named columns for the polarity framework: `extra(statement)`
    -> {name: value}."""
    import copy
    m2 = copy.copy(m)
    m2.x, m2.names, m2.present = dict(m.x), dict(m.names), dict(m.present)
    docs = [extra(s) for s in corpus.statements]
    names = sorted({n for d in docs for n in d})
    col = {n: k for k, n in enumerate(names)}
    data, ri, ci = [], [], []
    for r, d in enumerate(docs):
        for n, v in d.items():
            data.append(v); ri.append(r); ci.append(col[n])
    add = sparse.csr_matrix((data, (ri, ci)), shape=(len(docs), len(names)))
    m2.x[FW] = sparse.hstack([m.x[FW], add]).tocsr()
    m2.names[FW] = np.concatenate([m.names[FW], np.array(names, dtype=object)]).astype(str)
    m2.present[FW] = (m2.x[FW] > 0).astype(np.float64).tocsr()
    return m2


def run(name, corpus, m, settings=S, base=None, decide=None):
    parts = out_of_fold(corpus, m, settings)
    s = scores(corpus, parts, decide)
    line = f"{name:28} real {s['real'][0]:.3f} folds {np.round(s['real'][1], 3).tolist()}  written {s['written'][0]:.3f}"
    if base:
        d = np.array(s["real"][1]) - np.array(base["real"][1])
        line += (f"  | delta real {s['real'][0] - base['real'][0]:+.3f} (folds {np.round(d, 3).tolist()})"
                 f" written {s['written'][0] - base['written'][0]:+.3f}")
    print(line, flush=True)
    return s, parts


if __name__ == "__main__":
    corpus = Corpus()
    m = fastcv.load(corpus)
    command = sys.argv[1] if len(sys.argv) > 1 else "confusion"
    base, parts = run("shipped", corpus, m)
    if command == "confusion":
        confusion(corpus, parts)
    elif command == "errors":
        errors(corpus, parts)
    elif command == "try":
        import polarity_ideas
        for name in sys.argv[2:]:
            polarity_ideas.IDEAS[name](corpus, m, base)
