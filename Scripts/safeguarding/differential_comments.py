"""Writes comments, one a line, for the screen differential (screen-differential.sh): every development
comment the screen is tuned or measured on (the writers' and batch files, the repo's fixtures), the real
quotes of ../shared/eval/safeguarding-real/ and statements of ../shared/eval/themes-real/ when present, the
tagging differential's comments (the bench's comment shapes among them), the comments of a `heard bench
--responses` workspace when its folder is given, and variants of all of them: in capitals, without
punctuation, spliced from halves of two, cut to a word or two. Development tool only: the output is never
committed.

    python3 Scripts/safeguarding/differential_comments.py [BENCH_WORKSPACE] > comments.txt
"""
import csv, json, pathlib, random, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[2]
shared = root.parent / "shared/eval"
texts = []


def add(text):
    text = " ".join(str(text).split())
    if text:
        texts.append(text)


def jsonl(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            add(json.loads(line).get("text", ""))


devdata = root.parent / "devdata"
jsonl_files = sorted((devdata / "safeguarding").glob("**/*.jsonl"))
jsonl_files += sorted((root / "Tests/Fixtures/safeguarding/writers").glob("*.jsonl"))
jsonl_files += [shared / "safeguarding-real/dev.jsonl", shared / "themes-real/statements.jsonl"]
jsonl_files += sorted((root / "Scripts/themes/synthetic").glob("*.jsonl"))
for path in jsonl_files:
    if path.exists():
        jsonl(path)
for path in sorted((root / "Tests/Fixtures").rglob("*.csv")):
    if "csv-spectrum" in path.parts or "exports" in path.parts:
        continue
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            for key in ("text", "comment", "statement"):
                if row.get(key):
                    add(row[key])
# The redaction development sets' comments (dev-17 on), when present.
for path in sorted((devdata / "redaction").glob("dev-*.csv")):
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("text"):
                add(row["text"])
seed = shared / "seed-statements.csv"
if seed.exists():
    with seed.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.reader(handle):
            for cell in row:
                if len(cell.split()) >= 3:
                    add(cell)
if len(sys.argv) > 1:
    # Every cell of a bench workspace's exports with three words or more: its comments.
    for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.csv")):
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    if len(cell.split()) >= 3:
                        add(cell)
tagging = subprocess.run([sys.executable, str(root / "Scripts/themes/differential_comments.py")],
                         capture_output=True, text=True, check=True).stdout.splitlines()
texts += tagging

rng = random.Random(17)
base = list(dict.fromkeys(texts))
variants = []
for text in base:
    kind = rng.randrange(5)
    if kind == 0:
        variants.append(text.upper())
    elif kind == 1:
        variants.append("".join(c for c in text if c not in ".,;:!?").lower())
    elif kind == 2:
        other = rng.choice(base)
        variants.append(text[: len(text) // 2] + other[len(other) // 2:])
    elif kind == 3:
        words = text.split()
        start = rng.randrange(len(words))
        variants.append(" ".join(words[start:start + rng.randrange(1, 3)]))
    else:
        variants.append(text.replace(". ", ".\u2019 ").replace("'", "\u2019") + " \U0001F622 \u00a3")
short = ["no", "n/a", "N/A", "yes", "ok", "none", "nothing", "-", ".", "?", "no.", "dunno", "idk", "na", "nope",
         "\u00a3", "%", "&", "50%", "10", "no one", "not sure", "NO", "help", "help me", "\U0001F622", "\u017caneta"]
for line in base + variants + short:
    print(line)
