"""Round six experiments on the real statements: each idea scored by the same grouped 5-fold cross-validation as
`train.py cv`, reported as a change against the baseline on the real folds (both frameworks and polarity).

    python3 Scripts/themes/experiment.py NAME [NAME...]   # see EXPERIMENTS below; "base" is round five's settings
    python3 Scripts/themes/experiment.py 'real3;{"real_weight": 3.0}' 'rules:real3;{"real_weight": 3.0}'
    GLOVE_DIR=... python3 Scripts/themes/experiment.py 'dense4;;dense;4'     # word vectors: see vectors.py

Every experiment starts from round five's settings (real statements at weight 1, the rule chosen on real and
written predictions), the baseline of the round-six table in Documentation/Themes.md; `rules:` scores the tagging-rule ideas on
that training's out-of-fold predictions, with the rule chosen on both or on real predictions only.

Features that Heard does not read yet are added here, in Python, to the features `heard themes features` gave
(`extra_features`), so an idea is measured before any Swift is written. Development figures only: the settings
an experiment tries are compared on the same folds they are scored on.
"""
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import Corpus  # noqa: E402
import train  # noqa: E402
import vectors  # noqa: E402

REPORTED = re.compile(r"\b(they|we|i|she|he|you) (said|say|says|told|tell|were told|was told|are told|get told)\b"
                      r"|\b(told us|told me|told them|tell us|said that|says that|young people (said|told|say|want|felt|feel))\b")
SOFT_ASK = re.compile(r"\b(it would be (good|nice|great|helpful)|we need|i need|there should|should be|i wish|we wish|"
                      r"make sure|would like|want more|need more|more (help|support|time|say)|would help|could be better)\b")


