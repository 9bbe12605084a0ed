#!/bin/sh
# Shows that a change leaves tagging's output unchanged (themes, evidence words, confidences at full precision,
# cues, polarity, model features) on 100,000 comments in every mode and built-in framework (see
# Tests/HeardPipelineTests/TaggingDifferentialTests.swift for the comments and the modes).
#
#   Scripts/themes/tagging-differential.sh baseline   # before the change: writes .build/tagging-baseline.txt
#   Scripts/themes/tagging-differential.sh compare    # after it: tags again and fails on any different line
#
# Debug build; takes a few minutes on a quiet machine (much longer on a loaded one). Uses
# ../shared/eval/themes-real/ when it is there.
#
# A quicker check with two release binaries, before and after (100,000 comments from differential_comments.py,
# `heard tag --explain` for every built-in framework, confidences and model contributions to two places, and
# `heard themes features`, values in full):
#
#   Scripts/themes/tagging-differential.sh cli OLD_HEARD NEW_HEARD
set -eu
cd "$(dirname "$0")/../.."
baseline=.build/tagging-baseline.txt
case "${1:-}" in
baseline)
    HEARD_TAGGING_DUMP="$baseline" swift test --filter TaggingDifferentialTests
    echo "baseline: $(wc -l < "$baseline") lines in $baseline" ;;
compare)
    HEARD_TAGGING_DUMP=.build/tagging-now.txt HEARD_TAGGING_BASELINE="$baseline" \
        swift test --filter TaggingDifferentialTests
    cmp "$baseline" .build/tagging-now.txt && echo "identical: $(wc -l < "$baseline") lines" ;;
cli)
    old=$2 new=$3 out=.build/tagging-cli
    mkdir -p "$out"
    python3 Scripts/themes/differential_comments.py > "$out/comments.txt"
    status=0
    for framework in lincolnshire-2022 nelc-2019 north-lincolnshire-2022 nottinghamshire-2018; do
        for binary in old new; do
            eval heard=\$$binary
            "$heard" tag --framework "$framework" --explain < "$out/comments.txt" > "$out/$binary-$framework.jsonl"
            "$heard" themes features --framework "$framework" < "$out/comments.txt" > "$out/$binary-$framework-features.jsonl"
        done
        for kind in "" -features; do
            if cmp -s "$out/old-$framework$kind.jsonl" "$out/new-$framework$kind.jsonl"; then
                echo "identical: $framework$kind ($(wc -l < "$out/new-$framework$kind.jsonl") lines)"
            else
                echo "DIFFERENT: $framework$kind"; status=1
            fi
        done
    done
    exit $status ;;
*)
    echo "usage: $0 baseline|compare|cli OLD NEW" >&2
    exit 64 ;;
esac
