"""Regularised logistic regression (one vector a theme; four classes for polarity), in numpy and scipy.

A statement's features become a sparse row; the last columns are the origin columns (`d:synthetic`,
`d:fixture`: 1 for a training statement of that origin, 0 for every real one and at run time, so the model can
learn that written statements use a theme more or less often than real ones without moving the real bias) and the
bias. Neither is penalised; neither origin column is written to the shipped model.
"""
import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ORIGINS = ["synthetic", "fixture"]


def vocabulary(docs, rows, prefixes, min_count):
    counts = {}
    for i in rows:
        for name in docs[i]:
            if name.startswith(tuple(prefixes)):
                counts[name] = counts.get(name, 0) + 1
    return {name: k for k, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}


def matrix(docs, rows, vocab, scales, origins=None):
    """Feature values by row; a feature whose prefix is in `scales` is multiplied by it so that the L2 penalty
    holds it back less (the written weights are scaled back, so at run time a value is used as it is)."""
    data, rowind, colind = [], [], []
    width = len(vocab)
    for r, i in enumerate(rows):
        for name, value in docs[i].items():
            k = vocab.get(name)
            if k is not None:
                data.append(value * scales.get(name[:2], 1.0)); rowind.append(r); colind.append(k)
        origin = origins[r] if origins is not None else "real"
        if origin in ORIGINS:
            data.append(1.0); rowind.append(r); colind.append(width + ORIGINS.index(origin))
        data.append(1.0); rowind.append(r); colind.append(width + len(ORIGINS))
    return sparse.csr_matrix((data, (rowind, colind)), shape=(len(rows), width + len(ORIGINS) + 1))


def unpenalised(d):
    """Mask of penalised columns: all but the origin columns and the bias."""
    mask = np.ones(d)
    mask[-(len(ORIGINS) + 1):] = 0
    return mask


def fit_binary(x, y, c, sample_weight, positive_weight=1.0, bounds=None):
    """Binary logistic regression; returns the weight vector (features, origins, bias). `bounds`: (low, high)
    a column (None: free), as `scipy.optimize.minimize` takes them: a floor under a weight the model may not discount."""
    n, d = x.shape
    sw = np.asarray(sample_weight, dtype=float) * np.where(y, positive_weight, 1.0)
    mask = unpenalised(d)
    yf = y.astype(float)

    def objective(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        loss = np.sum(sw * (np.logaddexp(0, z) - yf * z))
        pw = w * mask
        return loss + 0.5 / c * pw @ pw, x.T @ (sw * (p - yf)) + pw / c

    start = np.zeros(d)
    if bounds is not None:
        start = np.clip(start, [b[0] if b[0] is not None else -np.inf for b in bounds],
                        [b[1] if b[1] is not None else np.inf for b in bounds])
    return minimize(objective, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 500}).x


def fit_softmax(x, y, classes, c, sample_weight, class_weight=None):
    """Multinomial logistic regression; returns (columns x classes) weights."""
    n, d = x.shape
    onehot = np.eye(classes)[y]
    sw = np.asarray(sample_weight, dtype=float)
    if class_weight is not None:
        sw = sw * np.asarray(class_weight)[y]
    mask = unpenalised(d)[:, None]

    def objective(flat):
        w = flat.reshape(d, classes)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.sum(sw * np.log(p[np.arange(n), y] + 1e-12))
        pw = w * mask
        return loss + 0.5 / c * np.sum(pw ** 2), (x.T @ ((p - onehot) * sw[:, None]) + pw / c).ravel()

    result = minimize(objective, np.zeros(d * classes), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return result.x.reshape(d, classes)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)
