"""Round thirteen experiments (issue 18): meaning beyond the words seen, per-theme features for the weakest themes,
and sentence shape for polarity. Each idea adds a feature family (made here in Python) beside the features
`heard themes features` gives, and is scored by the grouped 5-fold cross-validation of `train.py cv` on the real
development folds (fold k's tagging rule chosen on the other folds' out-of-fold predictions), with the written
sets beside it (`experiment12.run`: real, written a-h, batch 12). Printed fold by fold with the change against
`base`. Development figures only; the holdout is never read.

    GLOVE_DIR=... python3 Scripts/themes/experiment13.py base sim3 mean3 ...   (see VARIANTS; vectors: `vectors.py`)
    python3 Scripts/themes/experiment13.py --polarity shape shape-ask ...      (the polarity model alone)
    GLOVE_DIR=... python3 Scripts/themes/experiment13.py backoff 0.5 0.65 0.8   (unseen words read as known ones)

Families:
- `e:D`   the comment's mean word vector (GloVe 6B 50d, rank-weighted, unit length), as round six measured;
- `v:THEME` per theme, the cosine between the comment's mean vector and the theme's cue centroid (the mean
  vector of the codebook's cue words for that theme): one number a theme, so unseen words near a theme's cues
  carry it;
- `u:THEME` per theme, the mean of the comment's three words most similar to the theme's cue centroid (a soft
  cue match that one strong word can carry);
- `d:THEME` per theme, the share of the theme's codebook description words (content words) the comment has;
- `g:CLUSTER` each content word's cluster among 500 (spherical k-means on the GloVe vectors, seeded): words of like
  meaning share one sparse feature;
- `h:NAME` sentence shape for polarity (modal verbs, "should", "need", "I wish", imperative opening, past tense,
  question, first person, "more"), one small set, and its parts;
- `backoff FLOOR ...`: a word of a scored statement that the fold's model has no column for counts as its nearest
  word (by GloVe cosine, at least FLOOR) that the model knows, at value cosine (`backoff_predictor`).
Only the `TOP` most frequent GloVe words are used (20,000; 30,000 for the back-off), as a table Heard could embed
would hold. Results: Documentation/Themes.md, round thirteen.
"""
import os
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, ROOT, Corpus  # noqa: E402
import experiment12  # noqa: E402
import experiment8  # noqa: E402
import fastcv  # noqa: E402
import models  # noqa: E402
import train  # noqa: E402

# Real-valued families: not scaled by the naive-Bayes ratio of present / absent (a ratio that means nothing for
# them, and whose floor would hold them back ten times more than words).
models.DENSE = ("e:", "v:", "u:", "d:")

CODEBOOKS = ROOT / "Sources" / "HeardThemes" / "Data" / "codebooks"
FUNCTION = set((ROOT / "Sources" / "HeardThemes" / "Data" / "function-words.txt").read_text().split())
S = dict(train.SETTINGS)
TOP = int(os.environ.get("TOP", 20000))


def words_of(text):
    return re.findall(r"[a-z]+", text.lower().replace("\u2019", "'").replace("'", ""))


def codebook(fw):
    """{theme: (cue words, description words)} from the shipped codebook's plain text."""
    themes, theme = {}, None
    for line in (CODEBOOKS / f"{fw}.txt").read_text().splitlines():
        if line.startswith("theme:"):
            theme = line.split(":", 1)[1].strip()
            themes[theme] = ([], [])
        elif theme and line.startswith(("cues:", "weak-cues:")):
            for cue in line.split(":", 1)[1].split(","):
                themes[theme][0].extend(w for w in words_of(cue.replace("*", "")) if w not in FUNCTION)
        elif theme and line.startswith(("description:", "title:", "child-title:")):
            themes[theme][1].extend(w for w in words_of(line.split(":", 1)[1]) if w not in FUNCTION and len(w) > 2)
    return themes


