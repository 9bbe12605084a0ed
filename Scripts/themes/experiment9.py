"""Round nine experiments (issue 18): the levers round eight left unmeasured, each scored by `experiment8.run`:
the grouped 5-fold cross-validation on the real development folds and the 5-fold cross-validation of the written
sets (batches a-h pooled), fold by fold, as a change against round seven as shipped. Development figures only.

    python3 Scripts/themes/experiment9.py base points window3 window5 real-words10 ... (see EXPERIMENTS)

Ideas Heard does not read yet are made here, in Python, as extra columns beside `heard themes features`' own:
- points / windowN: a codebook point's cue phrases (`Data/points`) as features `p:POINT`; `points` needs the
  phrase's stems in a row (`experiment7.add_points`), `windowN` all its stems within N words, in any order;
- real-wordsK: per theme, the K words that the theme's real training statements without any of its codebook cues
  share most, against the other real training statements (chosen on the training folds only, never the scored
  fold), counted as one feature `m:THEME` (at most 3): what real statements say that the codebooks lack;
- pw1.5, pw2: a theme's positive statements weigh 1.5 or 2 (class weights);
- compare, but, negscope: polarity-only features: comparative praise and complaint ("better than", "not as good
  as", "worse than", "could be better"), the feeling words of the clause after the last "but", and negation read
  to the end of its clause (`g:STEM`).
"""
import re
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, ROOT, Corpus  # noqa: E402
import experiment7  # noqa: E402
import experiment8  # noqa: E402
import fastcv  # noqa: E402
from fit import sigmoid  # noqa: E402
from models import fit_themes, training_rows  # noqa: E402

S = experiment8.S
WORD = re.compile(r"[a-z0-9]+")


def words_of(text):
    return WORD.findall(text.lower().replace("\u2019", "").replace("'", ""))


def add_window_points(corpus, window):
    """`p:POINT` where all the stems of one of the point's cue phrases appear within `window` words, any order."""
    for fw in FRAMEWORKS:
        cues = experiment7.point_cues(fw)
        for i, s in enumerate(corpus.statements):
            stems = [experiment7.stem(w) for w in words_of(s["text"])]
            hits = set()
            for point, _, cue in cues:
                if point in hits:
                    continue
                places = []
                for c in cue:
                    places.append([k for k, w in enumerate(stems)
                                   if (w.startswith(c[:-1]) if c.endswith("*") and c[:-1] else w == c)])
                if not all(places):
                    continue
                if len(cue) == 1 or any(all(any(abs(k - start) < window for k in p) for p in places) for start in places[0]):
                    hits.add(point)
            for h in hits:
                corpus.features[fw][i]["p:" + h] = 1.0


# --- polarity-only features ---------------------------------------------------------------------------------------

FEELING = None


def feelings():
    """{word: rating} from Data/feeling-words.txt (a word and a signed number a line)."""
    global FEELING
    if FEELING is None:
        FEELING = {}
        for line in (ROOT / "Sources" / "HeardThemes" / "Data" / "feeling-words.txt").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.startswith("#"):
                try:
                    FEELING[parts[0]] = float(parts[1])
                except ValueError:
                    pass
    return FEELING


PRAISE_COMPARE = re.compile(r"\b(better|happier|safer|nicer|easier) (than|now|since|off)\b|\bmuch better\b|\bso much (better|happier)\b"
                            r"|\b(best|happiest) (thing|place|time|carer|foster)")
COMPLAINT_COMPARE = re.compile(r"\bnot (as|so) (good|nice|easy|well|bad)\b|\bworse (than|now|since|off)\b|\b(harder|worse) than\b"
                               r"|\bnot (good|nice|great|easy) enough\b|\bnot (enough|much)\b|\bless (than|support|help)\b")
REQUEST_COMPARE = re.compile(r"\b(could|would|should|might) (be|have been|do) (better|more|less)\b|\b(more|better) [a-z]+ (would|should)\b"
                             r"|\bneeds? (to be )?(more|better|improv)")
