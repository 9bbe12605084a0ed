"""Writes 100,000 comments, one a line, for the quick tagging differential (tagging-differential.sh cli):
the bench's comment shapes (the same fragments as SyntheticSurvey), the real statements of
../shared/eval/themes-real/ when present, the self-written ones of Scripts/themes/synthetic/, and comments
spliced from halves of two of those, some in capitals, some without punctuation. Development tool only."""
import json, pathlib, random, sys

root = pathlib.Path(__file__).resolve().parents[2]
openings = ["i want to", "can we", "my sw should", "it would be good to", "please", "i wish i could"]
middles = ["see my brother more", "stay at the same school", "have more say in where i live",
           "get help with money and bills", "go to football, swimming and drama", "keep the same worker"]
endings = ["", " thanks", ", my carers are nice", " and more trips", " lol", " - text me on 07700 900123"]
bench = [f"{o} {m}{e}" for o in openings for m in middles for e in endings]
statements = []
files = [root.parent / "shared/eval/themes-real/statements.jsonl"] + sorted((root / "Scripts/themes/synthetic").glob("*.jsonl"))
for path in files:
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                statements.append(" ".join(json.loads(line)["text"].split()))
rng = random.Random(7)
comments = [bench[i % len(bench)] for i in range(20000)] + statements
pool = statements + bench
while len(comments) < 100_000:
    one, two = rng.choice(pool), rng.choice(pool)
    spliced = one[: len(one) // 2] + two[len(two) // 2:]
    kind = rng.randrange(6)
    if kind == 0:
        spliced = spliced.upper()
    elif kind == 1:
        spliced = "".join(c for c in spliced if c not in ".,;:!?").lower()
    comments.append(spliced)
sys.stdout.write("".join(c + "\n" for c in comments))
