#!/usr/bin/env bash
# Runs both benchmarks (cold start, project list under load) and prints the machine and both tables.
# Usage: bench/run.sh  (the settings of cold-start.sh and project-list.sh apply: RUNS, DBS, DURATION…)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

echo "Building (Release)…" >&2
dotnet build src/Samskap.Web -c Release -v quiet -nologo >/dev/null || { echo "FAIL: build of src/Samskap.Web" >&2; exit 1; }
dotnet build bench/ColdStartCeiling -c Release -v quiet -nologo >/dev/null || { echo "FAIL: build of bench/ColdStartCeiling" >&2; exit 1; }

machine="$(machine_summary)"
cold="$(SKIP_BUILD=1 bench/cold-start.sh)"
load="$(SKIP_BUILD=1 bench/project-list.sh)"

echo
echo "$machine"
echo "load avg:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, at the end)"
echo "$cold"
echo "$load"
