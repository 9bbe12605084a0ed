"""The statements the theme and polarity models learn from, and their features as Heard reads them.

- real: ../shared/eval/themes-real/statements.jsonl (third-party text: read here, never copied into the
  repository), split by organisation into a holdout and K folds (`split.py`). Only real statements are ever scored.
- synthetic: `synthetic/agreed*.jsonl`, statements written and coded for Heard by helpers who never saw the
  real set (see `synthetic/README.md`): batches a and b (1,000, young people's style) and, where present, c and
  d (written in the style of published quotes and council summaries), e to h, and 12 (round twelve: seven
  publishers' styles, labelled by its writer on the coders' rubric). Ours: scored by cross-validation only as
  development figures, and trained on.
- fixtures: Heard's own self-written labelled comments (`Tests/Fixtures/themes/*.txt`). They only ever train.

Only agreed cells are used: a theme in `L_contested`/`N_contested` is neither a positive nor a negative example
for that statement, and a statement whose polarity the coders did not agree on has no polarity example.
Features come from `heard themes features`, the same reader that tags at run time, cached by binary and text.
"""
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import split  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SYNTHETIC = Path(__file__).resolve().parent / "synthetic"
CACHE = ROOT / ".build" / "themes-features-cache"
FRAMEWORKS = {
    "lincolnshire-2022": ("L", ["support-to-remain-with-family", "stability-and-permanence",
                                "build-not-break-relationships", "learning-and-aspirations", "healthy-and-resilient",
                                "safe-and-suitable-accommodation"]),
    "nelc-2019": ("N", ["support-us", "education-training-employment", "health-wellbeing", "relationships",
                        "where-we-live", "ready-for-our-future", "participation-in-society"]),
}
POLARITIES = ["positive", "negative", "request", "neutral"]
LATER_BATCHES = ("12",)  # round twelve's statements in seven publishers' styles (`synthetic/agreed-12.jsonl`)
FIXTURE_CODES = {
    "L": {"fam": "L1", "stab": "L2", "rel": "L3", "learn": "L4", "health": "L5", "acc": "L6"},
    "N": {"sup": "N1", "ete": "N2", "hw": "N3", "rel": "N4", "live": "N5", "fut": "N6", "part": "N7"},
}


def heard_binary():
    """The most recently built heard (debug or release): training must read comments as the current code does.
    `HEARD_BINARY` names another build (one of the same code, while this one builds)."""
    import os
    if os.environ.get("HEARD_BINARY"):
        return Path(os.environ["HEARD_BINARY"])
    built = [p for p in (ROOT / ".build" / b / "heard" for b in ("release", "debug")) if p.exists()]
    if not built:
        sys.exit("build heard first: swift build")
    return max(built, key=lambda p: p.stat().st_mtime)


def read_features(texts, framework):
    """Each text's features as {name: value}, from `heard themes features` (cached by binary and texts)."""
    binary = heard_binary()
    lines = "\n".join(t.replace("\n", " ").replace("\r", " ") for t in texts) + "\n"
    key = hashlib.sha256(binary.read_bytes() + framework.encode() + lines.encode()).hexdigest()[:24]
    cached = CACHE / f"{key}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    out = subprocess.run([str(binary), "themes", "features", "--framework", framework], input=lines,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(texts)
    docs = [json.loads(line) for line in out]
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(docs))
    return docs


def fixtures():
    """Heard's own self-written labelled comments. Their writer read "Support to remain with family" far more
    broadly than the coders' rubric, so their L1 labels are left out (treated as contested)."""
    items = []
    for path in sorted((ROOT / "Tests" / "Fixtures" / "themes").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            text, l_codes, n_codes, polarity = [part.strip() for part in line.split(" | ")]
            codes = {key: [FIXTURE_CODES[key][c.strip()] for c in field.split(",") if c.strip() not in ("", "none")]
                     for key, field in (("L", l_codes), ("N", n_codes))}
            items.append({"id": f"{path.stem}:{number}", "text": text, "L": codes["L"], "N": codes["N"],
                          "L_contested": ["L1"], "N_contested": [], "polarity": polarity or None,
                          "origin": "fixture"})
    return items


def synthetic():
    """Every agreed synthetic file, each statement marked with its batch ("a".."d", from its source)."""
    items = []
    for path in sorted(SYNTHETIC.glob("agreed*.jsonl")):
        items += [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for item in items:
        item["origin"] = "synthetic"
        item["batch"] = item.get("source", "").rsplit("-", 1)[-1]
    return items


class Corpus:
    """Real statements first (rows 0..real-1), then the training-only ones."""

    def __init__(self):
        self.statements = split.load()
        for s in self.statements:
            s["origin"] = "real"
        self.holdout, self.folds = split.split(self.statements)
        self.real = len(self.statements)
        self.statements += synthetic() + fixtures()
        texts = [s["text"] for s in self.statements]
        self.features = {fw: read_features(texts, fw) for fw in FRAMEWORKS}
        self.groups = {s["id"]: split.organisation(s["source"]) for s in self.statements[:self.real]}
        # The synthetic statements dealt into as many folds as the real ones (seeded), so that one
        # cross-validation scores both: fold k's synthetic statements are never trained on with fold k.
        # Batches added later (LATER_BATCHES) are dealt on their own, so that adding one leaves the earlier
        # batches' folds, and so every earlier figure, as they were.
        synthetic_rows = [i for i in self.extra("synthetic") if self.statements[i]["batch"] not in LATER_BATCHES]
        random.Random(18).shuffle(synthetic_rows)
        self.synthetic_folds = [sorted(synthetic_rows[k::len(self.folds)]) for k in range(len(self.folds))]
        for batch in LATER_BATCHES:
            later = [i for i in self.extra("synthetic") if self.statements[i]["batch"] == batch]
            random.Random(18).shuffle(later)
            for k in range(len(self.folds)):
                self.synthetic_folds[k] = sorted(self.synthetic_folds[k] + later[k::len(self.folds)])

    def rows(self, ids):
        return [i for i, s in enumerate(self.statements[:self.real]) if s["id"] in ids]

    def extra(self, origin):
        return [i for i in range(self.real, len(self.statements)) if self.statements[i]["origin"] == origin]
