"""Round eight (issue 18): a cross-validation that takes minutes, not 40, so ideas can be measured.

Every statement's features are read once by `heard themes features` (`corpus.py`, cached under `.build/`), turned
into one sparse matrix per framework, and kept (`.build/themes-fastcv/`). A fold then only selects rows and
columns (a column is kept when it appears in at least `min_count` of the fold's training statements, as
`fit.vocabulary` does) and fits with the one trainer `models.fit_themes` / `fit_polarity` (`models.train_themes`
and `train_polarity` call it over `fit.matrix`'s rows: only the design matrix's source differs); the rule and
the scores are `decide.py`'s and `evaluate.py`'s. `train.py cv` uses it. Development figures only.

    python3 Scripts/themes/fastcv.py same   # fold 0 through `models.predict` and through the matrices: the same

Experiments use it through `experiment8.py` and `experiment9.py`.
"""
import pickle
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, ROOT  # noqa: E402
from fit import ORIGINS, sigmoid, softmax  # noqa: E402
from models import fit_polarity, fit_themes, polarity_rows, training_rows, weighed  # noqa: E402

SCRATCH = ROOT / ".build" / "themes-fastcv"


class Matrices:
    """Every statement's features as one csr matrix per framework (`names` the columns), built once."""

    def __init__(self, corpus):
        self.corpus = corpus
        self.x, self.names = {}, {}
        for fw, docs in corpus.features.items():
            names = sorted({n for d in docs for n in d})
            col = {n: k for k, n in enumerate(names)}
            data, ri, ci = [], [], []
            for r, d in enumerate(docs):
                for n, v in d.items():
                    data.append(v); ri.append(r); ci.append(col[n])
            self.x[fw] = sparse.csr_matrix((data, (ri, ci)), shape=(len(docs), len(names)))
            self.names[fw] = np.array(names)
        self.present = {fw: (x > 0).astype(np.float64).tocsr() for fw, x in self.x.items()}

    def columns(self, fw, rows, prefixes, min_count):
        counts = np.asarray(self.present[fw][rows].sum(axis=0)).ravel()
        ok = np.array([n.startswith(tuple(prefixes)) for n in self.names[fw]])
        return np.flatnonzero(ok & (counts >= min_count))

    def design(self, fw, rows, cols, origins=None):
        """Rows' features on `cols`, then the origin columns and the bias, as `fit.matrix` lays them out."""
        x = self.x[fw][rows][:, cols]
        extra = np.zeros((len(rows), len(ORIGINS) + 1))
        extra[:, -1] = 1
        if origins is not None:
            for r, o in enumerate(origins):
                if o in ORIGINS:
                    extra[r, ORIGINS.index(o)] = 1
        return sparse.hstack([x, sparse.csr_matrix(extra)]).tocsr()


def theme_models(m, fw, rows, settings, bounds=None):
    """(cols, weights (len(cols)+3) x themes): `models.fit_themes` over the prebuilt matrix's columns `cols`."""
    rows = weighed(m.corpus, rows, settings, fw)
    cols = m.columns(fw, rows, settings["theme_prefixes"], settings["min_count"])
    vocab = {m.names[fw][c]: k for k, c in enumerate(cols)}
    return cols, fit_themes(m.corpus, fw, rows, settings, vocab, lambda usable: m.design(fw, usable, cols), bounds)


def polarity_model(m, rows, settings, fw="lincolnshire-2022"):
    """(cols, weights (len(cols)+3) x classes): `models.fit_polarity` over the prebuilt matrix's columns."""
    usable = polarity_rows(m.corpus, rows, settings)
    cols = m.columns(fw, usable, settings["polarity_prefixes"], settings["min_count"])
    vocab = {m.names[fw][c]: k for k, c in enumerate(cols)}
    return cols, fit_polarity(m.corpus, usable, settings, vocab, lambda chosen: m.design(fw, chosen, cols))


def predictor(m, bounds=None, polarity_features=None):
    """A drop-in for `models.predict` over the prebuilt matrices."""
    def predict(corpus, settings, train_real, test_rows):
        rows = training_rows(corpus, train_real, settings, held_out=set(test_rows))
        out = {}
        for fw in FRAMEWORKS:
            cols, w = theme_models(m, fw, rows, settings, bounds)
            out[fw] = sigmoid(m.design(fw, test_rows, cols) @ w)
        pm = polarity_features or m
        cols, w = polarity_model(pm, rows, settings)
        out["polarity"] = softmax(pm.design("lincolnshire-2022", test_rows, cols) @ w)
        return out
    return predict


def load(corpus):
    """The matrices, cached by the features they were built from."""
    import hashlib
    import json
    key = hashlib.sha256(json.dumps(corpus.features, sort_keys=True).encode()).hexdigest()[:16]
    path = SCRATCH / f"matrices-{key}.pkl"
    if path.exists():
        m = pickle.loads(path.read_bytes())
        m.corpus = corpus
        return m
    m = Matrices(corpus)
    SCRATCH.mkdir(parents=True, exist_ok=True)
    c = m.corpus
    m.corpus = None
    path.write_bytes(pickle.dumps(m))
    m.corpus = c
    return m


def same(corpus, settings):
    """Fold 0 predicted through `models.predict` (`fit.matrix` over feature dictionaries) and through these
    matrices: the largest difference in any probability (both train with `models.fit_themes` / `fit_polarity`)."""
    import models
    train = corpus.rows(set().union(*corpus.folds[1:]))
    test = corpus.rows(corpus.folds[0]) + corpus.synthetic_folds[0]
    slow = models.predict(corpus, settings, train, test)
    fast = predictor(load(corpus))(corpus, settings, train, test)
    return max(float(np.abs(slow[k] - fast[k]).max()) for k in slow)


if __name__ == "__main__" and sys.argv[1:] == ["same"]:
    from corpus import Corpus
    import train as training
    print(f"largest difference in a probability, fold 0, models.predict against fastcv: "
          f"{same(Corpus(), training.SETTINGS):.2e}")
