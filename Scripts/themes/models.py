"""Training the theme models and the polarity model on chosen rows of the corpus, and predicting with them."""
import random

import numpy as np

from corpus import FRAMEWORKS, POLARITIES
from fit import fit_binary, fit_softmax, matrix, sigmoid, softmax, vocabulary


def sample_weight(corpus, i, settings):
    origin = corpus.statements[i]["origin"]
    return {"real": 1.0, "synthetic": settings["synthetic_weight"], "fixture": settings["fixture_weight"]}[origin]


def training_rows(corpus, real_rows, settings):
    """Real rows plus the training-only statements the settings ask for (a seeded share of the synthetic set)."""
    rows = list(real_rows)
    if settings["fixture_weight"] > 0:
        rows += corpus.extra("fixture")
    synthetic = corpus.extra("synthetic")
    share = settings["synthetic_share"]
    if settings["synthetic_weight"] > 0 and share > 0:
        chosen = sorted(random.Random(settings.get("synthetic_seed", 0)).sample(synthetic, round(share * len(synthetic))))
        rows += chosen
    return rows


def origins(corpus, rows, settings):
    if not settings["origin_columns"]:
        return None
    return [corpus.statements[i]["origin"] for i in rows]


def train_themes(corpus, framework, rows, settings):
    """(vocab, weights (columns x themes)) for one framework."""
    key, themes = FRAMEWORKS[framework]
    docs = corpus.features[framework]
    vocab = vocabulary(docs, rows, settings["theme_prefixes"], settings["min_count"])
    columns = []
    for number, _ in enumerate(themes):
        code = f"{key}{number + 1}"
        usable = [i for i in rows if code not in corpus.statements[i][key + "_contested"]]
        y = np.array([code in corpus.statements[i][key] for i in usable])
        x = matrix(docs, usable, vocab, settings["theme_scales"], origins(corpus, usable, settings))
        columns.append(fit_binary(x, y, settings["theme_c"], [sample_weight(corpus, i, settings) for i in usable],
                                  settings["positive_weight"]))
    return vocab, np.array(columns).T


def train_polarity(corpus, rows, settings):
    docs = corpus.features["lincolnshire-2022"]
    usable = [i for i in rows if corpus.statements[i]["polarity"]]
    vocab = vocabulary(docs, usable, settings["polarity_prefixes"], settings["min_count"])
    y = np.array([POLARITIES.index(corpus.statements[i]["polarity"]) for i in usable])
    x = matrix(docs, usable, vocab, settings["polarity_scales"], origins(corpus, usable, settings))
    return vocab, fit_softmax(x, y, len(POLARITIES), settings["polarity_c"],
                             [sample_weight(corpus, i, settings) for i in usable], settings.get("class_weight"))


def predict(corpus, settings, train_real, test_rows):
    """Probabilities for `test_rows`: {framework: rows x themes, "polarity": rows x classes}."""
    rows = training_rows(corpus, train_real, settings)
    out = {}
    for framework in FRAMEWORKS:
        vocab, w = train_themes(corpus, framework, rows, settings)
        out[framework] = sigmoid(matrix(corpus.features[framework], test_rows, vocab, settings["theme_scales"]) @ w)
    vocab, w = train_polarity(corpus, rows, settings)
    out["polarity"] = softmax(matrix(corpus.features["lincolnshire-2022"], test_rows, vocab,
                                     settings["polarity_scales"]) @ w)
    return out
