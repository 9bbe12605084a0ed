"""released_identifiers.py OLD_HEARD NEW_HEARD FILE.csv: planted values of FILE (text,identifiers) that OLD redacts and NEW lets through (RELEASED), and the reverse (CAUGHT). A rule that cuts over-redaction must release none."""
import sys, csv, re, subprocess
old, new, path = sys.argv[1:4]
def redact(b, lines):
    out = subprocess.run([b, 'redact'], input=('\n'.join(lines) + '\n').encode(), capture_output=True, check=True).stdout
    return out.decode().split('\n')[:-1]
wordre = re.compile(r"[^\W_]+", re.U)
def present(value, output):
    outwords = set(w.lower() for w in wordre.findall(re.sub(r'\[[^\]]*\]', ' ', output)))
    return [w for w in (w.lower() for w in wordre.findall(value)) if w in outwords]
rows = list(csv.DictReader(open(path, encoding='utf-8-sig', newline='')))
texts = [r['text'] for r in rows]
a, b = redact(old, texts), redact(new, texts)
rel = cau = 0
for r, x, y in zip(rows, a, b):
    if x == y: continue
    for ident in r['identifiers'].split('|'):
        if ':' not in ident: continue
        kind, value = ident.split(':', 1)
        px, py = present(value, x), present(value, y)
        if len(py) > len(px): rel += 1; print(f"RELEASED {kind}:{value}\n    old: {x}\n    new: {y}")
        elif len(px) > len(py): cau += 1; print(f"CAUGHT   {kind}:{value}\n    old: {x}\n    new: {y}")
print(f"released {rel}, caught {cau}")
