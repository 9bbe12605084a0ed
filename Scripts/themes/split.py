"""Grouped splits of the real theme statements (../shared/eval/themes-real/statements.jsonl).

A statement's group is the organisation that published it (a council, a charity, Ofsted, the Children's
Commissioner...), so that no organisation's statements are ever both trained on and scored: the hidden check
uses statements from other councils and organisations, and phrasing within one source is much alike.

- holdout: about a fifth of the statements, whole organisations drawn with a fixed seed, kept aside and scored
  once, at the end of development, by a model trained on the rest;
- folds: the remaining organisations dealt into K folds of similar size (largest organisation first into the
  currently smallest fold), for grouped K-fold cross-validation.

Nothing here copies a statement into the repository: the split is recomputed from the file each time.
"""
import json
import random
import re
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "eval" / "themes-real" / "statements.jsonl"

# Names that identify an organisation wherever it appears in a source line ("... (reporting Ofsted)",
# "Coram Voice and Rees Centre ..."). Places come first: a council page quoting Bright Spots is the council's.
ORGANISATIONS = [
    ("south gloucestershire", "south-gloucestershire"), ("gloucestershire", "gloucestershire"),
    ("coventry", "coventry"), ("plymouth", "plymouth"), ("sheffield", "sheffield"), ("trafford", "trafford"),
    ("wandsworth", "wandsworth"), ("cheshire east", "cheshire-east"), ("cheshire west", "cheshire-west"),
    ("surrey", "surrey"), ("kent ", "kent"), ("torbay", "torbay"), ("warrington", "warrington"),
    ("wrexham", "wrexham"), ("flintshire", "flintshire"), ("shropshire", "shropshire"), ("hillingdon", "hillingdon"),
    ("durham", "durham"), ("essex", "essex"), ("bristol", "bristol"), ("brent", "brent"), ("blackpool", "blackpool"),
    ("bromley", "bromley"), ("bcp council", "bcp"), ("city of london", "city-of-london"),
    ("carmarthenshire", "carmarthenshire"), ("rhondda", "rhondda-cynon-taf"),
    ("coram", "coram"), ("children's commissioner", "childrens-commissioner"), ("ofsted", "ofsted"),
    ("children's rights director", "ofsted"), ("catch22", "catch22"), ("barnardo", "barnardos"),
    ("action for children", "action-for-children"), ("nyas", "nyas"), ("who cares", "who-cares"),
    ("children's society", "childrens-society"), ("become", "become"),
]


def organisation(source: str) -> str:
    lowered = source.lower().replace("\u2019", "'")
    for needle, name in ORGANISATIONS:
        if needle in lowered:
            return name
    head = re.split(r" - | \(| '| /", source)[0]
    return re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-")


def load(path=DEFAULT):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def split(statements, folds=5, holdout_share=0.2, seed=18):
    """Returns (holdout_ids, [fold_ids...]) as sets of statement ids."""
    groups = {}
    for statement in statements:
        groups.setdefault(organisation(statement["source"]), []).append(statement["id"])
    names = sorted(groups)
    random.Random(seed).shuffle(names)
    target = holdout_share * len(statements)
    holdout, rest = set(), []
    for name in names:
        # Organisations larger than a tenth of the data stay in development: one of them would be most of the holdout.
        if len(holdout) < target and len(groups[name]) <= len(statements) / 10 and len(holdout) + len(groups[name]) <= target + 5:
            holdout.update(groups[name])
        else:
            rest.append(name)
    dealt = [set() for _ in range(folds)]
    for name in sorted(rest, key=lambda n: (-len(groups[n]), n)):
        min(dealt, key=len).update(groups[name])
    return holdout, dealt


if __name__ == "__main__":
    statements = load()
    holdout, dealt = split(statements)
    print(len(statements), "statements;", len({organisation(s["source"]) for s in statements}), "organisations")
    print("holdout", len(holdout), "folds", [len(f) for f in dealt])
