#!/bin/sh
# Repeatable redaction cost on a shared machine: instructions (valgrind's callgrind), not seconds, for two builds
# of heard on the same comments, start-up taken away.
#
#   Benchmarks/redaction_instructions.sh OLD_HEARD NEW_HEARD WORKSPACE_OR_CSV [COMMENTS]
#
# WORKSPACE_OR_CSV is a `heard bench --responses N --single --keep DIR` workspace (its Surveys/ CSV is read) or
# an export. COMMENTS (default 2000) cells with a space and a letter and more than 25 characters are drawn from
# it with a fixed seed, one a line (line breaks as spaces), and each build runs `heard redact` on them under
# callgrind, and once more on the first comment alone (start-up: the gazetteer and the word lists are read
# on the first comment). Prints both builds' instructions past start-up and whether their output is the same.
# Needs valgrind; takes a minute or two per build at 2,000 comments.
set -eu
[ $# -ge 3 ] || { sed -n '2,12p' "$0"; exit 2; }
old=$1 new=$2 source=$3 count=${4:-2000}
work=$(mktemp -d /tmp/heard-instructions.XXXXXX)
python3 - "$source" "$count" > "$work/comments.txt" <<'EOF'
import csv, glob, os, random, sys
source, count = sys.argv[1], int(sys.argv[2])
paths = glob.glob(os.path.join(source, 'Surveys', '**', '*.csv'), recursive=True) if os.path.isdir(source) else [source]
csv.field_size_limit(1 << 30)
cells = []
for path in sorted(paths):
    with open(path, encoding='utf-8-sig', errors='replace', newline='') as f:
        for row in csv.reader(f):
            cells += [' '.join(c.split('\n')).replace('\r', ' ') for c in row if len(c) > 25 and ' ' in c and any(x.isalpha() for x in c)]
random.seed(17)
print('\n'.join(random.sample(cells, min(count, len(cells)))))
EOF
head -n 1 "$work/comments.txt" > "$work/first.txt"
total() { grep '^totals:' "$1" | cut -d' ' -f2; }
for side in old new; do
    eval build=\$$side
    valgrind --tool=callgrind --callgrind-out-file="$work/$side.all" "$build" redact < "$work/comments.txt" > "$work/$side.out" 2> /dev/null
    valgrind --tool=callgrind --callgrind-out-file="$work/$side.first" "$build" redact < "$work/first.txt" > /dev/null 2> /dev/null
    all=$(total "$work/$side.all") first=$(total "$work/$side.first")
    echo "$side: $(( (all - first) / 1000000 ))M instructions for $(wc -l < "$work/comments.txt") comments past start-up ($(( first / 1000000 ))M start-up)"
done
cmp -s "$work/old.out" "$work/new.out" && echo "output: the same" || echo "output: DIFFERS (diff $work/old.out $work/new.out)"