CLAUSE_END = re.compile(r"[.!?;,]|\b(but|and|because|so)\b")
NEGATORS = {"not", "no", "never", "nobody", "noone", "nothing", "dont", "doesnt", "didnt", "cant", "couldnt", "wont",
            "wouldnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "shouldnt", "neither", "nor"}


def add_polarity_features(corpus, kinds):
    docs = corpus.features["lincolnshire-2022"]
    table = feelings()
    for i, s in enumerate(corpus.statements):
        text = s["text"].lower().replace("\u2019", "").replace("'", "")
        d = docs[i]
        if "compare" in kinds:
            for name, pattern in (("v:compare+", PRAISE_COMPARE), ("v:compare-", COMPLAINT_COMPARE),
                                  ("v:compare-ask", REQUEST_COMPARE)):
                if pattern.search(text):
                    d[name] = 1.0
        if "but" in kinds:
            parts = re.split(r"\b(?:but|however|although|though)\b", text)
            if len(parts) > 1:
                tail = words_of(parts[-1])
                score = sum(table.get(w, table.get(experiment7.stem(w), 0.0)) for w in tail)
                if any(w in NEGATORS for w in tail):
                    score = -score * 0.5 if score > 0 else score
                if score > 0:
                    d["v:but+"] = min(2.0, score / 4)
                elif score < 0:
                    d["v:but-"] = min(2.0, -score / 4)
                d["v:but"] = 1.0
        if "negscope" in kinds:
            for clause in CLAUSE_END.split(text):
                if not clause:
                    continue
                ws = words_of(clause)
                for k, w in enumerate(ws):
                    if w in NEGATORS:
                        for x in ws[k + 1:]:
                            d["g:" + experiment7.stem(x)] = 1.0
                        break


# --- words real statements share that the codebooks lack -----------------------------------------------------------

def real_words_predictor(m, k_words, alpha=1.0, min_docs=3):
    """Theme models with one more column a theme, `m:THEME`: how many of the theme's chosen words the comment has
    (at most 3). The words: among the real training statements, those of the theme's positives with no cue of it
    (`c:THEME` absent) against every real training statement without the theme, by smoothed log-count ratio, in at
    least `min_docs` such positives; word features (`w:`) only."""
    base = fastcv.predictor(m)

    def chosen_words(corpus, fw, rows):
        key, themes = FRAMEWORKS[fw]
        names = m.names[fw]
        is_word = np.array([n.startswith("w:") for n in names])
        present = m.present[fw]
        real = [i for i in rows if i < corpus.real]
        picks = []
        col = {n: c for c, n in enumerate(names)}
        for t, theme in enumerate(themes):
            code = f"{key}{t + 1}"
            cue = col.get("c:" + theme)
            pos = [i for i in real if code in corpus.statements[i][key]
                   and (cue is None or present[i, cue] == 0)]
            neg = [i for i in real if code not in corpus.statements[i][key] and code not in corpus.statements[i][key + "_contested"]]
            if len(pos) < min_docs:
                picks.append(np.array([], int))
                continue
            p = np.asarray(present[pos].sum(axis=0)).ravel()
            q = np.asarray(present[neg].sum(axis=0)).ravel()
            ratio = np.log((p + alpha) / (len(pos) + 2 * alpha)) - np.log((q + alpha) / (len(neg) + 2 * alpha))
            ratio[~is_word | (p < min_docs)] = -np.inf
            top = np.argsort(-ratio)[:k_words]
            picks.append(top[np.isfinite(ratio[top]) & (ratio[top] > 0)])
        return picks

    def extra(fw, picks, rows):
        present = m.present[fw][rows]
        return sparse.csr_matrix(np.column_stack([np.minimum(3, np.asarray(present[:, p].sum(axis=1)).ravel()) if len(p)
                                                  else np.zeros(len(rows)) for p in picks]))

    def predict(corpus, settings, train_real, test_rows):
        out = base(corpus, settings, train_real, test_rows)
        rows = training_rows(corpus, train_real, settings, held_out=set(test_rows))
        for fw in FRAMEWORKS:
            picks = chosen_words(corpus, fw, rows)
            cols = m.columns(fw, rows, settings["theme_prefixes"], settings["min_count"])
            vocab = {m.names[fw][c]: k for k, c in enumerate(cols)}
            themes = FRAMEWORKS[fw][1]
            for t, theme in enumerate(themes):
                vocab["m:" + theme] = len(cols) + t

            def design(usable):
                d = m.design(fw, usable, cols)
                return sparse.hstack([d[:, :len(cols)], extra(fw, picks, usable), d[:, len(cols):]]).tocsr()
            w = fit_themes(corpus, fw, rows, settings, vocab, design)
            out[fw] = sigmoid(design(test_rows) @ w)
            if fw == "nelc-2019" and settings.get("show_words"):
                for t, theme in enumerate(themes):
                    print(f"    {fw} {theme}: " + ", ".join(m.names[fw][c][2:] for c in picks[t]))
        return out
    return predict


def run_features(name, change, settings):
    corpus = Corpus()
    change(corpus)
    experiment8.run(name, settings, corpus=corpus, m=fastcv.Matrices(corpus))


def polarity(kinds, prefixes):
    return lambda: run_features("polarity " + "+".join(kinds), lambda c: add_polarity_features(c, kinds),
                                dict(S, polarity_prefixes=S["polarity_prefixes"] + prefixes))


P = dict(S, theme_prefixes=S["theme_prefixes"] + ("p:",))
CORPUS = {}


def shared():
    if not CORPUS:
        CORPUS["c"] = Corpus()
        CORPUS["m"] = fastcv.load(CORPUS["c"])
    return CORPUS["c"], CORPUS["m"]


EXPERIMENTS = {
    "base": lambda: experiment8.run("base", S, corpus=shared()[0], m=shared()[1], cache="base"),
    "points": lambda: run_features("points", experiment7.add_points, P),
    "window3": lambda: run_features("points window 3", lambda c: add_window_points(c, 3), P),
    "window5": lambda: run_features("points window 5", lambda c: add_window_points(c, 5), P),
    "pw1.5": lambda: experiment8.run("positive weight 1.5", dict(S, positive_weight=1.5), corpus=shared()[0], m=shared()[1]),
    "pw2": lambda: experiment8.run("positive weight 2", dict(S, positive_weight=2.0), corpus=shared()[0], m=shared()[1]),
    "compare": polarity(["compare"], ("v:compare",)),
    "but": polarity(["but"], ("v:but",)),
    "negscope": polarity(["negscope"], ("g:",)),
    "polarity-all": polarity(["compare", "but", "negscope"], ("v:", "g:")),
}
for k in (5, 10, 20, 40):
    EXPERIMENTS[f"real-words{k}"] = (lambda k: lambda: experiment8.run(
        f"real words {k}", S, corpus=shared()[0], m=shared()[1], predict=real_words_predictor(shared()[1], k)))(k)



def holdout_points():
    """The real holdout, scored once (`train.holdout`, logged in holdout-log.md) with the points as features made
    here in Python, the rule chosen on the development folds as always: does the points' cross-validated gain hold
    on organisations never trained on?"""
    import evaluate
    import train
    corpus = Corpus()
    experiment7.add_points(corpus)
    train.predict = evaluate.predict = fastcv.predictor(fastcv.Matrices(corpus))
    train.holdout(corpus, dict(P, variant="points made in Python (experiment9.py), not shipped"))


EXPERIMENTS["holdout-points"] = holdout_points

# Round ten: the points as Heard reads them (`PointCues.swift`: `p:` in `heard themes features`), against the
# same features without them. `train.SETTINGS` now reads `p:`, so the baseline here leaves it out.
NO_POINTS = dict(S, theme_prefixes=tuple(p for p in S["theme_prefixes"] if p != "p:"))
WITH_POINTS = dict(NO_POINTS, theme_prefixes=NO_POINTS["theme_prefixes"] + ("p:",))
EXPERIMENTS["base-heard"] = lambda: experiment8.run("base", NO_POINTS, corpus=shared()[0], m=shared()[1])
EXPERIMENTS["points-heard"] = lambda: experiment8.run("points read by Heard", WITH_POINTS, corpus=shared()[0],
                                                      m=shared()[1])
# Round ten, polarity (CV only): the points as polarity features too ("want more ...", "help sooner" read as asking).
EXPERIMENTS["points-polarity"] = lambda: experiment8.run(
    "points for themes and polarity", dict(WITH_POINTS, polarity_prefixes=S["polarity_prefixes"] + ("p:",)),
    corpus=shared()[0], m=shared()[1])


if __name__ == "__main__":
    for name in sys.argv[1:]:
        EXPERIMENTS[name]()
