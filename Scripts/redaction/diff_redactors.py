"""Differential check for redaction speed work: runs two builds of `heard redact` over every development corpus
and prints each comment whose redacted text differs.

    python3 Scripts/redaction/diff_redactors.py OLD_HEARD NEW_HEARD [WORKSPACE_OR_CSV ...]

OLD_HEARD and NEW_HEARD are two `heard` executables (copy the release build aside before changing anything).
The corpora read: the `text` column of /work/devdata/redaction/dev*.csv and of Tests/Fixtures/redaction/*.csv,
the statements in ../shared/eval/themes-real/, ../shared/eval/safeguarding-real/dev.jsonl and
../shared/eval/seed-statements.csv (when present), and every cell of the CSVs under each extra argument (a
`heard bench --responses N --keep DIR` workspace holds the bench comments). Nothing is copied anywhere.

`heard redact` reads one comment a line, so a comment holding line breaks is checked line by line, and also
once with its line breaks turned into spaces. Exits 1 when any output differs.
"""
import csv, glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'eval'))
csv.field_size_limit(1 << 30)


def csv_column(path, column):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return [row[column] for row in csv.DictReader(f) if row.get(column)]


def all_cells(path):
    with open(path, encoding='utf-8-sig', errors='replace', newline='') as f:
        return [cell for row in csv.reader(f) for cell in row if any(c.isalpha() for c in cell)]


def corpora(extra):
    sets = {}
    for path in sorted(glob.glob('/work/devdata/redaction/dev*.csv')):
        sets[path] = csv_column(path, 'text')
    for path in sorted(glob.glob(os.path.join(ROOT, 'Tests', 'Fixtures', 'redaction', '*.csv'))):
        sets[os.path.relpath(path, ROOT)] = csv_column(path, 'text')
    for name in ['themes-real/statements.jsonl', 'safeguarding-real/dev.jsonl']:
        path = os.path.join(SHARED, name)
        if os.path.exists(path):
            sets['shared/eval/' + name] = [json.loads(line)['text'] for line in open(path, encoding='utf-8') if line.strip()]
    seeds = os.path.join(SHARED, 'seed-statements.csv')
    if os.path.exists(seeds):
        sets['shared/eval/seed-statements.csv'] = csv_column(seeds, 'text')
    for place in extra:
        paths = [place] if place.endswith('.csv') else sorted(glob.glob(os.path.join(place, '**', '*.csv'), recursive=True))
        for path in paths:
            sets[path] = sorted(set(all_cells(path)))
    return sets


def lines_of(comments):
    lines = []
    for comment in comments:
        parts = comment.replace('\r\n', '\n').replace('\r', '\n').split('\n')
        lines.extend(parts)
        if len(parts) > 1:
            lines.append(' '.join(parts))
    return lines


def redact(heard, lines):
    text = '\n'.join(lines) + '\n'
    out = subprocess.run([heard, 'redact'], input=text.encode('utf-8'), capture_output=True, check=True).stdout
    return out.decode('utf-8').split('\n')[:-1]


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    old, new = sys.argv[1], sys.argv[2]
    differing = 0
    total = 0
    for name, comments in corpora(sys.argv[3:]).items():
        lines = lines_of(comments)
        before, after = redact(old, lines), redact(new, lines)
        assert len(before) == len(lines) == len(after), name
        changed = [(line, b, a) for line, b, a in zip(lines, before, after) if b != a]
        total += len(lines)
        differing += len(changed)
        print(f'{name}: {len(lines)} lines, {len(changed)} differ')
        for line, b, a in changed:
            print(f'  IN:  {line}\n  OLD: {b}\n  NEW: {a}')
    print(f'all: {total} lines, {differing} differ')
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