def words_of(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", ""))


def extra_features(corpus, kinds, scale=1.0, weighting="rank"):
    """Adds Python-made feature families to every statement's features, in place."""
    texts = [s["text"] for s in corpus.statements]
    if "dense" in kinds:
        table = vectors.load()
        idf = vectors.idf(texts) if weighting == "idf" else vectors.rank_weights(table) if weighting == "rank" else None
        for i, text in enumerate(texts):
            v = vectors.average(words_of(text), table, idf)
            for fw in corpus.features:
                for d in range(len(v)):
                    corpus.features[fw][i][f"e:{d}"] = float(v[d]) * scale
    if "reported" in kinds:
        for i, text in enumerate(texts):
            if REPORTED.search(text.lower().replace("\u2019", "'")):
                for fw in corpus.features:
                    corpus.features[fw][i]["x:reported"] = 1.0
    if "softask" in kinds:
        for i, text in enumerate(texts):
            if SOFT_ASK.search(text.lower().replace("\u2019", "'")):
                for fw in corpus.features:
                    corpus.features[fw][i]["x:soft-ask"] = 1.0


def run(name, settings, kinds=(), **options):
    corpus = Corpus()
    extra_features(corpus, kinds, **options)
    start = time.time()
    result = train.cross_validate(corpus, settings, verbose=False)
    print(f"{name}: {result} ({time.time() - start:.0f} s)", flush=True)
    return result


S = dict(train.SETTINGS, real_weight=1.0, choose_on="both")  # round five: the baseline of round six's table
EXPERIMENTS = {
    "base": lambda: run("base", S),
    "real2": lambda: run("real weight 2", dict(S, real_weight=2.0)),
    "real3": lambda: run("real weight 3", dict(S, real_weight=3.0)),
    "pertheme": lambda: run("per-theme thresholds", dict(S, per_theme=True)),
    "choose-real": lambda: run("rule chosen on real only", dict(S, choose_on="real")),
    "dense1": lambda: run("dense 1", dict(S, theme_prefixes=S["theme_prefixes"] + ("e:",),
                                          polarity_prefixes=S["polarity_prefixes"] + ("e:",)), ("dense",), scale=1.0),
    "dense3": lambda: run("dense 3", dict(S, theme_prefixes=S["theme_prefixes"] + ("e:",),
                                          polarity_prefixes=S["polarity_prefixes"] + ("e:",)), ("dense",), scale=3.0),
    "reported": lambda: run("reported speech", dict(S, polarity_prefixes=S["polarity_prefixes"] + ("x:",)), ("reported",)),
    "softask": lambda: run("soft asks", S, ("softask",)),
}


def at_least_one(probabilities, chosen, floor):
    """Tags the likeliest theme of a comment that got none, when its probability reaches `floor`."""
    out = chosen.copy()
    empty = ~chosen.any(axis=1)
    top = probabilities.argmax(axis=1)
    rows = np.where(empty & (probabilities.max(axis=1) >= floor))[0]
    out[rows, top[rows]] = True
    return out


def rules(settings=S, kinds=(), **options):
    """Tagging-rule ideas on one cross-validation's out-of-fold predictions (no retraining): each scored on fold k
    with its settings chosen on the other folds, real statements only."""
    import decide
    from corpus import FRAMEWORKS
    from evaluate import gold, out_of_fold
    corpus = Corpus()
    extra_features(corpus, kinds, **options)
    parts = out_of_fold(corpus, settings)
    real = set(range(corpus.real))

    def pooled(indices, fw, choose_on):
        keep = [np.array([choose_on == "both" or i in real for i in parts[j][0]]) for j in indices]
        rows = [i for j, m in zip(indices, keep) for i, x in zip(parts[j][0], m) if x]
        return np.vstack([parts[j][1][fw][m] for j, m in zip(indices, keep)]), gold(corpus, rows)[fw]

    variants = {"rule as shipped": dict(per_theme=False, choose_on="both", floor=False, most=decide.MOST),
                "per-theme thresholds": dict(per_theme=True, choose_on="both", floor=False, most=decide.MOST),
                "rule on real only": dict(per_theme=False, choose_on="real", floor=False, most=decide.MOST),
                "at least one theme": dict(per_theme=False, choose_on="both", floor=True, most=decide.MOST),
                "at least one, on real": dict(per_theme=False, choose_on="real", floor=True, most=decide.MOST),
                "most 1 allowed": dict(per_theme=False, choose_on="both", floor=False, most=(1, 2, 3, 7))}
    for name, v in variants.items():
        decide.MOST = v["most"]
        line = []
        for fw in FRAMEWORKS:
            tallies = [0, 0, 0]
            for k in range(len(parts)):
                others = [j for j in range(len(parts)) if j != k]
                p, (labels, scored) = pooled(others, fw, v["choose_on"])
                rule = decide.choose(p, labels, scored, v["per_theme"])
                chosen_floor = None
                if v["floor"]:
                    base = decide.tagged(p, *rule)
                    chosen_floor = max(list(decide.GRID) + [1.01], key=lambda f: (round(decide.micro_f1(
                        *decide.counts(at_least_one(p, base, f), labels, scored)), 4), f))
                tp, (tl, ts) = pooled([k], fw, "real")
                tagged = decide.tagged(tp, *rule)
                if chosen_floor is not None:
                    tagged = at_least_one(tp, tagged, chosen_floor)
                for t, c in enumerate(decide.counts(tagged, tl, ts)):
                    tallies[t] += c.sum()
            line.append(f"{fw} {decide.micro_f1(*tallies):.3f}")
        print(f"{name}: " + ", ".join(line), flush=True)
    decide.MOST = (2, 3, 7)


EXPERIMENTS["rules"] = rules


def confusion(settings=S, kinds=(), **options):
    """Polarity confusion on the real folds (rows: coders' class, columns: predicted), by kind of statement."""
    from corpus import POLARITIES
    from evaluate import gold, out_of_fold
    corpus = Corpus()
    extra_features(corpus, kinds, **options)
    parts = out_of_fold(corpus, settings)
    for kind in ("quote", "you_said"):
        table = np.zeros((4, 4), int)
        for rows, p in parts:
            truth = gold(corpus, rows)["polarity"]
            for r, i in enumerate(rows):
                if i < corpus.real and truth[r] >= 0 and corpus.statements[i]["kind"] == kind:
                    table[truth[r], p["polarity"][r].argmax()] += 1
        print(kind, "accuracy", round(np.trace(table) / table.sum(), 3), "rows truth, columns predicted", POLARITIES)
        print(table)


EXPERIMENTS["confusion"] = confusion

def custom(spec):
    """`name=...;settings-json;kinds;scale`, e.g. `'dense2-real3;{"real_weight": 3};dense;2'` (dense adds `e:` to
    both models' prefixes unless the settings name them), `rules:` before it scores tagging rules instead."""
    import json
    mode, _, spec = spec.partition(":") if spec.startswith("rules:") else ("", "", spec)
    name, overrides, kinds, scale = (spec.split(";") + ["", "", ""])[:4]
    settings = dict(S, **json.loads(overrides or "{}"))
    kinds = tuple(k for k in kinds.split(",") if k)
    if "dense" in kinds:
        for key in ("theme_prefixes", "polarity_prefixes"):
            if "e:" not in settings[key] and key not in json.loads(overrides or "{}"):
                settings[key] = tuple(settings[key]) + ("e:",)
    options = {"scale": float(scale)} if scale else {}
    if mode == "rules":
        rules(settings, kinds, **options)
    else:
        run(name, settings, kinds, **options)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        EXPERIMENTS[name]() if name in EXPERIMENTS else custom(name)