class Vectors:
    def __init__(self, top=TOP):
        import vectors
        folder = vectors.directory()
        matrix = np.load(folder / "glove_6B_50d_emb.npy", mmap_mode="r")
        names = vectors.words(folder)
        self.table, self.rank = {}, {}
        for k, name in enumerate(names):
            if len(self.table) >= top:
                break
            if name.isalpha():
                v = np.asarray(matrix[k], dtype=np.float64)
                self.table[name] = v / np.linalg.norm(v)
                self.rank[name] = len(self.rank)

    def weight(self, word):
        return np.log(2 + self.rank[word])

    def mean(self, words):
        total = np.zeros(50)
        for w in words:
            if w in self.table and w not in FUNCTION:
                total += self.weight(w) * self.table[w]
        n = np.linalg.norm(total)
        return total / n if n > 0 else total


def add(corpus, families, top=TOP, scale=1.0):
    texts = [s["text"] for s in corpus.statements]
    vec = Vectors(top) if families & {"e", "v", "u", "g"} else None
    clusters = kmeans(vec, CLUSTERS) if "g" in families else {}
    for fw in FRAMEWORKS:
        book = codebook(fw)
        centroids = {t: vec.mean(cues) for t, (cues, _) in book.items()} if vec else {}
        descriptions = {t: set(d) for t, (_, d) in book.items()}
        for i, text in enumerate(texts):
            words = words_of(text)
            f = corpus.features[fw][i]
            m = vec.mean(words) if vec else None
            if "e" in families:
                for d in range(50):
                    f[f"e:{d}"] = float(m[d]) * scale
            if "v" in families:
                for t, c in centroids.items():
                    f[f"v:{t}"] = float(m @ c) * scale
            if "u" in families:
                known = [w for w in set(words) if w in vec.table and w not in FUNCTION]
                for t, c in centroids.items():
                    sims = sorted((float(vec.table[w] @ c) for w in known), reverse=True)[:3]
                    f[f"u:{t}"] = (sum(sims) / 3) * scale if sims else 0.0
            if "d" in families:
                present = set(words)
                for t, d in descriptions.items():
                    hit = len(present & d)
                    if hit:
                        f[f"d:{t}"] = hit / len(d) * 10 * scale
            if "g" in families:
                for w in set(words):
                    if w in clusters and w not in FUNCTION:
                        f[f"g:{clusters[w]}"] = 1.0
            shapes = [fam for fam in families if fam.startswith("h")]
            if shapes:
                keep = SHAPES[shapes[0]]
                for name in shape(text) & keep:
                    f[f"h:{name}"] = 1.0


CLUSTERS = int(os.environ.get("CLUSTERS", 500))


