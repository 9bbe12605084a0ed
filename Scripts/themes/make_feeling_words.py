"""Writes Sources/HeardThemes/Data/feeling-words.txt from the VADER sentiment lexicon (MIT licence).

    pip install vadersentiment   # development time only
    python3 Scripts/themes/make_feeling_words.py

Keeps plain lower-case words whose mean rating is at least 1 away from neutral (ratings run from -4 to 4),
apostrophes dropped as Heard's reader drops them. The polarity model counts them (`s:+`, `s:-` features), so it
knows "worthless" or "welcoming" without having seen them in training.
"""
import re
from pathlib import Path

import vaderSentiment

ROOT = Path(__file__).resolve().parents[2]
source = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
# Words too common in what young people in care and councils write to tell praise from complaint on their own.
COMMON = {"care", "cared", "caring", "help", "helps", "helped", "helping", "support", "supported", "supports",
          "like", "likes", "liked", "please", "want", "wants", "wanted", "no", "yes", "ok", "okay", "free", "miss",
          "chance", "chances", "play", "playing", "party", "parties", "join", "joined", "matter", "matters"}
words = {}
for line in source.read_text(encoding="utf-8").splitlines():
    word, rating = line.split("\t")[:2]
    word = word.replace("'", "")
    if re.fullmatch(r"[a-z]+", word) and abs(float(rating)) >= 1.0 and word not in COMMON:
        words[word] = float(rating)
header = """# Words that praise or complain, with how strongly: a rating from -4 (most negative) to 4 (most positive).
# From the VADER sentiment lexicon (C.J. Hutto and E.E. Gilbert, 2014; MIT licence), words rated at least 1
# away from neutral. Written by Scripts/themes/make_feeling_words.py; a council may add or change lines.
# word <tab> rating
"""
out = ROOT / "Sources" / "HeardThemes" / "Data" / "feeling-words.txt"
out.write_text(header + "".join(f"{w}\t{r:g}\n" for w, r in sorted(words.items())), encoding="utf-8")
print(f"wrote {out.relative_to(ROOT)}: {len(words)} words")
