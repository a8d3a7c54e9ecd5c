#!/usr/bin/env bash
# Plain-language analyser throughput: the full analyser (src/Samskap.Klarsprak, every rule on) beside
# a ceiling in the same BenchmarkDotNet run, on 100 KB, 1 MB and 10 MB of Norwegian text in bokmål
# and nynorsk. The ceiling is a bare pass that counts words, long words and sentence ends and looks
# every word up in a case-insensitive hash set as large as the stiff-word list. Target: the analyser
# reaches at least 25 % of the ceiling's speed ("Speed vs ceiling"), and its cost grows linearly.
#
# Usage: bench/klarsprak.sh [BenchmarkDotNet arguments, e.g. --filter '*' --job short]
# Run from anywhere; BENCH_NICE=-10 runs it at a higher priority (needs root). Takes about ten
# minutes on two cores. Results (markdown, CSV, HTML) stay in
# bench/Klarsprak.Benchmarks/BenchmarkDotNet.Artifacts/results/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

project=bench/Klarsprak.Benchmarks
artifacts="$root/$project/BenchmarkDotNet.Artifacts"
machine_summary
echo

log="$(mktemp /tmp/klarsprak-bench.XXXXXX)"
trap 'rm -f "$log"' EXIT
dotnet build "$project" -c Release -v quiet -nologo >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -rf "$artifacts/results"
dotnet run --project "$project" -c Release --no-build -- --artifacts "$artifacts" "$@" >"$log" 2>&1 \
    || { tail -n 60 "$log"; exit 1; }

# BenchmarkDotNet's summary: environment, the table, hints and the legend of the columns.
sed -n '/^\/\/ \* Summary \*/,/^\/\/ \* Diagnostic Output/p' "$log" | sed '$d'
echo "The same table as markdown: $(ls "$artifacts"/results/*-report-github.md)"