def kmeans(vec, k, rounds=25, seed=13):
    """{word: cluster} for the table's words: spherical k-means on the unit vectors (seeded), so that words of
    like meaning share one sparse feature `g:CLUSTER` whether or not training saw them."""
    names = sorted(vec.table, key=vec.rank.get)
    x = np.array([vec.table[n] for n in names])
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(rounds):
        assign = (x @ centres.T).argmax(axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / np.linalg.norm(v)
    return dict(zip(names, assign.tolist()))


SHAPES = {
    "h": {"modal", "should", "need", "wish", "imperative", "past", "present", "question", "first", "we", "more", "reported"},
    "hask": {"modal", "should", "need", "wish"},
    "htense": {"past", "present"},
    "hperson": {"first", "we", "reported"},
    "hq": {"question", "more"},
}
MODALS = {"should", "shouldnt", "could", "would", "must", "might", "wish", "need", "needs", "needed"}
PAST = re.compile(r"\b(was|were|had|did|didnt|wasnt|werent|used to|\w+ed)\b")
PRESENT = re.compile(r"\b(is|are|am|im|its|do|does|dont|doesnt|have|has)\b")
IMPERATIVE = set((ROOT / "Sources" / "HeardThemes" / "Data" / "imperative-verbs.txt").read_text().split())


def shape(text):
    """The sentence-shape markers of a statement (one small set, polarity only)."""
    low = text.lower().replace("\u2019", "'").replace("'", "")
    words = words_of(text)
    out = set()
    if any(w in MODALS for w in words):
        out.add("modal")
    if "should" in words or "shouldnt" in words:
        out.add("should")
    if re.search(r"\b(need|needs|want|wants) (more|to|a|an|someone|help|support|better)\b", low):
        out.add("need")
    if re.search(r"\bi wish|\bif only|\bwould (be|like|love)|\bit would\b|\bwould have\b", low):
        out.add("wish")
    sentences = [s for s in re.split(r"[.!?;]\s*", low) if s.strip()]
    if any((words_of(s) or [""])[0] in IMPERATIVE for s in sentences):
        out.add("imperative")
    past, present = len(PAST.findall(low)), len(PRESENT.findall(low))
    if past > present:
        out.add("past")
    elif present > past:
        out.add("present")
    if "?" in text:
        out.add("question")
    if re.search(r"\b(i|im|me|my)\b", low):
        out.add("first")
    if re.search(r"\b(we|us|our)\b", low):
        out.add("we")
    if re.search(r"\b(more|better|enough|less|fewer)\b", low):
        out.add("more")
    if re.search(r"\b(young people|children|care leavers) (said|told|felt|feel|say|want|wanted)\b|\d+ ?%|per cent", low):
        out.add("reported")
    return out


def with_prefixes(theme=(), polarity=(), **more):
    return dict(S, theme_prefixes=S["theme_prefixes"] + tuple(theme), polarity_prefixes=S["polarity_prefixes"] + tuple(polarity),
                **more)


def scaled(settings, scales):
    s = dict(settings)
    s["theme_scales"] = dict(settings["theme_scales"], **scales)
    return s


VARIANTS = {
    "base": (set(), S),
    "mean": ({"e"}, with_prefixes(("e:",))),
    "mean3": ({"e"}, scaled(with_prefixes(("e:",)), {"e:": 3.0})),
    "sim": ({"v"}, with_prefixes(("v:",))),
    "sim3": ({"v"}, scaled(with_prefixes(("v:",)), {"v:": 3.0})),
    "soft": ({"u"}, with_prefixes(("u:",))),
    "soft3": ({"u"}, scaled(with_prefixes(("u:",)), {"u:": 3.0})),
    "simsoft3": ({"v", "u"}, scaled(with_prefixes(("v:", "u:")), {"v:": 3.0, "u:": 3.0})),
    "desc": ({"d"}, with_prefixes(("d:",))),
    "desc3": ({"d"}, scaled(with_prefixes(("d:",)), {"d:": 3.0})),
    "shape": ({"h"}, with_prefixes((), ("h:",))),
    "clusters": ({"g"}, with_prefixes(("g:",))),
    "clusters-pol": ({"g"}, with_prefixes(("g:",), ("g:",))),
    "shape-ask": ({"hask"}, with_prefixes((), ("h:",))),
    "shape-tense": ({"htense"}, with_prefixes((), ("h:",))),
    "shape-person": ({"hperson"}, with_prefixes((), ("h:",))),
    "shape-q": ({"hq"}, with_prefixes((), ("h:",))),
    "perthemes": (set(), dict(S, per_theme=True)),
    "pmean": ({"e"}, with_prefixes((), ("e:",))),
}



# --- back-off: a word the model never saw read as its nearest word the model knows ---------------------------------

def stem_map(words):
    """{word: Heard's stem} for words that read as one stem (`heard themes features` on each word, one a line;
    cached under `.build/` by binary and words)."""
    import hashlib
    import json
    import subprocess
    from corpus import heard_binary
    binary = heard_binary()
    key = hashlib.sha256(binary.read_bytes() + "\n".join(words).encode()).hexdigest()[:16]
    path = fastcv.SCRATCH / f"stems-{key}.json"
    if path.exists():
        return json.loads(path.read_text())
    out = subprocess.run([str(binary), "themes", "features", "--framework", "lincolnshire-2022"],
                         input="\n".join(words) + "\n", capture_output=True, text=True, check=True).stdout.splitlines()
    stems = {}
    for word, line in zip(words, out):
        found = [k[2:] for k in json.loads(line) if k.startswith("w:")]
        if len(found) == 1:
            stems[word] = found[0]
    fastcv.SCRATCH.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stems))
    return stems


