"""train_name_places.py HEARD WEIGHTS.txt SET.csv[:tune|:check] ... [--threshold-fp N]

Learns the place model's weights (`Sources/HeardPrivacy/Redaction/NamePlaceModel.swift`) at development time.
`HEARD redact --name-places` prints, for each comment, every everyday word that is also a name, whether the name
rules found it one, and the features of its place. The model learns from all of them what a name's place looks
like, and is judged only on the words the rules left standing (the only ones it reads at run time). A word is a
positive when the comment's planted names (kinds name, surname, unlisted, everyday-name) hold it as written ("Holly
put holly up" has one of each), a negative otherwise: the writers' ordinary comments use the same words in their
ordinary senses. ":tune" keeps only a set's tuning half (first byte of the SHA-256 of the text even), as the
development sets are split; ":check" the other half.

An L2-regularised logistic regression (numpy and scipy, full-batch Adam, deterministic) is fitted. The threshold is
the lowest log-odds at which, in leave-one-set-out cross-validation, no set loses more than N ordinary words to the
model (default 2); the weights written are fitted on every set given. Writes "feature weight" lines and a
"threshold" line. Reproducible: the same HEARD build and the same sets give the same file.

Round sixteen: HEARD built from this branch (the features printed do not depend on the weights), sets dev-17 ..
dev-21, dev-23, and the tuning halves of dev-22, dev-24 and dev-25 (/work/devdata/redaction, outside the repository).
"""
import csv, hashlib, re, subprocess, sys
import numpy as np
from scipy import sparse

NAMEK = {'name', 'surname', 'unlisted', 'everyday-name'}
MIN_COUNT = 3
L2 = 0.3


def rows_of(spec):
    path, _, half = spec.partition(':')
    rows = []
    for r in csv.DictReader(open(path, encoding='utf-8-sig', newline='')):
        if half == 'tune' and hashlib.sha256(r['text'].encode()).digest()[0] % 2: continue
        if half == 'check' and not hashlib.sha256(r['text'].encode()).digest()[0] % 2: continue
        names = set()
        for i in r['identifiers'].split('|'):
            if ':' not in i: continue
            k, v = i.split(':', 1)
            if k in NAMEK: names.update(re.findall(r"[^\W_]+", v))
        rows.append((r['text'].replace('\r', ' ').replace('\n', ' '), names))
    return rows


def places(heard, rows):
    out = subprocess.run([heard, 'redact', '--name-places'], input=('\n'.join(t for t, _ in rows) + '\n').encode(),
                         capture_output=True, check=True).stdout.decode()
    found = []
    for line in out.split('\n'):
        if not line: continue
        n, word, ruled, feats = line.split('\t')
        # As written: "Holly put holly up" plants the capital one; the other is the word's ordinary use.
        key = re.sub(r"['’][sS]$", '', word)
        found.append((int(n), word, feats.split(' '), key in rows[int(n)][1], ruled == '1'))
    return found


def fit(X, y, iters=400):
    n, d = X.shape
    w = np.zeros(d)
    m = np.zeros(d); v = np.zeros(d)
    lr, b1, b2 = 0.1, 0.9, 0.999
    for t in range(1, iters + 1):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) / n + L2 * w / n
        g[0] -= L2 * w[0] / n
        m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w


def matrix(data, index):
    rows, cols = [], []
    for r, d in enumerate(data):
        for f in set(d[2]):
            if f in index: rows.append(r); cols.append(index[f])
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(index)))
    return X, np.array([1.0 if d[3] else 0.0 for d in data])


def vocabulary(data):
    counts = {}
    for d in data:
        feats = d[2]
        for f in feats: counts[f] = counts.get(f, 0) + 1
    names = ['bias'] + sorted(f for f, c in counts.items() if c >= MIN_COUNT and f != 'bias')
    return {f: i for i, f in enumerate(names)}


def main():
    args = sys.argv[1:]
    fp_budget = 2
    if '--threshold-fp' in args:
        i = args.index('--threshold-fp'); fp_budget = int(args[i + 1]); del args[i:i + 2]
    heard, out_path, specs = args[0], args[1], args[2:]
    sets = {}
    for spec in specs:
        sets[spec] = places(heard, rows_of(spec))
        pos = sum(d[3] for d in sets[spec])
        left = [d for d in sets[spec] if not d[4]]
        print(f'{spec}: {len(sets[spec])} places, {pos} names; left by the rules {len(left)}, '
              f'{sum(d[3] for d in left)} names', file=sys.stderr)
    # Leave one set out: scores of each set's places by a model that never saw the set.
    held = {}
    for spec in specs:
        train = [d for s, ds in sets.items() if s != spec for d in ds]
        index = vocabulary(train)
        w = fit(*matrix(train, index))
        left = [d for d in sets[spec] if not d[4]]
        X, y = matrix(left, index)
        held[spec] = (X @ w, y)
    candidates = sorted(set(float(s) for sc, _ in held.values() for s in sc))
    threshold = None
    for t in candidates:
        if all(int(((sc >= t) & (y == 0)).sum()) <= fp_budget for sc, y in held.values()):
            threshold = t; break
    for spec, (sc, y) in held.items():
        print(f'  CV {spec}: names {int(((sc >= threshold) & (y == 1)).sum())} of {int(y.sum())}, '
              f'ordinary {int(((sc >= threshold) & (y == 0)).sum())} of {int((y == 0).sum())}', file=sys.stderr)
    every = [d for ds in sets.values() for d in ds]
    index = vocabulary(every)
    w = fit(*matrix(every, index))
    with open(out_path, 'w') as f:
        f.write('# The place model\'s weights (NamePlaceModel): "feature weight" a line, and "threshold" (the log-odds a\n'
                '# place must reach to be a name\'s). Learnt by Scripts/gazetteer/train_name_places.py from:\n')
        f.write('# ' + ' '.join(s.split('/')[-1] for s in specs) + f' (ordinary words lost in leave-one-set-out <= {fp_budget} a set)\n')
        f.write(f'threshold {threshold:.4f}\n')
        for name, i in sorted(index.items()):
            if abs(w[i]) >= 0.001: f.write(f'{name} {w[i]:.4f}\n')


if __name__ == '__main__':
    main()
