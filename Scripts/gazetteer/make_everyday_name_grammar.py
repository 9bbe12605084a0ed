#!/usr/bin/env python3
"""Learn each everyday-word name's ordinary grammar from ordinary English text (issue 14, names).

A given name that is also an everyday word ("hope", "grace", "summer", "rose") has its own grammar as a word:
"i hope", "hope you", "by grace of", "in summer", "a rose". This script reads ordinary English text and writes,
for each word of `Sources/HeardPrivacy/Data/everyday-names.txt`, the words seen right before it and right after
it in its ordinary uses, to `Sources/HeardPrivacy/Data/everyday-name-grammar.txt` (plain data a person may
edit; embedded at build time). The redactor reads an everyday-word name whose neighbours match none of this
grammar as a name (`NameGrammar.swift`).

Text read (development time only; nothing here is needed at run time):
- the real statements of `../shared/eval/themes-real/statements.jsonl` and `../shared/eval/safeguarding-real/`
  (the even-numbered lines only: the odd ones measure words lost on text the grammar never saw) and
  `../shared/eval/seed-statements.csv` (third-party, read for statistics only: no sentence is copied);
- the ordinary comments of the repository's own safeguarding and themes fixtures (`Tests/Fixtures/`);
- the ordinary words of the tuned development corpora (`/work/devdata/redaction`, outside the repository; the
  planted identifiers cut out; the blind sets never read);
- Debian's `fortunes` package (`/usr/share/games/fortunes`) and WordNet's example sentences
  (`/usr/share/wordnet`, Debian `wordnet-base`), where installed.

A capital in the middle of a sentence is skipped (it is likely a name: "ask Grace"), so names in the text do not
teach their own contexts as ordinary. "^" stands for the start of a sentence or clause (after punctuation), "$"
for its end, and "^$" after it for the word alone as a clause ("Hope!"). Run from the package root: `python3 Scripts/gazetteer/make_everyday_name_grammar.py`.
"""
import csv
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.path.join(os.path.dirname(ROOT), "shared", "eval")
OUT = os.path.join(ROOT, "Sources", "HeardPrivacy", "Data", "everyday-name-grammar.txt")
DEVDATA = os.environ.get("HEARD_DEVDATA", "/work/devdata/redaction")
# Development corpora read and tuned on; dev-4, 8, 10, 12, 14 and 16 are blind and never read here.
TUNED = ["dev.csv", "dev-2.csv", "dev-3.csv", "dev-5.csv", "dev-6.csv", "dev-7.csv", "dev-9.csv", "dev-11.csv",
         "dev-13.csv"]
NAMES = os.path.join(ROOT, "Sources", "HeardPrivacy", "Data", "everyday-names.txt")

SEGMENT = re.compile(r"[.!?,;:()\[\]\"“”\n\r\t|/]+|\s[-–—]+\s")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+")


def texts():
    """Every ordinary text, one string at a time."""
    path = os.path.join(EVAL, "themes-real", "statements.jsonl")
    for name in (path, os.path.join(EVAL, "safeguarding-real", "dev.jsonl")):
        if os.path.exists(name):
            with open(name, encoding="utf-8") as handle:
                rows = [line for line in handle if line.strip()]
            # Learn from the even-numbered statements only: the odd ones are kept to measure words lost.
            for line in rows[0::2]:
                yield json.loads(line).get("text", "")
    seeds = os.path.join(EVAL, "seed-statements.csv")
    fixtures = glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "safeguarding", "*.csv")) \
        + glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "themes", "*.csv"))
    for name in ([seeds] if os.path.exists(seeds) else []) + sorted(fixtures):
        with open(name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for key in ("text", "statement", "comment"):
                    if row.get(key):
                        yield row[key]
    # The tuned development corpora's ordinary words (never the blind ones): each planted identifier is cut
    # out first, so only the words' ordinary uses are read.
    for name in TUNED:
        path = os.path.join(DEVDATA, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row["text"]
                for planted in (row.get("identifiers") or "").split("|"):
                    value = planted.split(":", 1)[-1]
                    if value:
                        text = re.sub(re.escape(value), " | ", text, flags=re.IGNORECASE)
                yield text
    for name in sorted(glob.glob("/usr/share/games/fortunes/*")):
        if os.path.splitext(name)[1] in (".dat", ".u8") or os.path.isdir(name):
            continue
        with open(name, encoding="utf-8", errors="replace") as handle:
            yield from handle.read().split("\n%\n")
    for name in sorted(glob.glob("/usr/share/wordnet/data.*")):
        with open(name, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                yield from re.findall(r'"([^"]+)"', line)


def main():
    with open(NAMES, encoding="utf-8") as handle:
        names = {line.strip() for line in handle if line.strip() and not line.startswith("#")}
    counts = Counter()
    before = defaultdict(Counter)
    after = defaultdict(Counter)
    for text in texts():
        for segment in SEGMENT.split(text):
            # A number is "#" ("page 12", "20 miles"), as the redactor reads it.
            words = ["#" if token[0].isdigit() else token for token in WORD.findall(segment)]
            for index, word in enumerate(words):
                lower = word.lower().replace("’", "'")
                if lower not in names:
                    continue
                # "ask Grace": a capital after the first word is likely a name, not the word.
                if index > 0 and word[0].isupper() and not word.isupper():
                    continue
                # "Jack Kerouac": a capital before a capital is a full name.
                if word[0].isupper() and index + 1 < len(words) and words[index + 1][0].isupper() \
                        and not words[index + 1].isupper():
                    continue
                counts[lower] += 1
                before[lower][words[index - 1].lower().replace("’", "'") if index > 0 else "^"] += 1
                after[lower][words[index + 1].lower().replace("’", "'") if index + 1 < len(words) else "$"] += 1
                if len(words) == 1:
                    after[lower]["^$"] += 1  # the word alone, a clause of its own ("Rain.", "Hope!")
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("# Each everyday-word name's ordinary grammar: how often the word was seen in ordinary English text,\n"
                     "# the words seen right before it (after \"<\") and right after it (after \">\"). \"^\" is a sentence's or\n"
                     "# clause's start, \"$\" its end. Generated by Scripts/gazetteer/make_everyday_name_grammar.py from\n"
                     "# ordinary text (see the script); a person may add a word to a line by hand.\n")
        for word in sorted(counts):
            left = " ".join(sorted(before[word]))
            right = " ".join(sorted(after[word]))
            handle.write(f"{word} {counts[word]} < {left} > {right}\n")
    print(f"{len(counts)} of {len(names)} words seen; {sum(counts.values())} uses", file=sys.stderr)


if __name__ == "__main__":
    main()