def stem_vectors(top=30000):
    """{Heard stem: unit vector}: the mean GloVe vector of the words (among the `top` most frequent) that Heard's
    reader turns into that stem."""
    vec = Vectors(top)
    stems = stem_map(sorted(vec.table, key=vec.rank.get))
    total = {}
    for word, stem in stems.items():
        total[stem] = total.get(stem, 0) + vec.table[word]
    return {s: v / np.linalg.norm(v) for s, v in total.items() if np.linalg.norm(v) > 0}


def backoff_predictor(m, vectors, floor=0.6, prefixes=("w:",), polarity=False):
    """`fastcv.predictor`, but each test statement's words the fold's model has no column for add their nearest
    known word's column (cosine at least `floor`), at value cosine: meaning carried to words training never saw."""
    from scipy import sparse
    from fit import sigmoid, softmax
    from models import training_rows

    def design(fw, test, cols):
        base = m.design(fw, test, cols)
        names = m.names[fw]
        known = [k for k, c in enumerate(cols) if names[c].startswith(prefixes) and names[c][2:] in vectors]
        if not known:
            return base
        kv = np.array([vectors[names[cols[k]][2:]] for k in known])
        rows, colsx, vals = [], [], []
        x = m.x[fw][test]
        colset = set(cols.tolist())
        for r in range(x.shape[0]):
            for j in x.indices[x.indptr[r]:x.indptr[r + 1]]:
                name = names[j]
                if j in colset or not name.startswith(prefixes) or name[2:] not in vectors:
                    continue
                sims = kv @ vectors[name[2:]]
                best = int(sims.argmax())
                if sims[best] >= floor:
                    rows.append(r); colsx.append(known[best]); vals.append(float(sims[best]))
        extra = sparse.csr_matrix((vals, (rows, colsx)), shape=base.shape)
        return (base + extra).tocsr()

    def predict(corpus, settings, train_real, test_rows):
        rows = training_rows(corpus, train_real, settings, held_out=set(test_rows))
        out = {}
        for fw in FRAMEWORKS:
            cols, w = fastcv.theme_models(m, fw, rows, settings)
            out[fw] = sigmoid(design(fw, test_rows, cols) @ w)
        cols, w = fastcv.polarity_model(m, rows, settings)
        d = design("lincolnshire-2022", test_rows, cols) if polarity else m.design("lincolnshire-2022", test_rows, cols)
        out["polarity"] = softmax(d @ w)
        return out
    return predict


def run_backoff(floors):
    corpus = Corpus()
    m = fastcv.load(corpus)
    experiment12.run("base", S, corpus, m)
    vectors = stem_vectors()
    for floor in floors:
        parts = experiment8.out_of_fold(corpus, S, backoff_predictor(m, vectors, floor, polarity=True))
        result, _, _ = experiment12.score(corpus, parts, S)
        base = experiment12.RESULTS["base"]
        for kind in ("real", "written", "s12"):
            for key, v in result[kind].items():
                main = "f1" if "f1" in v else "acc"
                d = np.array(v["folds"]) - np.array(base[kind][key]["folds"])
                print(f"backoff {floor} {kind:7} {key:18} {v[main]:.3f} delta {v[main] - base[kind][key][main]:+.3f} "
                      f"folds {np.round(d, 3).tolist()}", flush=True)


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    detail = "--detail" in sys.argv
    if "base" not in names and names[:1] != ["backoff"]:
        names = ["base"] + names
    if names and names[0] == "backoff":  # backoff FLOOR ...
        run_backoff([float(f) for f in names[1:]])
        sys.exit()
    base = None
    for name in names:
        families, settings = VARIANTS[name]
        corpus = Corpus()
        add(corpus, families)
        m = fastcv.Matrices(corpus)
        if "--polarity" in sys.argv:  # the polarity model alone (`polarity_cv.py`), in seconds
            import polarity_cv
            result, _ = polarity_cv.run(name, corpus, m, settings, base)
            base = base or result
        else:
            experiment12.run(name, settings, corpus, m, detail)
