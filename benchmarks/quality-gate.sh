#!/usr/bin/env bash
# Quality gate on the labelled dev sets in ../shared/datasets (relative to the repository root):
#   aeb-dev       the article-extraction benchmark's metric; fails when F1 or exact-match accuracy is below the floors
#                 pinned in benchmarks/quality-floors.json, or when any page is lost (page F1 below 0.5);
#   trafeval-dev  trafilatura's snippet metric; fails when F is below its floor or more pages are lost than pinned;
#   related-dev   related links and copyright notices; fails when link precision, link recall or copyright-holder
#                 accuracy is below its floor.
#
# The floors are what the extractor reached minus 0.005 (the lost-page ceiling is what it reached). They may only
# tighten: raise them when the extractor improves; never loosen them to let a change through (fix the change instead).
#
# When a data set is absent (a user's clone has no third-party pages), the gate says so and skips it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
datasets="${1:-$root/../shared/datasets}"
floors="$root/benchmarks/quality-floors.json"

cd "$root"
built=0
eval_tool() {
    if (( built == 0 )); then
        dotnet build benchmarks/NewsKit.Evaluation -c Release --nologo -v quiet
        built=1
    fi
    dotnet benchmarks/NewsKit.Evaluation/bin/Release/net10.0/newskit-eval.dll "$@"
}

status=0
if [[ -f "$datasets/aeb-dev/ground-truth.json" ]]; then
    eval_tool aeb --dataset "$datasets/aeb-dev" --floors "$floors" --worst 10 || status=1
else
    echo "quality gate: aeb-dev skipped, no data set at $datasets/aeb-dev"
fi

if [[ -f "$datasets/trafeval-dev/evaldata.json" ]]; then
    eval_tool trafeval --dataset "$datasets/trafeval-dev" --floors "$floors" --worst 10 || status=1
else
    echo "quality gate: trafeval-dev skipped, no data set at $datasets/trafeval-dev"
fi

if [[ -f "$datasets/related-dev/labels.json" ]]; then
    eval_tool related --datasets "$datasets" --quiet --floors "$floors" || status=1
else
    echo "quality gate: related-dev skipped, no labels at $datasets/related-dev"
fi

exit "$status"
