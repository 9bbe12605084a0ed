"""Round seven experiments (issue 18, recall on real statements): each idea scored by the same grouped 5-fold
cross-validation as `train.py cv` (real development folds) and the same 5-fold cross-validation of the written
sets, printed as a change against the shipped settings. Development figures only.

    python3 Scripts/themes/experiment7.py base lemma points stack mlp ...   # see EXPERIMENTS

Ideas that Heard does not read yet are made here, in Python, from the features `heard themes features` gave,
so an idea is measured before any Swift is written:
- lemma: irregular forms share a feature with their base ("told"/"tell", "felt"/"feel"), a table on stems;
- derive: also a few derivational endings ("involvement" -> "involve", "decision" -> "decide" is not done);
- points: `p:POINT` where a codebook point's cues match (Data/points), its words as evidence;
- stack: a second pass per theme over every theme's first-pass score (label co-occurrence), trained on inner
  out-of-fold scores;
- mlp: bag of features -> hidden units -> all themes of a framework at once (numpy), averaged or alone.
"""
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, ROOT, Corpus  # noqa: E402
import evaluate  # noqa: E402
import models  # noqa: E402
import train  # noqa: E402
from fit import matrix, sigmoid, vocabulary  # noqa: E402

S = dict(train.SETTINGS)
BASE = None


