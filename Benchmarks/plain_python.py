#!/usr/bin/env python3
"""A plain Python script doing what a council analyst might write instead of Heard: read each export, redact
the free text (emails, phone numbers, postcodes, handles, case numbers, and the export's own names), tag each
comment with theme keywords, and count the answers to each closed question. It is the yardstick the issue sets
for `heard run` ("faster than a plain Python script doing redaction, keyword tags and counts on the same file").

    python3 Benchmarks/plain_python.py WORKSPACE/Surveys > counts.json

Standard library only. It does less than Heard (no safeguarding screen, no pseudonyms, no suppression, no
HTML), so Heard being faster is a floor, not a boast.
"""
import csv
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict

# Emails, phone numbers, postcodes, handles and case numbers in one expression.
IDENTIFIERS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+44 ?|\b0)\d[\d ]{8,11}\d|\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b"
    r"|@\w{2,}|\b[A-Z]{2,3}-\d{4}-\d{4,6}\b")
THEMES = {
    "family": ["brother", "sister", "mum", "dad", "nan", "family"],
    "stability": ["moving", "moved", "placement", "same worker", "same school"],
    "learning": ["school", "college", "job", "driving"],
    "health": ["feelings", "camhs", "lonely", "happy"],
    "home": ["room", "flat", "wifi", "key", "house"],
    "money": ["money", "bills", "passport"],
}
IDENTITY = re.compile(r"name|email|ip address|custom data|respondent id|collector id", re.IGNORECASE)


def process(path, counts, tags):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, second, data = rows[0], rows[1], rows[2:]
    identity = [i for i, name in enumerate(header) if IDENTITY.search(name)]
    comments = [i for i, label in enumerate(second) if label == "Open-Ended Response" and not IDENTITY.search(header[i])]
    closed = [i for i, label in enumerate(second) if label == "Response"]
    names = set()
    for row in data:
        for i in identity:
            for word in row[i].split():
                if len(word) > 2 and word.isalpha():
                    names.add(word.lower())
    name_pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", re.IGNORECASE) if names else None
    redacted = []
    for row in data:
        for i in closed:
            counts[header[i]][row[i].strip() or "(no answer)"] += 1
        for i in comments:
            text = row[i]
            if not text:
                continue
            text = IDENTIFIERS.sub("[removed]", text)
            if name_pattern:
                text = name_pattern.sub("[name]", text)
            lower = text.lower()
            for theme, words in THEMES.items():
                if any(word in lower for word in words):
                    tags[theme] += 1
            redacted.append(text)
    return len(data), len(redacted)


def main():
    folder = sys.argv[1]
    started = time.perf_counter()
    counts, tags = defaultdict(Counter), Counter()
    rows = comments = 0
    for base, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".csv"):
                r, c = process(os.path.join(base, name), counts, tags)
                rows, comments = rows + r, comments + c
    json.dump({"rows": rows, "comments": comments, "tags": tags, "counts": counts}, sys.stdout, indent=1)
    print(f"plain python: {rows} rows, {comments} comments in {time.perf_counter() - started:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
