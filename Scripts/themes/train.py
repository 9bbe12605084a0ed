"""Trains Heard's theme and polarity models offline, cross-validates them and writes their weights.

    python3 Scripts/themes/train.py cv        # grouped K-fold cross-validation on the development part
    python3 Scripts/themes/train.py tune      # a few settings side by side, cross-validated (edit the grid)
    python3 Scripts/themes/train.py holdout   # train on the development part, score the untouched holdout once
    python3 Scripts/themes/train.py write     # train on every statement, write Sources/HeardThemes/Data/models/*.tsv

Needs numpy and scipy (development time only) and a built `heard` (swift build): comments are read by
`heard themes features`, the same reader that tags at run time, so training and tagging see the same features.
Data: ../shared/eval/themes-real/statements.jsonl, third-party text: read here, never copied into the repository.
Only agreed cells are used: a theme in `L_contested`/`N_contested` is neither a positive nor a negative example
for that statement, and a statement whose polarity the coders did not agree on has no polarity example.
"""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import split  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "Sources" / "HeardThemes" / "Data" / "models"
FRAMEWORKS = {
    "lincolnshire-2022": ("L", ["support-to-remain-with-family", "stability-and-permanence",
                                "build-not-break-relationships", "learning-and-aspirations", "healthy-and-resilient",
                                "safe-and-suitable-accommodation"]),
    "nelc-2019": ("N", ["support-us", "education-training-employment", "health-wellbeing", "relationships",
                        "where-we-live", "ready-for-our-future", "participation-in-society"]),
}
POLARITIES = ["positive", "negative", "request", "neutral"]

# Hyperparameters, chosen by grouped cross-validation on the development part only (2026-11-28): theme C 0.3 / 1 / 3,
# threshold 0.2 to 0.5, cue scale 1 / 3, fixture weight 0 / 0.3 / 1 and polarity C 0.5 / 1 / 2 were compared; the
# differences among the best were within 0.01 micro-F1. Self-written statements lifted both frameworks by 0.02-0.03.
SETTINGS = dict(
    theme_c=1.0,            # inverse L2 strength for theme models
    polarity_c=1.0,         # inverse L2 strength for the polarity model
    min_count=2,            # a feature must appear in this many training statements
    threshold=0.25,         # a theme is tagged at or above this probability
    cue_scale=3.0,          # how much less the codebook cue features are held back than words
    fixture_weight=0.3,     # how much a self-written statement counts in training against a real one (1)
    theme_prefixes=("w:", "b:", "c:", "k:"),
    polarity_prefixes=("w:", "b:", "n:", "f:", "r:", "s:", "q:", "x:", "i:", "t:"),
)


def heard_binary():
    """The most recently built heard (debug or release): training must read comments as the current code does."""
    built = [p for p in (ROOT / ".build" / b / "heard" for b in ("release", "debug")) if p.exists()]
    if not built:
        sys.exit("build heard first: swift build")
    return str(max(built, key=lambda p: p.stat().st_mtime))


