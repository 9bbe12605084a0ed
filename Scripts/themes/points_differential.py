"""Checks the codebook points as model features (`p:POINT`, `PointCues.swift`) on every real and written
statement the models learn from (`corpus.py`: themes-real, the synthetic batches, the self-written fixtures):

    python3 Scripts/themes/points_differential.py features   # Heard's p: features against the Python twin
    python3 Scripts/themes/points_differential.py scores     # `heard tag` against the shipped weights in Python

- features: the `p:` features `heard themes features` gives (what `train.py` trains on) against `points.py`'s,
  per statement and framework. The twin reads words with a regular expression, Heard with its one text reader,
  so a statement where they differ is listed with the words each read differently (to the terminal only: the
  real statements are third-party text and are never written into the repository).
- scores: each statement's themes and polarity from `heard tag` against the shipped weight files
  (`Data/models/*.tsv`) applied in Python to Heard's features with `decide.tagged`: the same tags, the same
  polarity, confidences within 0.005 (`heard tag` prints two places).

Uses the most recent build (`HEARD_BINARY` for another). Development tool only.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, ROOT, Corpus, heard_binary  # noqa: E402
import decide  # noqa: E402
import points  # noqa: E402

MODELS = ROOT / "Sources" / "HeardThemes" / "Data" / "models"


def compare_features(corpus):
    failures = 0
    for fw in FRAMEWORKS:
        book = points.point_phrases(fw)
        differing, fired = [], 0
        for i, s in enumerate(corpus.statements):
            heard = {n[2:] for n in corpus.features[fw][i] if n.startswith("p:")}
            twin = points.point_features(s["text"], book)
            fired += len(heard)
            if heard != twin:
                differing.append((i, sorted(heard - twin), sorted(twin - heard)))
        print(f"{fw}: {len(corpus.statements)} statements, {fired} point features from Heard, "
              f"{len(differing)} statements where the twin differs")
        for i, only_heard, only_twin in differing:
            words = points.words_of(corpus.statements[i]["text"])
            print(f"  row {i} ({corpus.statements[i]['origin']}): only Heard {only_heard}, only twin {only_twin}; "
                  f"regex words {' '.join(words)[:160]}")
        failures += len(differing)
    return failures


def read_model(path):
    model = {"rows": {}, "relative": 0.0, "most": 99}
    for line in path.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        key, *values = line.split("\t")
        if key == "labels":
            model["labels"] = values
        elif key in ("threshold", "thresholds"):
            model["thresholds"] = [float(v) for v in values]
        elif key == "relative":
            model["relative"] = float(values[0])
        elif key == "most":
            model["most"] = int(values[0])
        elif key == "bias":
            model["bias"] = np.array([float(v) for v in values])
        elif key != "model":
            model["rows"][key] = np.array([float(v) for v in values])
    return model


def scores(model, doc):
    total = model["bias"].copy()
    for name, value in doc.items():
        if name in model["rows"]:
            total += value * model["rows"][name]
    return total


def compare_scores(corpus):
    polarity = read_model(MODELS / "polarity.tsv")
    texts = [s["text"].replace("\n", " ").replace("\r", " ") for s in corpus.statements]  # as `corpus.read_features`
    failures = 0
    with tempfile.TemporaryDirectory() as empty:  # no workspace: no corrections, the built-in codebooks
        for fw in FRAMEWORKS:
            model = read_model(MODELS / f"{fw}.tsv")
            out = subprocess.run([str(heard_binary()), "tag", "--framework", fw, "--explain", "--workspace", empty],
                                 input="".join(t + "\n" for t in texts), capture_output=True, text=True, check=True)
            lines = [json.loads(line) for line in out.stdout.splitlines()]
            assert len(lines) == len(texts)
            themes = model["labels"]
            thresholds = np.array(model["thresholds"] * (len(themes) if len(model["thresholds"]) == 1 else 1))
            tags_differ = confidence_differ = polarity_differ = 0
            for i, line in enumerate(lines):
                p = 1 / (1 + np.exp(-scores(model, corpus.features[fw][i])))
                chosen = decide.tagged(p[None, :], thresholds, model["relative"], model["most"])[0]
                mine = {themes[t]: p[t] for t in range(len(themes)) if chosen[t]}
                heard = {t["id"]: t["confidence"] for t in line["themes"]}
                if set(mine) != set(heard):
                    tags_differ += 1
                elif any(abs(mine[t] - heard[t]) > 0.005 + 1e-9 for t in mine):
                    confidence_differ += 1
                z = scores(polarity, corpus.features[fw][i])
                if polarity["labels"][int(np.argmax(z))] != line["polarity"]:
                    polarity_differ += 1
            print(f"{fw}: {len(lines)} statements; tags differ in {tags_differ}, confidences in {confidence_differ}, "
                  f"polarity in {polarity_differ}")
            failures += tags_differ + confidence_differ + polarity_differ
    return failures


if __name__ == "__main__":
    corpus = Corpus()
    command = sys.argv[1] if len(sys.argv) > 1 else "features"
    failed = compare_features(corpus) if command == "features" else compare_scores(corpus)
    sys.exit(1 if failed else 0)
