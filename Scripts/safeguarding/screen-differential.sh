#!/bin/sh
# Shows that a change to the screen's machinery leaves its output unchanged: two release binaries, before and
# after, screen the same comments (differential_comments.py: the development sets, fixtures, real quotes and
# statements when ../shared/eval is there, the bench's comment shapes and variants of them all) and must agree
# line for line on `heard safeguarding scan` (flag, kinds, evidence) and `heard safeguarding features` (the
# trained layer's features in order with the words they came from, sentences and ordinary readings: what the
# model's score is summed from).
#
#   Scripts/safeguarding/screen-differential.sh OLD_HEARD NEW_HEARD [BENCH_WORKSPACE]
set -eu
[ $# -ge 2 ] || { sed -n '2,8p' "$0"; exit 64; }
old=$1 new=$2
cd "$(dirname "$0")/../.."
out=.build/screen-differential
mkdir -p "$out"
python3 Scripts/safeguarding/differential_comments.py ${3:+"$3"} > "$out/comments.txt"
status=0
for command in scan features; do
    "$old" safeguarding "$command" < "$out/comments.txt" > "$out/old-$command.jsonl"
    "$new" safeguarding "$command" < "$out/comments.txt" > "$out/new-$command.jsonl"
    if cmp -s "$out/old-$command.jsonl" "$out/new-$command.jsonl"; then
        echo "identical: $command ($(wc -l < "$out/new-$command.jsonl") lines, $(grep -c '"concern":true' "$out/new-$command.jsonl" || true) concerns)"
    else
        echo "DIFFERENT: $command"; status=1
    fi
done
exit $status
