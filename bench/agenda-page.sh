#!/usr/bin/env bash
# The agenda page under load: a signed-in GET /projects/{id}/sessions/{sessionId} of a session with 60
# blocks (the most an agenda may have), at 16 concurrent connections on loopback, beside GET /healthz
# of the same process in the same run. Target: p95 under 25 ms.
#
# Usage: bench/agenda-page.sh
#   SKIP_BUILD=1        use the existing Release build
#   DBS="sqlite"        which databases to run: sqlite (default), postgres or both
#   DURATION=15s        measured duration per path
#   WARMUP=3s           wrk warm-up per path before the measured run
#
# Per database: a fresh database, the server (Release, Production, no launch profile), sign-in with
# curl, one project through the real form, a venue and one 08:00–18:00 session with 60 blocks (half
# of them with a method from the library) through the JSON API with the sign-in cookies. The page is
# checked once (200, 60 blocks, clock times) before measuring.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
duration="${DURATION:-15s}"
warmup="${WARMUP:-3s}"
connections=16
threads=2
DBS="${DBS:-sqlite}"
blocks=60

begin_load_run agenda-page

methods=(check-in-round 1-2-4-all world-cafe dot-voting idea-generation closing-round)

run_db() {
    db="$1"
    start_server "$db"
    local jar="$work/cookies-$db.txt" code venue session body i
    sign_in "$jar"
    project_id="$(new_project "$jar" "Møteplasser for unge" "Hvordan kan unge i Bø få en møteplass de selv vil bruke?" Active)"
    cookie="$(cookie_header "$jar")"

    code="$(curl -s -o "$work/venue.json" -w '%{http_code}' -H "Cookie: $cookie" -H 'Content-Type: application/json' \
        --data-binary '{"name":"Biblioteket","address":"Torget 2","capacity":40,"checklist":{"stepFree":true,"hearingLoop":true,"neutralGround":true}}' \
        "$base/api/v1/venues")"
    [ "$code" = 201 ] || fail "POST /api/v1/venues answered $code: $(head -c 600 "$work/venue.json")"
    venue="$(jq -er .id "$work/venue.json")"

    # 60 blocks of 10 minutes from 08:00 to 18:00: a relation-building opening, a break every sixth
    # block, and every other block with a method from the library.
    body="$work/session.json"
    {
        printf '{"title":"Heldagsverksted","purpose":"Finne ut hva unge trenger av en møteplass.","kind":"workshop","phase":"exploration",'
        printf '"date":"%s","start":"08:00","end":"18:00","venueId":"%s","expected":{"citizen":30,"public":5},"blocks":[' "$(TZ=Europe/Oslo date -d '30 days' +%F)" "$venue"
        for i in $(seq 0 $(( blocks - 1 ))); do
            [ "$i" = 0 ] || printf ','
            printf '{"title":"Bolk %02d","minutes":10,"break":%s,"relationBuilding":%s,"purpose":"Alle får si sin mening.","materials":"Lapper\\nPenner"%s}' "$i" \
                "$( [ $(( i % 6 )) = 5 ] && echo true || echo false)" "$( [ "$i" = 0 ] && echo true || echo false)" \
                "$( [ $(( i % 2 )) = 0 ] && printf ',"methodId":"%s"' "${methods[$(( i / 2 % ${#methods[@]} ))]}")"
        done
        printf ']}'
    } >"$body"
    code="$(curl -s -o "$work/session-answer.json" -w '%{http_code}' -H "Cookie: $cookie" -H 'Content-Type: application/json' \
        --data-binary "@$body" "$base/api/v1/projects/$project_id/sessions")"
    [ "$code" = 201 ] || fail "POST /api/v1/projects/{id}/sessions answered $code: $(head -c 600 "$work/session-answer.json")"
    session="$(jq -er .id "$work/session-answer.json")"
    [ "$(jq '.blocks | length' "$work/session-answer.json")" = "$blocks" ] || fail "the session does not hold $blocks blocks"

    code="$(curl -s -o "$work/agenda.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/projects/$project_id/sessions/$session")"
    [ "$code" = 200 ] || fail "GET the agenda page answered $code, not 200 (signed out?)"
    [ "$(grep -c 'data-block-id=' "$work/agenda.html")" = "$blocks" ] || fail "the agenda page does not show $blocks blocks"
    grep -q '17.50–18.00' "$work/agenda.html" || fail "the agenda page does not show the last block at 17.50–18.00"
    echo "   agenda page: 200, $blocks blocks, $(wc -c <"$work/agenda.html") bytes" >&2

    measure "$db" agenda "/sessions/{id} (60 blocks)" "$base/projects/$project_id/sessions/$session" "$cookie"
    agenda_p95="$r_p95_ms"
    measure_healthz "$db" "$cookie"
    stop_server
    echo "$db: the agenda page of a 60-block session: p95 $agenda_p95 ms (target: under 25 ms)" >>"$work/verdicts.txt"
}

for db in $DBS; do
    run_db "$db"
done

echo
echo "Agenda page under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "signed in; latencies in ms; cpu/req = the server process's CPU time (all threads) per request in ms"
print_rows
cat "$work/verdicts.txt"
load_line "$load_start"
