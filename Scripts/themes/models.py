"""Training the theme models and the polarity model on chosen rows of the corpus, and predicting with them."""
import random

import numpy as np
from scipy import sparse

from corpus import FRAMEWORKS, POLARITIES
from fit import fit_binary, fit_softmax, matrix, sigmoid, softmax, vocabulary

DENSE = ("e:",)  # dense features (word-vector coordinates), real-valued


def sample_weight(corpus, i, settings, task="themes"):
    """How much statement `i` counts in training a framework's theme models (`task` its id, or "themes" for
    any) or the polarity model ("polarity"): a synthetic batch may weigh differently in each (`batch_weights`;
    `polarity_batch_weights` and `framework_batch_weights[framework]` in place of it where given); a statement
    that weighs 0 is left out of that model's training, and of choosing its tagging rule, altogether."""
    statement = corpus.statements[i]
    origin = statement["origin"]
    if origin == "synthetic":
        weights = settings.get("batch_weights", {})
        if task == "polarity" and settings.get("polarity_batch_weights") is not None:
            weights = settings["polarity_batch_weights"]
        elif task in settings.get("framework_batch_weights", {}):
            weights = settings["framework_batch_weights"][task]
        return settings["synthetic_weight"] * weights.get(statement["batch"], 1.0)
    return {"real": settings.get("real_weight", 1.0), "fixture": settings["fixture_weight"]}[origin]


def weighed(corpus, rows, settings, task):
    """The rows of `rows` that count in training `task`'s model (weight above 0)."""
    return [i for i in rows if sample_weight(corpus, i, settings, task) > 0]


def training_rows(corpus, real_rows, settings, held_out=()):
    """Real rows plus the training-only statements the settings ask for (a seeded share of the synthetic set),
    leaving out `held_out` (synthetic statements being scored)."""
    rows = list(real_rows)
    if settings["fixture_weight"] > 0:
        rows += corpus.extra("fixture")
    synthetic = corpus.extra("synthetic")
    share = settings["synthetic_share"]
    if settings["synthetic_weight"] > 0 and share > 0:
        chosen = sorted(random.Random(settings.get("synthetic_seed", 0)).sample(synthetic, round(share * len(synthetic))))
        rows += [i for i in chosen if i not in held_out]
    return rows


def origins(corpus, rows, enabled):
    if not enabled:
        return None
    return [corpus.statements[i]["origin"] for i in rows]


def theme_rows(corpus, rows, key, number, settings, framework="themes"):
    """For theme `number` of the framework whose label key is `key`: the positions in `rows` of the statements whose
    label for it is not contested, their labels and their sample weights."""
    code = f"{key}{number + 1}"
    positions = [r for r, i in enumerate(rows) if code not in corpus.statements[i][key + "_contested"]]
    y = np.array([code in corpus.statements[rows[r]][key] for r in positions])
    return positions, y, [sample_weight(corpus, rows[r], settings, framework) for r in positions]


def train_themes(corpus, framework, rows, settings):
    """(vocab, weights (columns x themes)) for one framework, over `fit.matrix`'s rows."""
    docs = corpus.features[framework]
    rows = weighed(corpus, rows, settings, framework)
    vocab = vocabulary(docs, rows, settings["theme_prefixes"], settings["min_count"])

    def design(usable):
        return matrix(docs, usable, vocab, {}, origins(corpus, usable, settings["origin_columns"]))
    return vocab, fit_themes(corpus, framework, rows, settings, vocab, design)


def fit_themes(corpus, framework, rows, settings, vocab, design, bounds=None):
    """Weights (columns x themes) of one framework's theme models: the one trainer behind `train_themes` and
    `fastcv.theme_models`, which differ only in where the design matrix comes from. `design(usable)` gives those
    statements' rows on `vocab`'s columns (feature `name` in column `vocab[name]`), then the origin columns and
    the bias (`fit.matrix`'s layout). `bounds(framework, number, vocab, width, scale)`: per-column bounds for
    theme `number`'s fit (None: `other_cues_not_against` decides)."""
    key, themes = FRAMEWORKS[framework]
    rows = weighed(corpus, rows, settings, framework)
    columns = []
    for number, _ in enumerate(themes):
        positions, y, weights = theme_rows(corpus, rows, key, number, settings, framework)
        x = design([rows[r] for r in positions])
        scale = column_scales(vocab, settings["theme_scales"], x.shape[1])
        if settings.get("nb_power", 0) > 0:
            ratios = naive_bayes_ratios(x, y, weights, len(vocab))
            for name, k in vocab.items():
                if name.startswith(DENSE):
                    ratios[k] = 1.0  # a dense coordinate is no word present or absent: the ratio means nothing
            scale *= ratios ** settings["nb_power"]
        if bounds is not None:
            b = bounds(framework, number, vocab, x.shape[1], scale)
        elif framework in settings.get("other_cues_not_against", ()):
            b = cue_bounds(vocab, themes[number], x.shape[1])
        else:
            b = None
        w = fit_binary(x @ sparse.diags(scale), y, settings["theme_c"], weights, settings["positive_weight"], b)
        columns.append(w * scale)
    return np.array(columns).T


