#!/usr/bin/env bash
# The agenda planner under load: POST /api/v1/agenda/plan with a 60-block agenda (the most an agenda
# may have), anonymous, at 16 concurrent connections on loopback, beside GET /healthz of the same
# process in the same run. Target: at least 50 % of the /healthz request rate.
#
# Usage: bench/agenda-plan.sh
#   SKIP_BUILD=1        use the existing Release build
#   DURATION=15s        measured duration per path
#   WARMUP=3s           wrk warm-up per path before the measured run
#
# A fresh SQLite database and the server (Release, Production, no launch profile) with the anonymous
# rate limit lifted, as every load benchmark does. The plan is pure computation, so the database
# plays no part; the answer is checked once with curl (200, 60 timed blocks) before measuring.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
duration="${DURATION:-15s}"
warmup="${WARMUP:-3s}"
connections=16
threads=2
blocks=60

begin_load_run agenda-plan
start_server sqlite

# 60 blocks of 10 minutes from 08:00 to 18:00: a relation-building opening, a break every sixth block.
body="$work/plan.json"
{
    printf '{"date":"2026-03-29","start":"08:00","end":"18:00","blocks":['
    for i in $(seq 0 $(( blocks - 1 ))); do
        [ "$i" = 0 ] || printf ','
        printf '{"title":"Bolk %02d","minutes":10,"break":%s,"relationBuilding":%s}' "$i" \
            "$( [ $(( i % 6 )) = 5 ] && echo true || echo false)" "$( [ "$i" = 0 ] && echo true || echo false)"
    done
    printf ']}'
} >"$body"

code="$(curl -s -o "$work/plan-answer.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "$base/api/v1/agenda/plan")"
[ "$code" = 200 ] || fail "POST /api/v1/agenda/plan answered $code, not 200: $(head -c 600 "$work/plan-answer.json")"
[ "$(jq '.blocks | length' "$work/plan-answer.json")" = "$blocks" ] || fail "the plan does not time $blocks blocks"
echo "   POST /api/v1/agenda/plan: 200, $blocks blocks, warnings $(jq -c '[.warnings[].id]' "$work/plan-answer.json")" >&2

export BENCH_BODY_FILE="$body"
measure sqlite plan "POST /agenda/plan (60)" "$base/api/v1/agenda/plan" ""
plan_rps="$r_rps"
unset BENCH_BODY_FILE
measure sqlite healthz-anon /healthz "$base/healthz" ""
healthz_rps="$r_rps"
stop_server

echo
echo "Agenda planner under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "anonymous; latencies in ms; cpu/req = the server process's CPU time (all threads) per request in ms"
print_rows
awk -v p="$plan_rps" -v h="$healthz_rps" 'BEGIN { printf "POST /api/v1/agenda/plan with 60 blocks: %.0f %% of the /healthz rate (target: at least 50 %%)\n", 100 * p / h }'
load_line "$load_start"
