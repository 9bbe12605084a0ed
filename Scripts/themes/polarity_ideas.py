"""Round eleven polarity ideas, each scored by `polarity_cv.run` against the shipped settings (development figures;
results in Documentation/Themes.md, eleventh round: none shipped). Features made here in Python are extra columns
beside `heard themes features`' own (`polarity_cv.with_columns`); a kept one would be read by Heard instead.

    python3 Scripts/themes/polarity_cv.py try prior realw3 question turn ideal breakdown ...
"""
import itertools
import re

import numpy as np

import polarity_cv
from polarity_cv import S, run

IDEAS = {}


def idea(name):
    def register(f):
        IDEAS[name] = f
        return f
    return register


def setting(name, **changes):
    IDEAS[name] = lambda corpus, m, base: run(name, corpus, m, dict(S, **changes), base)


for w in (2.0, 3.0, 5.0):
    setting(f"realw{w:g}", real_weight=w)
for w in (0.3, 0.5):
    setting(f"synw{w:g}", synthetic_weight=w)
for c in (0.3, 1.0, 2.0):
    setting(f"c{c:g}", polarity_c=c)
setting("nofixtures", fixture_weight=0.0)


OFFSETS = [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5]


def best_offsets(corpus, parts):
    """Log-probability offsets (positive fixed at 0) that make the most right on these folds' real statements."""
    y = np.concatenate([polarity_cv.truth(corpus, t) for t, _ in parts])
    real = np.concatenate([np.array([i < corpus.real for i in t]) for t, _ in parts])
    logp = np.log(np.vstack([p for _, p in parts]) + 1e-12)
    mask = real & (y >= 0)
    best = (-1, None)
    for o in itertools.product(OFFSETS, repeat=3):
        off = np.array((0.0,) + o)
        hits = int(((logp[mask] + off).argmax(axis=1) == y[mask]).sum())
        if hits > best[0] or (hits == best[0] and np.abs(off).sum() < np.abs(best[1]).sum()):
            best = (hits, off)
    return best[1]


@idea("prior")
def prior(corpus, m, base):
    """A prior matched to real statements: fold k's class offsets chosen on the other folds' real out-of-fold
    predictions, added to the log-probabilities (in a shipped model: to the bias row)."""
    parts = polarity_cv.out_of_fold(corpus, m, S)
    chosen = {}
    for k, (test, _) in enumerate(parts):
        chosen[tuple(test)] = best_offsets(corpus, [x for j, x in enumerate(parts) if j != k])
    print("  offsets per fold:", [v.tolist() for v in chosen.values()])

    def decide(p, rows):
        return (np.log(p + 1e-12) + chosen[tuple(rows)]).argmax(axis=1)
    return run("prior", corpus, m, S, base, decide)


# --- features made in Python --------------------------------------------------------------------------------------

def words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "").replace("'", ""))


def feature_idea(name, extra, prefixes):
    def go(corpus, m, base):
        m2 = polarity_cv.with_columns(m, corpus, extra)
        return run(name, corpus, m2, dict(S, polarity_prefixes=S["polarity_prefixes"] + prefixes), base)
    IDEAS[name] = go


QUESTION_WORDS = {"what", "why", "how", "when", "where", "who", "which", "can", "could", "will", "would", "is", "are",
                  "do", "does", "did", "should", "am", "if"}


def question(s):
    """A sentence that starts with a question word and ends with '?'."""
    out = {}
    for sentence in re.split(r"(?<=[.!?])\s+", s["text"]):
        ws = words(sentence)
        if ws and sentence.rstrip().endswith("?"):
            out["v:question"] = 1.0
            if ws[0] in QUESTION_WORDS:
                out["v:wh-question"] = 1.0
    return out


feature_idea("question", question, ("v:",))

ASK = re.compile(r"\b(i|we|they) (wish|want|need|would like|d like)\b|\bwould be (good|nice|better|great|helpful)\b"
                 r"|\bthere (should|needs to|need to) be\b|\b(should|must|need to|needs to|ought to)\b|\bmake sure\b"
                 r"|\bplease\b|\bwant(ed)? more\b|\bneed(ed|s)? more\b|\bmore (support|help|time|contact|money)\b")


def asks(s):
    text = " ".join(words(s["text"]))
    return {"v:ask": 1.0} if ASK.search(text) else {}


feature_idea("asks", asks, ("v:",))

TURN = re.compile(r"\b(but|however|although|though|now|until|then|eventually|since)\b")