def read_features(texts, framework):
    lines = "\n".join(t.replace("\n", " ").replace("\r", " ") for t in texts) + "\n"
    out = subprocess.run([heard_binary(), "themes", "features", "--framework", framework], input=lines,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(texts)
    return [json.loads(line) for line in out]


def vocabulary(docs, rows, prefixes, min_count):
    counts = {}
    for i in rows:
        for name in docs[i]:
            if name.startswith(prefixes):
                counts[name] = counts.get(name, 0) + 1
    return {name: k for k, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}


def matrix(docs, rows, vocab, cue_scale=1.0):
    """Rows of feature values, a sparse matrix whose last column is the bias. Codebook cue features are scaled
    up by `cue_scale` so that the L2 penalty holds them back less than single words (the written weights are
    scaled back, so at run time a feature's value is used as it is)."""
    data, rowind, colind = [], [], []
    for r, i in enumerate(rows):
        for name, value in docs[i].items():
            k = vocab.get(name)
            if k is not None:
                data.append(value * cue_scale if name.startswith("c:") else value); rowind.append(r); colind.append(k)
        data.append(1.0); rowind.append(r); colind.append(len(vocab))
    return sparse.csr_matrix((data, (rowind, colind)), shape=(len(rows), len(vocab) + 1))


def fit_softmax(x, y, classes, c, sample_weight=None):
    """Multinomial logistic regression (classes=2 with one column is plain logistic); L2 on all but the bias."""
    n, d = x.shape
    k = classes
    onehot = np.eye(k)[y]
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)

    def objective(flat):
        w = flat.reshape(d, k)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.sum(sw * np.log(p[np.arange(n), y] + 1e-12))
        penalty = w.copy()
        penalty[-1] = 0
        return loss + 0.5 / c * np.sum(penalty ** 2), (x.T @ ((p - onehot) * sw[:, None]) + penalty / c).ravel()

    result = minimize(objective, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return result.x.reshape(d, k)


def fit_theme(x, y, c, sample_weight=None):
    """One theme: binary logistic regression, as a two-class softmax reduced to one weight vector."""
    w = fit_softmax(x, y.astype(int), 2, c, sample_weight)
    return w[:, 1] - w[:, 0]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


FIXTURE_CODES = {
    "L": {"fam": "L1", "stab": "L2", "rel": "L3", "learn": "L4", "health": "L5", "acc": "L6"},
    "N": {"sup": "N1", "ete": "N2", "hw": "N3", "rel": "N4", "live": "N5", "fut": "N6", "part": "N7"},
}


def fixtures():
    """Heard's own self-written labelled comments (Tests/Fixtures/themes/*.txt), as extra training statements.
    Their writer read "Support to remain with family" far more broadly than the coders' rubric, so their L1
    labels are left out (treated as contested)."""
    items = []
    for path in sorted((ROOT / "Tests" / "Fixtures" / "themes").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            text, l_codes, n_codes, polarity = [part.strip() for part in line.split(" | ")]
            codes = {key: [FIXTURE_CODES[key][c.strip()] for c in field.split(",") if c.strip() not in ("", "none")]
                     for key, field in (("L", l_codes), ("N", n_codes))}
            items.append({"id": f"{path.stem}:{number}", "text": text, "L": codes["L"], "N": codes["N"],
                          "L_contested": ["L1"], "N_contested": [], "polarity": polarity or None, "fixture": True})
    return items


class Data:
    def __init__(self, with_fixtures=True):
        self.statements = split.load()
        self.holdout, self.folds = split.split(self.statements)
        self.real = len(self.statements)
        if with_fixtures:
            self.statements += fixtures()
        texts = [s["text"] for s in self.statements]
        self.features = {fw: read_features(texts, fw) for fw in FRAMEWORKS}
        # Self-written statements only ever train, never score.
        self.extra = list(range(self.real, len(self.statements)))

    def rows(self, ids):
        return [i for i, s in enumerate(self.statements[:self.real]) if s["id"] in ids]


def train_themes(data, framework, rows, settings):
    key, themes = FRAMEWORKS[framework]
    docs = data.features[framework]
    vocab = vocabulary(docs, rows, settings["theme_prefixes"], settings["min_count"])
    weights = []
    for number, theme in enumerate(themes):
        code = f"{key}{number + 1}"
        usable = [i for i in rows if code not in data.statements[i][key + "_contested"]]
        y = np.array([code in data.statements[i][key] for i in usable])
        weights.append(fit_theme(matrix(docs, usable, vocab, settings["cue_scale"]), y, settings["theme_c"],
                                 sample_weights(data, usable, settings)))
    return vocab, np.array(weights).T  # (features + bias) x themes


def train_polarity(data, rows, settings):
    docs = data.features["lincolnshire-2022"]
    usable = [i for i in rows if data.statements[i]["polarity"]]
    vocab = vocabulary(docs, usable, settings["polarity_prefixes"], settings["min_count"])
    y = np.array([POLARITIES.index(data.statements[i]["polarity"]) for i in usable])
    return vocab, fit_softmax(matrix(docs, usable, vocab), y, len(POLARITIES), settings["polarity_c"],
                              sample_weights(data, usable, settings))


def sample_weights(data, rows, settings):
    return [settings["fixture_weight"] if data.statements[i].get("fixture") else 1.0 for i in rows]


class Tally:
    def __init__(self, themes):
        self.themes = themes
        self.cells = {t: [0, 0, 0] for t in themes}  # tp fp fn
        self.polarity = [0, 0]

    def add(self, theme, predicted, gold):
        cell = self.cells[theme]
        if predicted and gold:
            cell[0] += 1
        elif predicted:
            cell[1] += 1
        elif gold:
            cell[2] += 1

    def micro(self):
        tp, fp, fn = (sum(c[k] for c in self.cells.values()) for k in range(3))
        p = tp / max(1, tp + fp)
        r = tp / max(1, tp + fn)
        return p, r, 0 if p + r == 0 else 2 * p * r / (p + r)


def score(data, train_rows, test_rows, settings, tallies, polarity_tally):
    for framework, (key, themes) in FRAMEWORKS.items():
        vocab, w = train_themes(data, framework, train_rows, settings)
        probabilities = sigmoid(matrix(data.features[framework], test_rows, vocab, settings["cue_scale"]) @ w)
        for r, i in enumerate(test_rows):
            s = data.statements[i]
            for number, theme in enumerate(themes):
                code = f"{key}{number + 1}"
                if code in s[key + "_contested"]:
                    continue
                tallies[framework].add(theme, probabilities[r, number] >= settings["threshold"], code in s[key])
    vocab, w = train_polarity(data, train_rows, settings)
    labelled = [i for i in test_rows if data.statements[i]["polarity"]]
    predicted = (matrix(data.features["lincolnshire-2022"], labelled, vocab) @ w).argmax(axis=1)
    for p, i in zip(predicted, labelled):
        polarity_tally[0] += POLARITIES[p] == data.statements[i]["polarity"]
        polarity_tally[1] += 1


def report(tallies, polarity_tally, title):
    print(title)
    for framework, tally in tallies.items():
        p, r, f = tally.micro()
        print(f"  {framework}: micro precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
        for theme, (tp, fp, fn) in tally.cells.items():
            pr = tp / max(1, tp + fp)
            rc = tp / max(1, tp + fn)
            print(f"    {theme:34} P {pr:.2f} R {rc:.2f}  (tp {tp} fp {fp} fn {fn})")
    print(f"  polarity accuracy {polarity_tally[0] / max(1, polarity_tally[1]):.3f} ({polarity_tally[1]} labelled)")


def training_extra(data, settings=None):
    return data.extra if (settings or SETTINGS)["fixture_weight"] > 0 else []


def cross_validate(data, settings, verbose=True):
    tallies = {fw: Tally(themes) for fw, (_, themes) in FRAMEWORKS.items()}
    polarity_tally = [0, 0]
    for k, fold in enumerate(data.folds):
        train_rows = data.rows(set().union(*(f for j, f in enumerate(data.folds) if j != k))) + training_extra(data, settings)
        score(data, train_rows, data.rows(fold), settings, tallies, polarity_tally)
    if verbose:
        report(tallies, polarity_tally, f"grouped {len(data.folds)}-fold cross-validation on the development part "
                                        f"({sum(len(f) for f in data.folds)} statements)")
    return {fw: t.micro()[2] for fw, t in tallies.items()}, polarity_tally[0] / polarity_tally[1]


def write_model(path, name, labels, vocab, w, threshold, cue_scale, note):
    """Writes the plain weights file `LinearModel` reads: one feature a row, one weight per label."""
    lines = [f"# {note}", "# Written by Scripts/themes/train.py: do not edit by hand, retrain instead.",
             f"model\t{name}", "labels\t" + "\t".join(labels), f"threshold\t{threshold}",
             "bias\t" + "\t".join(f"{v:.4f}" for v in w[-1])]
    for feature, k in sorted(vocab.items()):
        row = w[k] * (cue_scale if feature.startswith("c:") else 1.0)
        if np.max(np.abs(row)) >= 0.0005:
            lines.append(feature + "\t" + "\t".join(f"{v:.4f}" for v in row))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    print(f"wrote {path.relative_to(ROOT)} ({len(lines) - 6} features)")


def write_all(data, settings):
    rows = list(range(len(data.statements)))
    note = (f"Trained on all {data.real} real statements of themes-real (two coders' agreed labels), settings {settings}")
    for framework, (_, themes) in FRAMEWORKS.items():
        vocab, w = train_themes(data, framework, rows, settings)
        write_model(MODELS / f"{framework}.tsv", framework, themes, vocab, w, settings["threshold"],
                    settings["cue_scale"], note)
    vocab, w = train_polarity(data, rows, settings)
    write_model(MODELS / "polarity.tsv", "polarity", POLARITIES, vocab, w, 0, 1.0, note)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "cv"
    data = Data()
    if command == "cv":
        cross_validate(data, SETTINGS)
    elif command == "tune":
        for threshold, polarity_c in ((0.2, 0.5), (0.3, 2.0), (0.35, 1.0)):
                settings = dict(SETTINGS, threshold=threshold, polarity_c=polarity_c)
                themes, polarity = cross_validate(data, settings, verbose=False)
                print(f"threshold {threshold} polarity C {polarity_c}: " + " ".join(f"{k} {v:.3f}" for k, v in themes.items())
                      + f" polarity {polarity:.3f}", flush=True)
    elif command == "holdout":
        tallies = {fw: Tally(themes) for fw, (_, themes) in FRAMEWORKS.items()}
        polarity_tally = [0, 0]
        development = data.rows(set().union(*data.folds)) + training_extra(data)
        score(data, development, data.rows(data.holdout), SETTINGS, tallies, polarity_tally)
        report(tallies, polarity_tally, f"holdout: {len(data.holdout)} statements from organisations never trained on")
    elif command == "write":
        write_all(data, SETTINGS)
    else:
        sys.exit(f"unknown command {command}")
