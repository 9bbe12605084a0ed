"""Python twin of `PointCues.swift`: a framework's codebook points (`Data/points/<framework>.txt`) as model
features `p:POINT`, 1 where one of the point's `cues:` phrases appears in a comment, its words in a row (stems; a
`*` on the last word matches the start of the comment's word, not of its stem). `together:` and `broad:` are not
read; every point counts whatever the comment's themes.

Heard reads these features itself (`heard themes features`, which `train.py` trains on); this twin only checks
that reading (`points_differential.py`). It reads words with a regular expression and HeardCore's text-speak
table where Heard reads them with its one text reader, so the two can differ only where those readings do
(letters with accents, hyphens and other punctuation inside words). Development tool only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT  # noqa: E402
from experiment7 import stem  # noqa: E402  (the Python twin of Stemmer.swift)

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
# "[name]", "[stops me having fun]": a redaction placeholder, which Heard's reader leaves out (`scanPlaceholder`).
PLACEHOLDER = re.compile(r"\[[a-z0-9\- ]{0,39}\]")
TEXT_SPEAK = None


def text_speak():
    """{shorthand: [words]} from HeardCore's `Data/text-speak.txt`, the table Heard's text reader spells out."""
    global TEXT_SPEAK
    if TEXT_SPEAK is None:
        TEXT_SPEAK = {}
        for line in (ROOT / "Sources" / "HeardCore" / "Data" / "text-speak.txt").read_text(encoding="utf-8").splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                short, words = line.split("=", 1)
                TEXT_SPEAK[short.strip().lower().replace("'", "")] = words.lower().replace("'", "").split()
    return TEXT_SPEAK


def words_of(text):
    """Lower case, placeholders left out, apostrophes dropped, text-speak spelled out, "I'd" read as "I would"
    (as `CommentReader`)."""
    table = text_speak()
    words = []
    text = PLACEHOLDER.sub(lambda m: " " if re.search("[a-z]", m.group()) else m.group(), text.lower())
    for token in TOKEN.findall(text.replace("\u2019", "'")):
        word = token.replace("'", "")
        if word == "id" and "'" in token:
            words += ["i", "would"]
        else:
            words += table.get(word, [word])
    return words


def phrase(cue):
    """(stems, prefix or None) of one cue, as `PointIndex.phrase` reads it; None for an empty cue."""
    cue = cue.strip()
    star = cue.endswith("*")
    words = words_of(cue[:-1] if star else cue)
    if not words:
        return None
    if star:
        return tuple(stem(w) for w in words[:-1]), words[-1]
    return tuple(stem(w) for w in words), None


def point_phrases(framework, path=None):
    """[(point id, [(stems, prefix)...])] in file order."""
    path = path or ROOT / "Sources" / "HeardThemes" / "Data" / "points" / f"{framework}.txt"
    points = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("point:"):
            points.append((line[6:].strip(), []))
        elif line.startswith("cues:") and points:
            points[-1][1].extend(p for p in (phrase(c) for c in line[5:].split(",")) if p)
    return points


def matches(ph, words, stems, start):
    leading, prefix = ph
    length = len(leading) + (prefix is not None)
    if start + length > len(words):
        return False
    if any(stems[start + k] != s for k, s in enumerate(leading)):
        return False
    return prefix is None or words[start + len(leading)].startswith(prefix)


def point_features(text, points):
    """The ids of the points `text` makes, as a set."""
    words = words_of(text)
    stems = [stem(w) for w in words]
    return {pid for pid, phrases in points
            if any(matches(ph, words, stems, start) for ph in phrases for start in range(len(words)))}
