#!/usr/bin/env bash
# The report and the evaluation of a big project: 50 held sessions, 20,000 contributions (18,000
# ideas and 2,000 pulse answers), 100 decisions, 50 partner contributions and an evaluation round
# of 76 answers. Targets: the print view and the DOCX each render in under 1 s on SQLite;
# GET /api/v1/projects/{id}/evaluation has a p95 under 50 ms at 4 connections. Each beside
# GET /healthz of the same process in the same run.
#
# Usage: bench/report.sh
#   SKIP_BUILD=1        use the existing Release builds
#   RENDERS=10          timed renders of the print view and of the DOCX (after 2 unrecorded ones)
#   DURATION=15s        measured wrk duration per path
#   WARMUP=3s           wrk warm-up per path
#
# The project is made through the real form; its rows are written into the SQLite file by
# bench/ReportSeed with the app's own AppDbContext while the server runs idle.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
duration="${DURATION:-15s}"
warmup="${WARMUP:-3s}"
renders="${RENDERS:-10}"
connections=4
threads=2

begin_load_run report
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build bench/ReportSeed -c Release -v quiet -nologo >/dev/null

# time_renders NAME URL COOKIE: $renders sequential GETs after two unrecorded ones; prints the
# median and the slowest in ms, and fails on any answer but 200.
time_renders() {
    local name="$1" url="$2" cookie="$3" i code seconds times=()
    for i in 1 2; do curl -s -o /dev/null -H "Cookie: $cookie" "$url"; done
    for i in $(seq 1 "$renders"); do
        read -r code seconds < <(curl -s -o "$work/render" -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "$url")
        [ "$code" = 200 ] || fail "$name answered $code"
        times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.1f", s * 1000 }')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v bytes="$(wc -c <"$work/render")" \
        '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%-34s median %7.1f ms   slowest %7.1f ms   (%d renders, %d bytes)\n", name, m, t[NR], NR, bytes }' \
        | tee -a "$work/renders.txt"
}

start_server sqlite
jar="$work/cookies.txt"
sign_in "$jar"
project_id="$(new_project "$jar" "Turstien langs elva" "Hvordan kan turstien bli trygg og hyggelig for alle?" Active)"
cookie="$(cookie_header "$jar")"
read -r organization owner < <(python3 - "$work/samskap.db" "$project_id" <<'PY'
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute("select OrganizationId, OwnerUserId from Projects where lower(Id) = lower(?)", (sys.argv[2],)).fetchone()
print(row[0], row[1])
PY
)
echo "== sqlite: seeding project $project_id" >&2
dotnet bench/ReportSeed/bin/Release/net10.0/ReportSeed.dll "Data Source=$work/samskap.db" "$organization" "$project_id" "$owner" >&2

# KEEP_DB=FILE keeps a copy of the seeded database, to look into a slow path afterwards.
[ -z "${KEEP_DB:-}" ] || sqlite3 "$work/samskap.db" ".backup '$KEEP_DB'" 2>/dev/null || cp "$work/samskap.db" "$KEEP_DB"
# The first render of each: nothing cached yet and the code paths not yet compiled by the JIT.
read -r code first_seconds < <(curl -s -o "$work/report.html" -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "$base/projects/$project_id/report?language=nb")
[ "$code" = 200 ] || fail "the print view answered $code"
first_docx="$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $cookie" "$base/projects/$project_id/report.docx?language=nn")"
echo "first print view (cold)            $(awk -v s="$first_seconds" 'BEGIN { printf "%7.1f ms", s * 1000 }')" >"$work/first.txt"
echo "first DOCX (after the print view)  $(awk -v s="$first_docx" 'BEGIN { printf "%7.1f ms", s * 1000 }')" >>"$work/first.txt"
grep -q 'Samlinger som ble holdt: 50' "$work/report.html" || fail "the print view does not count 50 held sessions"
curl -s -H "Cookie: $cookie" "$base/api/v1/projects/$project_id/evaluation" >"$work/evaluation.json"
[ "$(jq '.pulse | length' "$work/evaluation.json")" = 50 ] || fail "the evaluation does not hold 50 sessions' pulse"
[ "$(jq '[.provenance.contributionsByKind[]] | add' "$work/evaluation.json")" = 18050 ] || fail "the provenance does not count 18,050 contributions"
echo "   print view: 200, $(wc -c <"$work/report.html") bytes; evaluation: 50 sessions, $(wc -c <"$work/evaluation.json") bytes" >&2

: >"$work/renders.txt"
time_renders "print view /report" "$base/projects/$project_id/report?language=nb" "$cookie"
time_renders "DOCX /report.docx" "$base/projects/$project_id/report.docx?language=nn" "$cookie"
time_renders "ceiling /healthz" "$base/healthz" "$cookie"

measure sqlite evaluation "/evaluation (API)" "$base/api/v1/projects/$project_id/evaluation" "$cookie"
evaluation_p95="$r_p95_ms"
measure_healthz sqlite "$cookie"
stop_server

echo
echo "Report renders on SQLite, one request at a time, signed in (curl time_total):"
cat "$work/first.txt"
cat "$work/renders.txt"
echo
echo "Evaluation API under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "signed in; latencies in ms; cpu/req = the server process's CPU time (all threads) per request in ms"
print_rows
echo "targets: the print view and the DOCX under 1,000 ms; the evaluation's p95 $evaluation_p95 ms against under 50 ms"
load_line "$load_start"