def stem(word):
    """Python twin of Sources/HeardThemes/Stemmer.swift."""
    if len(word) <= 3 or not re.fullmatch(r"[a-z]+", word):
        return word
    w = word

    def ends(s):
        return len(w) > len(s) + 2 and w.endswith(s)
    if ends("ies") or ends("ied"):
        w = w[:-3] + "y"
    elif ends("sses"):
        w = w[:-2]
    elif ends("s") and not ends("ss") and not ends("us") and not ends("is") and not ends("es"):
        w = w[:-1]
    if ends("ing"):
        w = w[:-3]
    elif ends("ed"):
        w = w[:-2]
    elif ends("ly"):
        w = w[:-2]
    elif ends("es") and not ends("ees"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == "e":
        w = w[:-1]
    if len(w) > 3 and w[-2] == w[-1] and w[-1] not in "lsz":
        w = w[:-1]
    return w


IRREGULAR = """told tell|said say|says say|felt feel|feels feel|kept keep|made make|makes make|took take|taken take
went go|gone go|goes go|going go|got get|gotten get|getting get|heard hear|thought think|knew know|known know
lost lose|losing lose|saw see|seen see|gave give|given give|came come|coming come|brought bring|bought buy
taught teach|understood understand|met meet|sent send|spent spend|found find|held hold|ran run|became become
began begin|wrote write|written write|spoke speak|spoken speak|children child|kids kid|people person|lives life
men man|women woman|did do|does do|done do|doing do|had have|has have|having have|was be|were be|been be|is be
are be|am be|felt feel|fought fight|hid hide|hidden hide|moved move|moving move|moves move|stuck stick|left leave
chose choose|chosen choose|forgot forget|forgotten forget|ate eat|eaten eat|paid pay|slept sleep|stood stand
won win|worn wear|wore wear|grew grow|grown grow|threw throw|thrown throw|better good|best good|worse bad|worst bad"""


def lemma_table(derive=False):
    table = {}
    for pair in IRREGULAR.replace("\n", "|").split("|"):
        form, base = pair.split()
        if stem(form) != stem(base):
            table[stem(form)] = stem(base)
    return table


DERIVED = (("ment", ""), ("ness", ""), ("ation", ""), ("ition", ""), ("ful", ""), ("ive", ""), ("ity", ""))


def derive_stem(s):
    for suffix, repl in DERIVED:
        if len(s) > len(suffix) + 3 and s.endswith(suffix):
            return stem(s[: -len(suffix)] + repl)
    return s


def relemma(corpus, table, derive=False):
    def m(s):
        s = table.get(s, s)
        return derive_stem(s) if derive else s
    for fw in corpus.features:
        for i, doc in enumerate(corpus.features[fw]):
            out = {}
            for name, value in doc.items():
                p = name[:2]
                if p in ("w:", "n:", "f:"):
                    name = p + m(name[2:])
                elif p == "b:" and " " in name:
                    a, b = name[2:].split(" ", 1)
                    name = f"b:{m(a)} {m(b)}"
                if name not in out:
                    out[name] = value
            corpus.features[fw][i] = out


def point_cues(framework):
    """[(point, theme, [cue stems...] with '*' prefixes)] from Data/points."""
    path = ROOT / "Sources" / "HeardThemes" / "Data" / "points" / f"{framework}.txt"
    points, point, theme = [], None, None
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("theme:"):
            theme = line[6:].strip()
        elif line.startswith("point:"):
            point = line[6:].strip()
        elif line.startswith("cues:") and point:
            for cue in line[5:].split(","):
                words = re.findall(r"[a-z0-9*]+", cue.lower().replace("'", ""))
                if words:
                    points.append((point, theme, [w if w.endswith("*") else stem(w) for w in words]))
    return points


def add_points(corpus, per="point"):
    for fw in FRAMEWORKS:
        cues = point_cues(fw)
        for i, s in enumerate(corpus.statements):
            words = [stem(w) for w in re.findall(r"[a-z0-9]+", s["text"].lower().replace("\u2019", "").replace("'", ""))]
            hits = set()
            for point, theme, cue in cues:
                n = len(cue)
                for start in range(len(words) - n + 1):
                    if all((c[:-1] and words[start + k].startswith(c[:-1])) if c.endswith("*") else words[start + k] == c
                           for k, c in enumerate(cue)):
                        hits.add(point if per == "point" else theme)
                        break
            for h in hits:
                corpus.features[fw][i]["p:" + h] = 1.0


# --- second pass over every theme's score (label co-occurrence) ---------------------------------------------------

def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def first_pass(corpus, settings, rows, test_rows):
    out = {}
    for fw in FRAMEWORKS:
        vocab, w = models.train_themes(corpus, fw, rows, settings)
        out[fw] = sigmoid(matrix(corpus.features[fw], test_rows, vocab, {}) @ w)
    return out


def stacked_predict(corpus, settings, train_real, test_rows):
    base = models.predict(corpus, settings, train_real, test_rows)
    rows = models.training_rows(corpus, train_real, settings, held_out=set(test_rows))
    # inner out-of-fold first-pass scores for the training rows (3 folds, seeded)
    order = np.random.default_rng(7).permutation(len(rows))
    inner = {fw: np.zeros((len(rows), len(FRAMEWORKS[fw][1]))) for fw in FRAMEWORKS}
    for k in range(3):
        held = [rows[j] for j in order[k::3]]
        rest = [rows[j] for j in sorted(set(range(len(rows))) - set(order[k::3]))]
        p = first_pass(corpus, settings, rest, held)
        for fw in FRAMEWORKS:
            inner[fw][order[k::3]] = p[fw]
    zin = np.hstack([logit(inner[fw]) for fw in FRAMEWORKS])
    zout = np.hstack([logit(base[fw]) for fw in FRAMEWORKS])
    col = 0
    for fw, (key, themes) in FRAMEWORKS.items():
        out = np.zeros_like(base[fw])
        for t in range(len(themes)):
            out[:, t] = stack_column(corpus, rows, key, t, zin, zout, settings, col + t, settings.get("stack_c", 0.1))
        base[fw] = out
        col += len(themes)
    return base


def stack_column(corpus, rows, key, number, zin, zout, settings, own, c):
    """Theme `number`'s second-pass scores for the test rows: a stacker fitted on the training rows' first-pass logits
    (`zin`, one row per entry of `rows`) and applied to the test rows' (`zout`). Column `own`, the theme's own
    score, is not penalised (as the bias); the other themes' scores are."""
    usable, y, sw = models.theme_rows(corpus, rows, key, number, settings)
    w = fit_stack(np.hstack([zin[usable], np.ones((len(usable), 1))]), y, sw, own, c)
    return sigmoid(np.hstack([zout, np.ones((len(zout), 1))]) @ w)


def fit_stack(x, y, sw, own, c):
    from scipy.optimize import minimize
    sw = np.asarray(sw, float)
    yf = y.astype(float)
    mask = np.ones(x.shape[1]); mask[-1] = 0; mask[own] = 0

    def objective(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        pw = w * mask
        return np.sum(sw * (np.logaddexp(0, z) - yf * z)) + 0.5 / c * pw @ pw, x.T @ (sw * (p - yf)) + pw / c
    w0 = np.zeros(x.shape[1]); w0[own] = 1.0
    return minimize(objective, w0, jac=True, method="L-BFGS-B").x


# --- a small hidden-layer model --------------------------------------------------------------------------------

def fit_mlp(x, y, known, sw, hidden=48, l2=1e-3, epochs=300, lr=0.01, seed=0):
    """x: csr (n x d), y: n x t (0/1), known: n x t mask of scored cells. Full-batch Adam on a weighted,
    L2-regularised multi-label cross-entropy. Returns (W1, b1, W2, b2)."""
    rng = np.random.default_rng(seed)
    n, d = x.shape
    t = y.shape[1]
    params = [rng.normal(0, 0.05, (d, hidden)), np.zeros(hidden), rng.normal(0, 0.1, (hidden, t)), np.zeros(t)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    sw = np.asarray(sw, float)[:, None] * known
    total = sw.sum()
    xt = x.T.tocsr()
    for step in range(1, epochs + 1):
        w1, b1, w2, b2 = params
        h_pre = x @ w1 + b1
        h = np.maximum(h_pre, 0)
        z = h @ w2 + b2
        p = 1 / (1 + np.exp(-z))
        g = sw * (p - y) / total
        gw2 = h.T @ g + l2 * w2
        gb2 = g.sum(axis=0)
        gh = (g @ w2.T) * (h_pre > 0)
        gw1 = xt @ gh + l2 * w1
        gb1 = gh.sum(axis=0)
        for k, gk in enumerate((gw1, gb1, gw2, gb2)):
            m[k] = 0.9 * m[k] + 0.1 * gk
            v[k] = 0.999 * v[k] + 0.001 * gk * gk
            params[k] -= lr * (m[k] / (1 - 0.9 ** step)) / (np.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8)
    return params


def mlp_predict(corpus, settings, train_real, test_rows):
    base = models.predict(corpus, settings, train_real, test_rows)
    rows = models.training_rows(corpus, train_real, settings, held_out=set(test_rows))
    for fw, (key, themes) in FRAMEWORKS.items():
        docs = corpus.features[fw]
        vocab = vocabulary(docs, rows, settings["theme_prefixes"], settings["min_count"])
        x = matrix(docs, rows, vocab, {})[:, : len(vocab)]
        xs = matrix(docs, test_rows, vocab, {})[:, : len(vocab)]
        y = np.array([[f"{key}{t + 1}" in corpus.statements[i][key] for t in range(len(themes))] for i in rows], float)
        known = np.array([[f"{key}{t + 1}" not in corpus.statements[i][key + "_contested"] for t in range(len(themes))]
                          for i in rows], float)
        sw = [models.sample_weight(corpus, i, settings) for i in rows]
        ps = []
        for seed in range(settings.get("mlp_seeds", 1)):
            w1, b1, w2, b2 = fit_mlp(x, y, known, sw, settings.get("mlp_hidden", 48), settings.get("mlp_l2", 1e-3),
                                     settings.get("mlp_epochs", 300), seed=seed)
            ps.append(sigmoid(np.maximum(xs @ w1 + b1, 0) @ w2 + b2))
        p = np.mean(ps, axis=0)
        mix = settings.get("mlp_mix", 1.0)
        base[fw] = mix * p + (1 - mix) * base[fw]
    return base


# --- running ---------------------------------------------------------------------------------------------------

def per_fold(corpus, settings):
    """Real micro-F1 by fold (rule chosen on the other folds, as `cross_validate` does) and pooled precision and
    recall on the real folds: the spread says how large a change fold noise makes."""
    import decide
    parts = evaluate.out_of_fold(corpus, settings)
    out = {}
    for fw in FRAMEWORKS:
        folds, pooled = [], np.zeros(3)
        for k, (test, p) in enumerate(parts):
            rule = evaluate.choose_rule(corpus, [x for j, x in enumerate(parts) if j != k], settings["per_theme"],
                                        settings["choose_on"], settings=settings)[fw]
            labels, scored = evaluate.gold(corpus, test)[fw]
            real = np.array([i < corpus.real for i in test])
            tally = [c.sum() for c in decide.counts(decide.tagged(p[fw][real], *rule), labels[real], scored[real])]
            pooled += tally
            folds.append(decide.micro_f1(*tally))
        tp, fp, fn = pooled
        out[fw] = dict(folds=np.round(folds, 3).tolist(), precision=round(tp / (tp + fp), 3), recall=round(tp / (tp + fn), 3))
    folds = []
    for test, p in parts:
        truth = evaluate.gold(corpus, test)["polarity"]
        real = np.array([i < corpus.real for i in test]) & (truth >= 0)
        folds.append(float((p["polarity"].argmax(axis=1)[real] == truth[real]).mean()))
    out["polarity"] = dict(folds=np.round(folds, 3).tolist())
    return out


FOLDS = {}


def run(name, settings=S, prepare=None, predictor=None):
    global BASE
    corpus = Corpus()
    if prepare:
        prepare(corpus)
    evaluate.predict = predictor or models.predict
    start = time.time()
    result = train.cross_validate(corpus, settings, verbose=False)
    folds = per_fold(corpus, settings)
    evaluate.predict = models.predict
    FOLDS[name] = folds
    if "base" in FOLDS and name != "base":
        for fw in list(FRAMEWORKS) + ["polarity"]:
            d = np.array(folds[fw]["folds"]) - np.array(FOLDS["base"][fw]["folds"])
            folds[fw]["fold deltas"] = np.round(d, 3).tolist()
            folds[fw]["mean delta, sd"] = (round(d.mean(), 3), round(d.std(ddof=1), 3))
    print(f"  {name} real folds: {json.dumps(folds)}", flush=True)
    if BASE is None and name == "base":
        BASE = result
    delta = ""
    if BASE is not None and name != "base":
        delta = "  delta " + json.dumps({k: {m: round(v - BASE[k][m], 3) for m, v in r.items()} for k, r in result.items()})
    print(f"{name}: {json.dumps(result)} ({time.time() - start:.0f} s){delta}", flush=True)
    return result


P = dict(S, theme_prefixes=S["theme_prefixes"] + ("p:",))
EXPERIMENTS = {
    "base": lambda: run("base"),
    "lemma": lambda: run("lemma", dict(S, variant="lemma"), lambda c: relemma(c, lemma_table())),
    "derive": lambda: run("lemma+derive", dict(S, variant="derive"), lambda c: relemma(c, lemma_table(), True)),
    "points": lambda: run("points", P, add_points),
    "points-theme": lambda: run("points by theme", P, lambda c: add_points(c, "theme")),
    "stack": lambda: run("stack", dict(S, variant="stack", stack_c=0.1), predictor=stacked_predict),
    "stack1": lambda: run("stack c1", dict(S, variant="stack", stack_c=1.0), predictor=stacked_predict),
    "mlp": lambda: run("mlp alone", dict(S, variant="mlp", mlp_mix=1.0), predictor=mlp_predict),
    "mlp-half": lambda: run("mlp averaged with lr", dict(S, variant="mlp", mlp_mix=0.5), predictor=mlp_predict),
}

if __name__ == "__main__":
    for name in sys.argv[1:]:
        if name.startswith("{"):
            spec = json.loads(name)
            EXPERIMENTS[spec.pop("run")](**spec)
        else:
            EXPERIMENTS[name]()
