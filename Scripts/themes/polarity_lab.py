"""Polarity experiments, polarity model only (fast): the same grouped 5-fold cross-validation as `train.py cv`
(real folds by organisation, the written statements dealt into as many folds alongside), scoring real and written
statements separately, per fold, with confusion matrices and the real errors for reading.

    python3 Scripts/themes/polarity_lab.py base                 # baseline: accuracy, per-fold, confusion
    python3 Scripts/themes/polarity_lab.py errors [N]           # N real out-of-fold errors (development data)
    python3 Scripts/themes/polarity_lab.py NAME [NAME...]       # experiments (EXPERIMENTS below) against the baseline

Every figure here is a development figure: settings are compared on the folds they are scored on. Noise is the
spread of the per-fold differences (reported as their standard deviation across the five folds).
"""
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import POLARITIES, Corpus  # noqa: E402
from evaluate import kind_of  # noqa: E402
from models import train_polarity, training_rows  # noqa: E402
from fit import matrix, softmax  # noqa: E402
import polarity_features  # noqa: E402
import train  # noqa: E402

WRITTEN_KINDS = ("synthetic", "styled", "e", "fgh")


def adapted(docs, rows, real, copy_all=False):
    """Feature augmentation for domain adaptation (Daume III, 2007): a real statement's features also appear as
    `R|name` copies, so real statements can move weights of their own that written ones never pull back. At run
    time every comment is read as real (`copy_all`): its weight is the general weight plus the `R|` copy's."""
    out = list(docs)
    for i in rows:
        if copy_all or i < real:
            out[i] = dict(docs[i], **{"R|" + k: v for k, v in docs[i].items()})
    return out


def train_adapted(corpus, rows, settings):
    from corpus import POLARITIES
    from fit import fit_softmax, vocabulary
    from models import column_scales, sample_weight
    usable = [i for i in rows if corpus.statements[i]["polarity"]]
    docs = adapted(corpus.features["lincolnshire-2022"], usable, corpus.real)
    prefixes = tuple(settings["polarity_prefixes"]) + tuple("R|" + p for p in settings["polarity_prefixes"])
    vocab = vocabulary(docs, usable, prefixes, settings["min_count"])
    y = np.array([POLARITIES.index(corpus.statements[i]["polarity"]) for i in usable])
    x = matrix(docs, usable, vocab, {})
    scale = column_scales(vocab, settings["polarity_scales"], x.shape[1])
    from scipy import sparse
    w = fit_softmax(x @ sparse.diags(scale), y, len(POLARITIES), settings["polarity_c"],
                    [sample_weight(corpus, i, settings) for i in usable], settings.get("class_weight"))
    return vocab, w * scale[:, None]


def oof(corpus, settings):
    """[(test rows, probabilities)] by fold, polarity only."""
    if settings.get("adapt"):
        parts = []
        for k, fold in enumerate(corpus.folds):
            real_train = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
            test = corpus.rows(fold) + corpus.synthetic_folds[k]
            rows = training_rows(corpus, real_train, settings, held_out=set(test))
            vocab, w = train_adapted(corpus, rows, settings)
            docs = adapted(corpus.features["lincolnshire-2022"], test, corpus.real, copy_all=settings["adapt"] == "all")
            parts.append((test, softmax(matrix(docs, test, vocab, {}) @ w)))
        return parts
    parts = []
    for k, fold in enumerate(corpus.folds):
        real_train = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
        test = corpus.rows(fold) + corpus.synthetic_folds[k]
        rows = training_rows(corpus, real_train, settings, held_out=set(test))
        vocab, w = train_polarity(corpus, rows, settings)
        parts.append((test, softmax(matrix(corpus.features["lincolnshire-2022"], test, vocab, {}) @ w)))
    return parts


def scores(corpus, parts, prior=None):
    """{"real": [per-fold (hits, n)], "written": [...]}, and confusion tables."""
    out = {"real": [], "written": []}
    tables = {"real": np.zeros((4, 4), int), "written": np.zeros((4, 4), int)}
    for rows, p in parts:
        if prior is not None:
            p = p * prior
        guess = p.argmax(axis=1)
        fold = {"real": [0, 0], "written": [0, 0]}
        for r, i in enumerate(rows):
            label = corpus.statements[i]["polarity"]
            if not label:
                continue
            kind = "real" if i < corpus.real else "written"
            truth = POLARITIES.index(label)
            fold[kind][0] += int(guess[r] == truth)
            fold[kind][1] += 1
            tables[kind][truth, guess[r]] += 1
        for kind in out:
            out[kind].append(tuple(fold[kind]))
    return out, tables


