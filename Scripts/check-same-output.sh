#!/bin/sh
# Development-time check for speed work on the nightly job: two builds of heard must leave the same Output/,
# the same store contents and the same safeguarding records on the same exports.
#
#   Scripts/check-same-output.sh OLD_HEARD NEW_HEARD SURVEYS_FOLDER [WORK_FOLDER]
#
# SURVEYS_FOLDER is copied into two fresh workspaces (as their Surveys/), both given the same workspace key,
# and each build runs `heard run` on its own copy, then a second time (a night with nothing new). Compared,
# with run times and timestamps set aside (they differ from run to run by design):
#   - every file under Output/ but the run report (it holds times), after each night;
#   - every table of .heard/heard.sqlite but `runs` (one row per run, with times), row by row, after each night;
#   - every concern, as `heard safeguarding list --all` prints it (the time it was found blanked).
# Prints the wall and CPU seconds and peak memory of each run; exits 1 on the first difference.
set -eu
[ $# -ge 3 ] || { sed -n '2,13p' "$0"; exit 2; }
old=$1 new=$2 surveys=$3
work=${4:-$(mktemp -d /tmp/heard-same.XXXXXX)}
times='[0-9]\{4\}-[0-9][0-9]-[0-9][0-9][T ][0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z\{0,1\}'

rm -rf "$work/old" "$work/new"
key=$(mktemp)
head -c 32 /dev/urandom > "$key"
for side in old new; do
    mkdir -p "$work/$side/.heard"
    chmod 700 "$work/$side/.heard"
    cp -R "$surveys" "$work/$side/Surveys"
    cp "$key" "$work/$side/.heard/key"
    chmod 600 "$work/$side/.heard/key"
done
rm -f "$key"

run() { # build, side, night
    /usr/bin/time -f "  $2 $3: %e s wall, %U s user + %S s sys, peak %M KB" "$1" run --workspace "$work/$2" \
        > "$work/$2.$3.out" 2> "$work/$2.$3.err" || echo "  $2 $3: exit $?"
    tail -n 1 "$work/$2.$3.err"
}

store() { # side -> a text dump of every table but runs, times blanked
    db="$work/$1/.heard/heard.sqlite"
    for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'runs' ORDER BY name"); do
        echo "== $table"
        sqlite3 -csv "$db" "SELECT * FROM \"$table\" ORDER BY 1, 2"
    done | sed "s/$times/TIME/g"
}

concerns() { # build, side -> every concern as `heard safeguarding list --all` prints it, times blanked (how the
    # list is kept on disk may differ between builds: one JSON file per concern before, one database now)
    "$1" safeguarding list --all --workspace "$work/$2" | sed "s/$times/TIME/g"
}

compare() { # night
    diff -r -q -x 'run-report.*' "$work/old/Output" "$work/new/Output" || { echo "Output/ differs after $1"; exit 1; }
    store old > "$work/old.store" && store new > "$work/new.store"
    cmp -s "$work/old.store" "$work/new.store" || { echo "the store differs after $1 (diff $work/old.store $work/new.store)"; exit 1; }
    concerns "$old" old > "$work/old.concerns" && concerns "$new" new > "$work/new.concerns"
    cmp -s "$work/old.concerns" "$work/new.concerns" || { echo "concerns differ after $1"; exit 1; }
    echo "  after $1: Output/ ($(find "$work/new/Output" -type f | wc -l) files), store ($(wc -l < "$work/new.store") rows)," \
        "concerns ($(grep -c '^[0-9a-f]\{12\}  ' "$work/new.concerns")) the same"
}

for night in first quiet; do
    run "$old" old $night
    run "$new" new $night
    compare "$night night"
done
echo "same: $surveys (work in $work)"
