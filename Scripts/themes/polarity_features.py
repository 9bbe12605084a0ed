"""Candidate polarity features, made in Python from a statement's text and added to the features Heard reads,
so an idea is measured (polarity_lab.py) before any Swift is written. All `m:` (frames) unless said."""
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "Sources" / "HeardThemes" / "Data"


def _list(name):
    return {line.split("\t")[0].strip() for line in open(DATA / name, encoding="utf-8")
            if line.strip() and not line.startswith("#")}


FEELING = {}
for line in open(DATA / "feeling-words.txt", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        word, rating = line.rstrip("\n").split("\t")
        FEELING[word] = float(rating)
IMPERATIVE = _list("imperative-verbs.txt")
NEGATORS = {"not", "dont", "never", "isnt", "arent", "wasnt", "werent", "didnt", "doesnt", "no", "cant", "cannot",
            "wont", "hardly", "nobody", "nothing", "havent", "hasnt", "couldnt", "wouldnt", "shouldnt", "without"}
CONTRAST = {"but", "although", "though", "however", "yet"}
GOOD = {"good", "nice", "great", "helpful", "better", "useful", "brilliant", "amazing", "lovely", "important"}
WANTERS = {"i", "we", "they", "people", "children", "young", "leavers", "who", "participants", "kids", "us"}
PRAISE = {w for w, r in FEELING.items() if r > 0}


def sentences(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for part in re.split(r"[.!?;:]+(?:\s|$)|\n", text):
        words = re.findall(r"[a-z0-9%]+", part.replace("'", ""))
        if words:
            out.append(words)
    return out


def asks(ws):
    """Whether a sentence is framed as asking: a modal of obligation or wish, an imperative, "more X" first."""
    n = len(ws)
    first = ws[0]
    second = ws[1] if n > 1 else ""
    third = ws[2] if n > 2 else ""
    if first == "please" and second:
        first, second, third = second, third, ws[3] if n > 3 else ""
    if first in IMPERATIVE and second not in ("you", "i"):
        return True
    if first in ("dont", "stop") and second not in ("you", "i", "know", "think", "like", "really", "get", "have", "see", ""):
        return True
    if first in ("more", "better", "less", "fewer", "someone", "somebody", "somewhere") and not comparative(ws):
        return True
    for k, w in enumerate(ws):
        prev = ws[k - 1] if k else ""
        nxt = ws[k + 1] if k + 1 < n else ""
        nxt2 = ws[k + 2] if k + 2 < n else ""
        if w in ("should", "ought", "must") and not (nxt == "have" and nxt2 in ("been", "had")):
            return True
        if w in ("need", "needs") and prev not in ("dont", "didnt", "doesnt", "no") and nxt in ("to", "more", "a", "an", "someone", "help", "support", "people", "staff", "better"):
            return True
        if w == "would" and (nxt in ("like", "love", "help") or (nxt == "be" and nxt2 in GOOD)):
            return True
        if w in ("wish", "wished", "wishes") and prev in WANTERS:
            return True
        if w in ("want", "wanted", "wants") and prev in WANTERS and nxt in ("more", "to", "a", "an", "someone", "people", "staff", "their", "better"):
            if not (nxt == "to" and nxt2 in ("stay", "keep")):
                return True
        if w == "make" and nxt == "sure" and (k == 0 or prev in ("please", "to", "should", "must")):
            return True
        if w in ("asked", "called", "calling", "asking") and nxt == "for":
            return True
        if w == "please":
            return True
    return False


def comparative(ws):
    text = " ".join(ws)
    return bool(re.search(r"\bmore (likely|than)\b|\bthan\b|\b(higher|lower|fewer|less likely)\b", text))


def tone(ws):
    """Sum of feeling ratings, a negated word counting for the other side at half strength."""
    total = 0.0
    for k, w in enumerate(ws):
        r = FEELING.get(w)
        if r is None:
            continue
        if any(x in NEGATORS for x in ws[max(0, k - 3):k]):
            r *= -0.5
        total += r
    return total


def clause(text):
    out = {}
    words = [w for s in sentences(text) for w in s]
    cut = max((k for k, w in enumerate(words) if w in CONTRAST and 0 < k < len(words) - 1), default=None)
    if cut is not None:
        t = tone(words[cut + 1:])
        if t > 0:
            out["m:after-but+"] = min(2.0, t / 4)
        elif t < 0:
            out["m:after-but-"] = min(2.0, -t / 4)
    return out


def frames(text):
    out = {}
    ss = sentences(text)
    flags = [asks(s) for s in ss]
    if any(flags):
        out["m:ask"] = 1.0
        if all(flags):
            out["m:ask-all"] = 1.0
    return out


def outside(text):
    """Tone of the sentences that do not ask."""
    out = {}
    ss = sentences(text)
    t = sum(tone(s) for s in ss if not asks(s))
    if t > 0:
        out["m:tone+"] = min(2.0, t / 4)
    elif t < 0:
        out["m:tone-"] = min(2.0, -t / 4)
    return out


UP = re.compile(r"\b(more likely|higher|increased|majority|most|more \w+ (than|compared))\b")
DOWN = re.compile(r"\b(only|fewer|less likely|lower|decreased|minority|just)\b")
FIGURE = re.compile(r"\d|%|\bper ?cent\b|\bproportion\b|\bhalf\b|\bmajority\b|\bone in\b|\blikely\b")


def figures(text):
    out = {}
    for s in sentences(text):
        joined = " ".join(s)
        if FIGURE.search(joined):
            out["m:figure"] = 1.0
            if UP.search(joined):
                out["m:figure-up"] = 1.0
            if DOWN.search(joined):
                out["m:figure-down"] = 1.0
        if comparative(s):
            out["m:comparative"] = 1.0
    return out


REPORTERS = {"people", "children", "leavers", "participants", "they", "kids", "respondents", "members", "us"}
REPORT_VERBS = {"said", "told", "reported", "felt", "shared", "explained", "described", "say", "tell", "feel"}
ASK_VERBS = {"wanted", "want", "asked", "called", "wished", "suggested", "requested", "would"}


def summary(text):
    out = {}
    for s in sentences(text):
        for k, w in enumerate(s[:-1]):
            if w in REPORTERS:
                v = s[k + 1]
                if v in ASK_VERBS:
                    out["m:reported-ask"] = 1.0
                elif v in REPORT_VERBS:
                    out["m:reported"] = 1.0
    return out


def negpraise(text):
    out = {}
    for s in sentences(text):
        for k, w in enumerate(s):
            if w in PRAISE and any(x in NEGATORS for x in s[max(0, k - 3):k]):
                out["m:negated-praise"] = 1.0
            if w in ("nobody", "noone") or (w == "no" and k + 1 < len(s) and s[k + 1] == "one"):
                out["m:nobody"] = 1.0
    return out


FAMILIES = {"clause": clause, "frames": frames, "outside": outside, "figures": figures, "summary": summary,
            "negpraise": negpraise}
PREFIXES = {name: "m:" for name in FAMILIES}


def prefixes(families):
    return sorted({PREFIXES[f] for f in families})


def add(corpus, families):
    for family in families:
        make = FAMILIES[family]
        for i, s in enumerate(corpus.statements):
            for name, value in make(s["text"]).items():
                for fw in corpus.features:
                    corpus.features[fw][i][name] = value