def cue_bounds(vocab, theme, width):
    """Bounds for one theme's fit in which other themes' codebook cues (`c:OTHER`, `k:OTHER`) may add to the
    theme's score but never count against it (weight at least 0): real statements often carry two or three
    themes, and a cue of one is no evidence against another (round eight)."""
    bounds = [(None, None)] * width
    for name, k in vocab.items():
        if name.startswith(("c:", "k:")) and name[2:] != theme:
            bounds[k] = (0.0, None)
    return bounds


def column_scales(vocab, scales, width):
    """How much each column is scaled up in training, so that the L2 penalty holds it back less; the returned
    weights are multiplied back, so at run time a feature's value is used as it is."""
    scale = np.ones(width)
    for name, k in vocab.items():
        scale[k] = scales.get(name[:2], 1.0)
    return scale


def naive_bayes_ratios(x, y, weights, features, alpha=1.0):
    """|log-count ratio| of each feature between a theme's positive and negative statements (as in NBSVM), at
    least a small floor: words that tell the classes apart are penalised less. Origin and bias columns get 1."""
    present = (x[:, :features] > 0).astype(float)
    sw = np.asarray(weights)
    p = alpha + present.T @ (sw * y)
    q = alpha + present.T @ (sw * ~y)
    ratios = np.abs(np.log(p / p.sum()) - np.log(q / q.sum()))
    return np.concatenate([np.maximum(ratios, 0.1), np.ones(x.shape[1] - features)])


def polarity_rows(corpus, rows, settings):
    """The statements of `rows` whose polarity the coders agreed on and that count for polarity."""
    return [i for i in weighed(corpus, rows, settings, "polarity") if corpus.statements[i]["polarity"]]


def train_polarity(corpus, rows, settings):
    """(vocab, weights (columns x classes)) of the polarity model, over `fit.matrix`'s rows."""
    docs = corpus.features["lincolnshire-2022"]
    usable = polarity_rows(corpus, rows, settings)
    vocab = vocabulary(docs, usable, settings["polarity_prefixes"], settings["min_count"])

    def design(chosen):
        return matrix(docs, chosen, vocab, {}, origins(corpus, chosen, settings["polarity_origin_columns"]))
    return vocab, fit_polarity(corpus, usable, settings, vocab, design)


def fit_polarity(corpus, usable, settings, vocab, design):
    """Weights (columns x classes) of the polarity model on `usable` (`polarity_rows`): the one trainer behind
    `train_polarity` and `fastcv.polarity_model`; `design` as in `fit_themes`."""
    y = np.array([POLARITIES.index(corpus.statements[i]["polarity"]) for i in usable])
    x = design(usable)
    scale = column_scales(vocab, settings["polarity_scales"], x.shape[1])
    w = fit_softmax(x @ sparse.diags(scale), y, len(POLARITIES), settings["polarity_c"],
                    [sample_weight(corpus, i, settings, "polarity") for i in usable], settings.get("class_weight"))
    return w * scale[:, None]


def predict(corpus, settings, train_real, test_rows):
    """Probabilities for `test_rows`: {framework: rows x themes, "polarity": rows x classes}. Synthetic statements
    among `test_rows` are left out of training."""
    rows = training_rows(corpus, train_real, settings, held_out=set(test_rows))
    out = {}
    for framework in FRAMEWORKS:
        vocab, w = train_themes(corpus, framework, rows, settings)
        out[framework] = sigmoid(matrix(corpus.features[framework], test_rows, vocab, {}) @ w)
    vocab, w = train_polarity(corpus, rows, settings)
    out["polarity"] = softmax(matrix(corpus.features["lincolnshire-2022"], test_rows, vocab, {}) @ w)
    return out