def last_clause(s):
    """Feeling words of the clause after the last turn ('but', 'now', 'however'): the statement's conclusion."""
    table = feelings()
    text = " ".join(words(s["text"]))
    parts = TURN.split(text)
    if len(parts) < 3:
        return {}
    tail = parts[-1].split()
    score = 0.0
    for k, w in enumerate(tail):
        v = table.get(w, 0.0)
        if any(x in NEGATORS for x in tail[max(0, k - 3):k]):
            v *= -0.5
        score += v
    out = {"v:turn": 1.0}
    if score > 0:
        out["v:turn+"] = min(2.0, score / 4)
    elif score < 0:
        out["v:turn-"] = min(2.0, -score / 4)
    return out


feature_idea("turn", last_clause, ("v:",))

NEGATORS = {"not", "no", "never", "nobody", "noone", "nothing", "dont", "doesnt", "didnt", "cant", "couldnt", "wont",
            "wouldnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "shouldnt"}
FEELINGS = {}


def feelings():
    if not FEELINGS:
        from corpus import ROOT
        for line in (ROOT / "Sources" / "HeardThemes" / "Data" / "feeling-words.txt").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.startswith("#"):
                try:
                    FEELINGS[parts[0]] = float(parts[1])
                except ValueError:
                    pass
    return FEELINGS


def report_style(s):
    """A third-person report ('young people said', '45% of care leavers'), where the coders code what was found."""
    text = " ".join(words(s["text"]))
    out = {}
    if re.search(r"\b(young people|children|care leavers|participants|they|respondents|many|most|some)\b.{0,40}\b(said|told|reported|felt|described|wrote|commented|found)\b", text):
        out["v:report"] = 1.0
    if re.search(r"\d+ ?(%|per cent|percent)|\d+ ?%", s["text"]):
        out["v:percent"] = 1.0
    return out


feature_idea("report", report_style, ("v:",))


@idea("all-features")
def all_features(corpus, m, base):
    def extra(s):
        return question(s) | asks(s) | last_clause(s) | report_style(s)
    m2 = polarity_cv.with_columns(m, corpus, extra)
    return run("all-features", corpus, m2, dict(S, polarity_prefixes=S["polarity_prefixes"] + ("v:",)), base)


for w in (0.5, 1.0, 2.0):
    setting(f"fixw{w:g}", fixture_weight=w)
for n in (1, 3, 5):
    setting(f"min{n}", min_count=n)
setting("balanced", class_weight=[1.0, 0.7, 1.0, 2.0])
setting("neutral-light", class_weight=[1.0, 1.0, 1.0, 0.5])
for p in S["polarity_prefixes"]:
    setting(f"drop-{p[0]}", polarity_prefixes=tuple(x for x in S["polarity_prefixes"] if x != p))
setting("add-c", polarity_prefixes=S["polarity_prefixes"] + ("c:", "k:"))


IDEAL_START = {"someone", "somebody", "treats", "shows", "pays", "takes", "listens", "gives", "makes", "helps",
               "doesnt", "isnt", "respects", "understands", "cares", "supports", "lets", "allows", "teaches",
               "encourages", "believes", "puts", "keeps", "has", "knows", "are"}


def ideal(s):
    """A description of the ideal ("Someone who listens", "Treats you like their own", "A good carer is...",
    "Are there for me"): what the coders read as asking."""
    out = {}
    for sentence in re.split(r"(?<=[.!?])\s+", s["text"]):
        ws = words(sentence)
        if not ws or sentence.rstrip().endswith("?"):
            continue
        if ws[0] in IDEAL_START or (ws[0] in ("a", "the") and len(ws) > 2 and ws[1] in ("good", "great", "best", "perfect", "ideal")):
            out["v:ideal"] = 1.0
    return out


feature_idea("ideal", ideal, ("v:",))


def percent_feel(s):
    """A survey figure ("86% say they feel...") with the sign of its feeling words."""
    if not re.search(r"\d+ ?(%|per ?cent)", s["text"]):
        return {}
    table = feelings()
    ws = words(s["text"])
    score = 0.0
    for k, w in enumerate(ws):
        v = table.get(w, 0.0)
        if any(x in NEGATORS or x in ("only", "few", "less") for x in ws[max(0, k - 3):k]):
            v *= -0.5
        score += v
    return {"v:figure+": 1.0} if score > 0 else {"v:figure-": 1.0} if score < 0 else {"v:figure": 1.0}


feature_idea("figure", percent_feel, ("v:",))


@idea("turn+ideal")
def turn_ideal(corpus, m, base):
    m2 = polarity_cv.with_columns(m, corpus, lambda s: last_clause(s) | ideal(s))
    return run("turn+ideal", corpus, m2, dict(S, polarity_prefixes=S["polarity_prefixes"] + ("v:",)), base)


@idea("show-ideal")
def show_ideal(corpus, m, base):
    from collections import Counter
    dev = set().union(*corpus.folds)
    c = Counter((s.get("origin"), s["polarity"]) for s in corpus.statements if ideal(s)
                and (s["origin"] != "real" or s["id"] in dev))
    print(sorted(c.items(), key=str))


def trigrams(s):
    out = {}
    for sentence in re.split(r"(?<=[.!?;,])\s+", s["text"]):
        ws = words(sentence)
        for k in range(len(ws) - 2):
            out["3:" + " ".join(ws[k:k + 3])] = 1.0
    return out


feature_idea("trigrams", trigrams, ("3:",))


def last_words(s):
    """The words of the last clause as their own features."""
    parts = re.split(r"[.!?;]|\bbut\b|\bnow\b|\bhowever\b", s["text"].lower())
    parts = [p for p in parts if words(p)]
    return {"l:" + w: 1.0 for w in words(parts[-1])} if len(parts) > 1 else {}


feature_idea("last-words", last_words, ("l:",))


@idea("mix-real")
def mix_real(corpus, m, base):
    """Probabilities averaged with a model trained on real statements only."""
    parts_all = polarity_cv.out_of_fold(corpus, m, S)
    real_only = dict(S, synthetic_weight=0.0, fixture_weight=0.0)
    parts_real = polarity_cv.out_of_fold(corpus, m, real_only)
    for a in (0.8, 0.6, 0.5):
        mixed = [(t, a * p + (1 - a) * q) for (t, p), (_, q) in zip(parts_all, parts_real)]
        s = polarity_cv.scores(corpus, mixed)
        d = np.array(s["real"][1]) - np.array(base["real"][1])
        print(f"mix {a}: real {s['real'][0]:.3f} delta {s['real'][0] - base['real'][0]:+.3f} folds {np.round(d, 3).tolist()} written {s['written'][0]:.3f}")


setting("young-half", batch_weights={"a": 0.5, "b": 0.5})
setting("published-2", batch_weights={k: 2.0 for k in "cdefgh"})
setting("scale-cues3", polarity_scales={"s:": 3.0, "t:": 3.0, "i:": 3.0, "r:": 3.0})
setting("scale-cues2", polarity_scales={"s:": 2.0, "t:": 2.0, "i:": 2.0, "r:": 2.0, "q:": 2.0, "x:": 2.0})
setting("scale-words0.5", polarity_scales={"w:": 0.5, "b:": 0.5})


def kind_of_statement(s):
    """A rough reading of what kind of statement it is, for the error breakdown (first match wins)."""
    text = s["text"]
    low = " ".join(words(text))
    if "?" in text:
        return "question"
    if re.search(r"\d", text):
        return "survey figure"
    if ideal(s):
        return "ideal described"
    if re.search(r"\b(i|we) (wish|want|need|would like)\b|\bwould be (good|nice|better|great)\b|\bshould\b|\bmore\b", low):
        return "wish / should / more"
    if re.search(r"\bnot enough\b|\btoo (few|little|much|many)\b", low):
        return "not enough / too"
    if TURN.search(low):
        return "turn (but, now, however)"
    if re.search(r"\b(young people|children|care leavers|participants|they|respondents)\b.{0,40}\b(said|told|reported|felt|described|wrote|commented|found|want|wanted)\b", low):
        return "reported (they said)"
    if re.search(r"\b(not|never|no|dont|didnt|cant|wont|doesnt|isnt|wasnt|nobody|nothing)\b", low):
        return "negation"
    return "other"


@idea("breakdown")
def breakdown(corpus, m, base):
    from collections import defaultdict
    from corpus import POLARITIES
    parts = polarity_cv.out_of_fold(corpus, m, S)
    table = defaultdict(lambda: [0, 0, defaultdict(int)])
    for test, p in parts:
        y = polarity_cv.truth(corpus, test)
        for r, i in enumerate(test):
            if i >= corpus.real or y[r] < 0:
                continue
            k = kind_of_statement(corpus.statements[i])
            t = table[k]
            t[1] += 1
            if p[r].argmax() == y[r]:
                t[0] += 1
            else:
                t[2][f"{POLARITIES[y[r]][:3]}->{POLARITIES[p[r].argmax()][:3]}"] += 1
    for k, (h, n, errs) in sorted(table.items(), key=lambda x: -x[1][1]):
        top = ", ".join(f"{e} {c}" for e, c in sorted(errs.items(), key=lambda x: -x[1])[:4])
        print(f"  {k:26} {h:3}/{n:3} right ({h / n:.2f}); wrong: {top}")
