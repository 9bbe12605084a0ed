"""Reads the recall errors of the shipped settings on the real development folds (development data only).

    python3 Scripts/themes/misses.py [N]    # N misses (default 60), spread over the themes, printed to the terminal

For each theme the coders agreed on and the out-of-fold tags missed: the statement (printed, never written to a
file: third-party text), the theme's probability, and for each of the statement's word stems whether any
*training* statement of that theme (other folds, real or written) has it, and the stem's weight for the theme in
that fold's model. Helps name the patterns: words no training statement has, words the model weights low, or
phrasings whose words are too common to tell.
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import FRAMEWORKS, Corpus  # noqa: E402
import train  # noqa: E402
from evaluate import choose_rule, gold, out_of_fold  # noqa: E402
import decide  # noqa: E402
from models import training_rows  # noqa: E402


def main(limit=60):
    corpus = Corpus()
    settings = train.SETTINGS
    parts = out_of_fold(corpus, settings)
    misses = []
    for k, (test, p) in enumerate(parts):
        rule = choose_rule(corpus, [x for j, x in enumerate(parts) if j != k], settings["per_theme"], settings["choose_on"],
                           settings=settings)
        truth = gold(corpus, test)
        real_train = corpus.rows(set().union(*(f for j, f in enumerate(corpus.folds) if j != k)))
        rows = training_rows(corpus, real_train, settings, held_out=set(test))
        for fw, (key, themes) in FRAMEWORKS.items():
            tags = decide.tagged(p[fw], *rule[fw])
            labels, scored = truth[fw]
            for r, i in enumerate(test):
                if i >= corpus.real:
                    continue
                for t in range(len(themes)):
                    if labels[r, t] and scored[r, t] and not tags[r, t]:
                        code = f"{key}{t + 1}"
                        positives = [j for j in rows if code in corpus.statements[j][key]]
                        misses.append((fw, themes[t], i, float(p[fw][r, t]), code, positives, rule[fw][0][t]))
    print(f"{len(misses)} missed agreed themes on the real folds")
    by_theme = {}
    for m in misses:
        by_theme.setdefault((m[0], m[1]), []).append(m)
    for (fw, theme), items in sorted(by_theme.items(), key=lambda x: -len(x[1])):
        print(f"  {fw} {theme}: {len(items)}")
    rng = np.random.default_rng(18)
    chosen = [misses[i] for i in sorted(rng.choice(len(misses), size=min(limit, len(misses)), replace=False))]
    for fw, theme, i, prob, code, positives, threshold in chosen:
        docs = corpus.features[fw]
        words = [n[2:] for n in docs[i] if n.startswith("w:")]
        seen = {}
        for j in positives:
            for n in docs[j]:
                if n.startswith("w:"):
                    seen[n[2:]] = seen.get(n[2:], 0) + 1
        cues = [n for n in docs[i] if n.startswith(("c:", "k:"))]
        print(f"\n[{fw} / {theme}] p={prob:.2f} (threshold {threshold:g}) cues={cues}")
        print("   " + corpus.statements[i]["text"])
        print("   stems (in how many training positives of the theme): "
              + ", ".join(f"{w}:{seen.get(w, 0)}" for w in words))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