def accuracy(folds):
    return sum(h for h, _ in folds) / sum(n for _, n in folds)


def show_tables(tables):
    for kind, table in tables.items():
        print(f"{kind}: accuracy {np.trace(table) / table.sum():.3f}; rows coders' class, columns predicted "
              f"({' '.join(p[:3] for p in POLARITIES)})")
        for name, row in zip(POLARITIES, table):
            print(f"  {name:9}" + "".join(f"{v:6d}" for v in row) + f"   recall {row[POLARITIES.index(name)] / max(1, row.sum()):.2f}")


def compare(name, base, other):
    """Per-fold deltas (real and written) against the baseline."""
    line = [name]
    for kind in ("real", "written"):
        deltas = [h1 / n1 - h0 / n0 for (h0, n0), (h1, n1) in zip(base[kind], other[kind])]
        line.append(f"{kind} {accuracy(other[kind]):.3f} ({accuracy(other[kind]) - accuracy(base[kind]):+.3f}, "
                    f"folds {' '.join(f'{d:+.3f}' for d in deltas)}, sd {np.std(deltas):.3f})")
    print("; ".join(line), flush=True)


def corpus_with(families):
    corpus = Corpus()
    polarity_features.add(corpus, families)
    return corpus


S = dict(train.SETTINGS)


def with_prefixes(*extra):
    return dict(S, polarity_prefixes=tuple(S["polarity_prefixes"]) + tuple(extra))


EXPERIMENTS = {
    # name: (feature families added in Python, settings)
    "base": ((), S),
    "c0.3": ((), dict(S, polarity_c=0.3)),
    "c1": ((), dict(S, polarity_c=1.0)),
    "c2": ((), dict(S, polarity_c=2.0)),
}


GRID = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0)


def nested_priors(corpus, parts, on):
    """Class-prior calibration: fold k's probabilities multiplied by per-class factors chosen (grid, one class at a
    time, two passes) on the other folds' out-of-fold predictions (`on`: "real" or "both"), never on fold k."""
    out = []
    for k, (rows, p) in enumerate(parts):
        others = [part for j, part in enumerate(parts) if j != k]
        factors = np.ones(4)

        def hits(f):
            total = 0
            for r2, p2 in others:
                guess = (p2 * f).argmax(axis=1)
                for r, i in enumerate(r2):
                    label = corpus.statements[i]["polarity"]
                    if label and (on == "both" or i < corpus.real):
                        total += guess[r] == POLARITIES.index(label)
            return total
        for _ in range(2):
            for c in range(1, 4):
                best = max(GRID, key=lambda g: (hits(np.where(np.arange(4) == c, g, factors)), -abs(g - 1)))
                factors[c] = best
        out.append((rows, p * factors))
        print(f"  fold {k} priors {factors}", flush=True)
    return out


def run(name):
    families, settings = EXPERIMENTS[name] if name in EXPERIMENTS else custom(name)
    corpus = corpus_with(families)
    parts = oof(corpus, settings)
    if settings.get("priors"):
        parts = nested_priors(corpus, parts, settings["priors"])
    return scores(corpus, parts)


def custom(spec):
    """`families;settings-json`, e.g. `'frames,clause;{"polarity_c": 1.0}'` (new prefixes added automatically)."""
    import json
    families, _, overrides = spec.partition(";")
    families = tuple(f for f in families.split(",") if f)
    settings = with_prefixes(*polarity_features.prefixes(families))
    return families, dict(settings, **json.loads(overrides or "{}"))


def errors(count=40, families=(), settings=S):
    corpus = corpus_with(families)
    parts = oof(corpus, settings)
    wrong = []
    for rows, p in parts:
        for r, i in enumerate(rows):
            s = corpus.statements[i]
            if i < corpus.real and s["polarity"] and POLARITIES[p[r].argmax()] != s["polarity"]:
                wrong.append((s["polarity"], POLARITIES[p[r].argmax()], s["kind"], s["text"]))
    random.Random(6).shuffle(wrong)
    for truth, guess, kind, text in wrong[:count]:
        print(f"[{truth} -> {guess}, {kind}] {text}")


if __name__ == "__main__":
    args = sys.argv[1:] or ["base"]
    if args[0] == "errors":
        errors(int(args[1]) if len(args) > 1 else 40)
        sys.exit()
    base, tables = run("base")
    print(f"base: real {accuracy(base['real']):.3f} written {accuracy(base['written']):.3f}")
    if args == ["base"]:
        show_tables(tables)
    for name in args:
        if name != "base":
            other, tables = run(name)
            compare(name, base, other)
