"""name_swap_probes.py OUT.csv [PER_COMMENT=4] [SEED=14]: dev-* comments holding planted names (of dev-22 and of dev-24 on, the tuning halves only), each name swapped for other
names of the same kind drawn from every dev set's planted names (as written, and lower case): development probes for
rules whose outcome depends on the word."""
import csv, glob, hashlib, random, re, sys
NAMEK = ['name', 'surname', 'unlisted', 'everyday-name']
R = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 14)
pools = {k: set() for k in NAMEK}
rows = []
for path in sorted(glob.glob('/work/devdata/redaction/dev-*.csv')):
    for r in csv.DictReader(open(path, encoding='utf-8-sig', newline='')):
        ids = [i.split(':', 1) for i in r['identifiers'].split('|') if ':' in i]
        number = int(re.search(r'dev-(\d+)\.csv$', path).group(1))
        # Sets split by SHA-256 of the text (dev-22, dev-24 on): their check halves are never read.
        if (number == 22 or number >= 24) and hashlib.sha256(r['text'].encode()).digest()[0] % 2: continue
        for k, v in ids:
            if k in NAMEK and ' ' not in v.strip(): pools[k].add(v.strip())
        rows.append((r['text'].replace('\n', ' '), ids))
pools = {k: sorted(v) for k, v in pools.items()}
print({k: len(v) for k, v in pools.items()}, file=sys.stderr)
out = csv.writer(open(sys.argv[1], 'w', newline='', encoding='utf-8'))
out.writerow(['text', 'identifiers'])
n = 0
for text, ids in rows:
    names = [(k, v) for k, v in ids if k in NAMEK and ' ' not in v.strip() and re.search(r'\b' + re.escape(v) + r'\b', text)]
    if not names: continue
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 4):
        k, v = R.choice(names)
        w = R.choice(pools[k])
        if v.islower() or R.random() < 0.5: w = w.lower()
        t = re.sub(r'\b' + re.escape(v) + r'\b', lambda m: w, text, count=1)
        rest = [f'{kk}:{vv}' for kk, vv in ids if (kk, vv) != (k, v)]
        out.writerow([t, '|'.join(rest + [f'{k}:{w}'])]); n += 1
print(n, file=sys.stderr)
