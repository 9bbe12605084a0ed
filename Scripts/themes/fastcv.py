"""Round eight (issue 18): a cross-validation that takes minutes, not 40, so ideas can be measured.

Every statement's features are read once by `heard themes features` (`corpus.py`, cached under `.build/`), turned
into one sparse matrix per framework, and kept (`.build/themes-fastcv/`). A fold then only selects rows and
columns (a column is kept when it appears in at least `min_count` of the fold's training statements, as
`fit.vocabulary` does) and fits; the models, the rule and the scores are `models.py`'s, `decide.py`'s and
`evaluate.py`'s, so `base` here reproduces `train.py cv`. Development figures only.

    python3 Scripts/themes/fastcv.py base cuebar stack points ...   (see `experiment8.py`)
"""
import pickle
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, POLARITIES, ROOT  # noqa: E402
from fit import ORIGINS, fit_binary, fit_softmax, sigmoid, softmax  # noqa: E402
from models import column_scales, naive_bayes_ratios, sample_weight, theme_rows, training_rows  # noqa: E402

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
    """(cols, weights (len(cols)+3) x themes) as `models.train_themes` trains them."""
    corpus = m.corpus
    key, themes = FRAMEWORKS[fw]
    cols = m.columns(fw, rows, settings["theme_prefixes"], settings["min_count"])
    vocab = {m.names[fw][c]: k for k, c in enumerate(cols)}
    out = []
    for number, _ in enumerate(themes):
        positions, y, weights = theme_rows(corpus, rows, key, number, settings)
        x = m.design(fw, [rows[r] for r in positions], cols)
        scale = column_scales(vocab, settings["theme_scales"], x.shape[1])
        if settings.get("nb_power", 0) > 0:
            scale *= naive_bayes_ratios(x, y, weights, len(vocab)) ** settings["nb_power"]
        from models import cue_bounds
        b = bounds(fw, number, vocab, x.shape[1], scale) if bounds else (
            cue_bounds(vocab, themes[number], x.shape[1]) if fw in settings.get("other_cues_not_against", ()) else None)
        w = fit_binary(x @ sparse.diags(scale), y, settings["theme_c"], weights, settings["positive_weight"], b)
        out.append(w * scale)
    return cols, np.array(out).T


def polarity_model(m, rows, settings, fw="lincolnshire-2022"):
    corpus = m.corpus
    usable = [i for i in rows if corpus.statements[i]["polarity"]]
    cols = m.columns(fw, usable, settings["polarity_prefixes"], settings["min_count"])
    vocab = {m.names[fw][c]: k for k, c in enumerate(cols)}
    y = np.array([POLARITIES.index(corpus.statements[i]["polarity"]) for i in usable])
    x = m.design(fw, usable, cols)
    scale = column_scales(vocab, settings["polarity_scales"], x.shape[1])
    w = fit_softmax(x @ sparse.diags(scale), y, len(POLARITIES), settings["polarity_c"],
                    [sample_weight(corpus, i, settings) for i in usable], settings.get("class_weight"))
    return cols, w * scale[:, None]


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
