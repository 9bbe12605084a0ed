#!/bin/sh
# Shows that a change leaves tagging's output unchanged (themes, evidence words, confidences at full precision,
# cues, polarity, model features) on 100,000 comments in every mode and built-in framework (see
# Tests/HeardPipelineTests/TaggingDifferentialTests.swift for the comments and the modes).
#
#   Scripts/themes/tagging-differential.sh baseline   # before the change: writes .build/tagging-baseline.txt
#   Scripts/themes/tagging-differential.sh compare    # after it: tags again and fails on any different line
#
# Debug build; takes a few minutes. Uses ../shared/eval/themes-real/ when it is there.
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
*)
    echo "usage: $0 baseline|compare" >&2
    exit 64 ;;
esac
