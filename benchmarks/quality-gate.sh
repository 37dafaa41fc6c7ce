#!/usr/bin/env bash
# Body-extraction quality gate: scores the body stage on the article-extraction benchmark pages in
# ../shared/datasets/aeb-dev (relative to the repository root) with the benchmark's metric, and fails when
# F1 or exact-match accuracy is below the floors pinned in benchmarks/quality-floors.json.
#
# The floors are what the extractor reached minus 0.005. They may only go up: raise them when the
# extractor improves; never lower them to let a change through (fix the change instead).
#
# When the data set is absent (a user's clone has no third-party pages), the gate says so and skips.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dataset="${1:-$root/../shared/datasets/aeb-dev}"

if [[ ! -f "$dataset/ground-truth.json" ]]; then
    echo "quality gate: skipped, no data set at $dataset"
    exit 0
fi

cd "$root"
dotnet build benchmarks/NewsKit.Evaluation -c Release --nologo -v quiet
dotnet benchmarks/NewsKit.Evaluation/bin/Release/net10.0/newskit-eval.dll aeb \
    --dataset "$dataset" --floors benchmarks/quality-floors.json --worst 10
