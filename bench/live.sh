#!/usr/bin/env bash
# Live sessions under load (issue: Live). The official SignalR JavaScript client in Node
# (bench/live/burst.mjs) plays every phone and one wall watcher on loopback, against the real hub
# (/hubs/live) and, in the same run and the same process, against a bare echo hub of the same build
# (/hubs/live-echo, mapped with Bench:EchoHub=true) that stores and checks nothing.
#
# Usage: bench/live.sh [one-node] [two-nodes] [crash]   (all three by default)
#   SKIP_BUILD=1         use the existing Release build
#   CLIENTS=2000 IDEAS=5 the one-node burst
#   ROUNDS=3             one-node rounds (echo, then the real hub); the verdict is the median round
#   PAIR_CLIENTS=1000    the two-node burst (phones split over the nodes, the watcher on node B)
#   PAIR_IDEAS="1 5"     ideas per phone in the two-node bursts, one burst each
#   CRASH_CLIENTS=500 CRASH_IDEAS=20 CRASHES=5  the crash runs, on SQLite and on PostgreSQL
#
# one-node:  SQLite. A warm-up burst (200 phones) on each hub, then CLIENTS × IDEAS on the echo hub
#            and on the real hub. Targets: throughput ≥ 50 % of the echo's, p99 submit→wall ≤ 2 × the
#            echo's, 0 lost and 0 duplicated against the database (GET …/contributions).
# two-nodes: PostgreSQL behind two servers with Redis on loopback as the SignalR backplane. Target:
#            a submission on node A reaches the watcher on node B with a p99 of at most 1 s.
# crash:     per database, CRASHES bursts; in each, the server is killed with `kill -9` while the
#            ideas come in, and started again; the phones reopen and send their outboxes again.
#            Target: every acknowledged idea stored exactly once, none acknowledged missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

modes="${*:-one-node two-nodes crash}"
clients="${CLIENTS:-2000}"
ideas="${IDEAS:-5}"
rounds="${ROUNDS:-3}"
pair_clients="${PAIR_CLIENTS:-1000}"
pair_ideas="${PAIR_IDEAS:-1 5}"
crash_clients="${CRASH_CLIENTS:-500}"
crash_ideas="${CRASH_IDEAS:-20}"
crashes="${CRASHES:-5}"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

command -v node >/dev/null || { echo "node is needed for the SignalR client" >&2; exit 1; }
command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
begin_load_run live
(cd bench/live && npm ci --no-audit --no-fund --silent >/dev/null)

# The server's settings for every run: the echo hub, and limits set for one machine playing
# thousands of phones from one address.
export Bench__EchoHub=true
export RateLimiting__LiveFailedJoinsPerAddress=1000000 RateLimiting__AnonymousPermitPerMinute=1000000
export Logging__LogLevel__Default=Warning

# set_up_session JAR: a project, a planned session, live mode and one open ideas activity, through
# the JSON API as the signed-in administrator. Sets $code, $presenter, $activity, $check, $cookie.
set_up_session() {
    local jar="$1" project session answer
    sign_in "$jar"
    cookie="$(cookie_header "$jar")"
    project="$(new_project "$jar" "Folkehelse i Bø" "Hva gjør det lettere å være i aktivitet?" Active)"
    answer="$(api POST "/api/v1/projects/$project/sessions" \
        "{\"title\":\"Innspillsmøte\",\"purpose\":\"Samle idéer.\",\"kind\":\"workshop\",\"phase\":\"exploration\",\"date\":\"$(TZ=Europe/Oslo date -d '7 days' +%F)\",\"start\":\"18:00\",\"end\":\"20:00\"}" 201)"
    session="$(jq -er .id <<<"$answer")"
    answer="$(api POST "/api/v1/projects/$project/sessions/$session/live" '{}' 200)"
    code="$(jq -er .code <<<"$answer")"
    presenter="$(jq -er .presenterUrl <<<"$answer" | sed 's#.*/present/##')"
    answer="$(api POST "/api/v1/projects/$project/sessions/$session/live/activities" '{"kind":"ideas","title":"Hva bør vi gjøre?"}' 201)"
    activity="$(jq -er .id <<<"$answer")"
    api POST "/api/v1/projects/$project/sessions/$session/live/activities/$activity/open" '{}' 200 >/dev/null
    check="$base/api/v1/projects/$project/sessions/$session/contributions"
}

# api METHOD PATH BODY STATUS: a JSON request with the sign-in cookies; prints the answer, fails on another status.
api() {
    local status
    status="$(curl -s -o "$work/answer.json" -w '%{http_code}' -X "$1" -H "Cookie: $cookie" -H 'Content-Type: application/json' \
        --data-binary "$3" "$base$2")"
    [ "$status" = "$4" ] || [[ "$4" = 200 && "$status" = 20? ]] || fail "$1 $2 answered $status: $(head -c 600 "$work/answer.json")"
    cat "$work/answer.json"
}

# burst LABEL HUB CLIENTS IDEAS [more burst.mjs arguments]: one run of the client; prints its JSON line.
burst() {
    local label="$1" hub="$2" n="$3" k="$4"
    shift 4
    echo "== $label: $n phones × $k ideas on $hub" >&2
    node bench/live/burst.mjs "nodes=${nodes:-$base}" "watch=${watch:-$base}" "hub=$hub" "code=$code" "presenter=$presenter" \
        "activity=$activity" "clients=$n" "ideas=$k" "label=$label" "$@" | tee -a "$work/results.jsonl"
}

verdict() { echo "$*" | tee -a "$work/verdicts.txt" >&2; }

one_node() {
    start_server sqlite
    set_up_session "$work/cookies.txt"
    burst warmup-echo /hubs/live-echo 200 "$ideas" >/dev/null
    burst warmup-live /hubs/live 200 "$ideas" >/dev/null
    local round echo_run live_run pairs=()
    # Rounds of the echo and then the real hub, so that a disturbance of the shared cores shows as
    # one odd round; the verdict is the median round.
    for round in $(seq "$rounds"); do
        echo_run="$(burst "echo-$round" /hubs/live-echo "$clients" "$ideas" deadline=300)"
        live_run="$(burst "live-$round" /hubs/live "$clients" "$ideas" deadline=300 "check=$check" "cookie=$cookie")"
        pairs+=("{\"echo\":$echo_run,\"live\":$live_run}")
        jq -nr --argjson e "$echo_run" --argjson l "$live_run" --arg round "$round" '
            "one node, SQLite, round \($round), \($l.clients) phones × \($l.ideas / $l.clients) ideas:",
            "  echo hub:  \($e.throughputPerSecond)/s, submit→wall p50 \($e.wallMs.p50) p95 \($e.wallMs.p95) p99 \($e.wallMs.p99) max \($e.wallMs.max) ms, on the wall \($e.onWall) of \($e.ideas)",
            "  live hub:  \($l.throughputPerSecond)/s, submit→wall p50 \($l.wallMs.p50) p95 \($l.wallMs.p95) p99 \($l.wallMs.p99) max \($l.wallMs.max) ms, on the wall \($l.onWall) of \($l.ideas), submit→ack p50 \($l.ackMs.p50) p99 \($l.ackMs.p99) ms",
            "  throughput \((100 * $l.throughputPerSecond / $e.throughputPerSecond) | floor) % of the echo; p99 \((100 * $l.wallMs.p99 / $e.wallMs.p99 | floor) / 100) × the echo",
            "  database: \($l.database.stored) stored, \($l.database.missing) acknowledged but missing, \($l.database.duplicated) duplicated, \($l.database.wrongId) under another id; refused \($l.refused), not acknowledged \($l.notAcknowledged)"' \
            | while IFS= read -r line; do verdict "$line"; done
    done
    stop_server
    printf '%s\n' "${pairs[@]}" | jq -nr '[inputs] as $r
        | ($r | map(100 * .live.throughputPerSecond / .echo.throughputPerSecond) | sort | .[(length - 1) / 2 | floor]) as $share
        | ($r | map(.live.wallMs.p99 / .echo.wallMs.p99) | sort | .[(length - 1) / 2 | floor]) as $ratio
        | ($r | map(.live.database.missing + .live.database.duplicated + .live.database.wrongId + .live.notAcknowledged) | add) as $bad
        | "one node, SQLite, median of \($r | length) rounds: throughput \($share | floor) % of the echo (target ≥ 50 %), p99 \((100 * $ratio | floor) / 100) × the echo (target ≤ 2); lost, duplicated or unacknowledged in all rounds: \($bad) (target 0)"' \
        | while IFS= read -r line; do verdict "$line"; done
}

redis_pid=""
stop_redis() { [ -z "$redis_pid" ] || { kill "$redis_pid" 2>/dev/null || true; redis_pid=""; }; }

two_nodes() {
    command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }
    local redis_port node_b b_log
    redis_port="$(free_port)"
    redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
    redis_pid=$!
    export Redis__Connection="127.0.0.1:$redis_port"
    start_server postgres
    local node_a="$base" a_pid="$server_pid"
    b_log="$work/app-b.log"
    node_b="http://127.0.0.1:$(free_port)"
    start_group "$b_log" dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile --urls "$node_b"
    wait_http "$node_b/healthz" 60 >/dev/null || fail "node B did not answer /healthz within 60 s"
    set_up_session "$work/cookies.txt"
    nodes="$node_a,$node_b" watch="$node_b" burst warmup-pair /hubs/live 200 "$ideas" >/dev/null
    local runs=() k
    for k in $pair_ideas; do
        runs+=("$(nodes="$node_a,$node_b" watch="$node_b" burst "pair-$k" /hubs/live "$pair_clients" "$k" deadline=300 "check=$check" "cookie=$cookie")")
    done
    stop_all
    stop_postgres
    stop_redis
    unset Redis__Connection
    for run in "${runs[@]}"; do
        jq -nr --argjson r "$run" '
            "two nodes, Redis backplane, PostgreSQL, \($r.clients) phones split over A and B × \($r.ideas / $r.clients) ideas at once, the watcher on B:",
            "  from node A to the watcher on B: p50 \($r.firstNodeWallMs.p50) p99 \($r.firstNodeWallMs.p99) ms (target p99 ≤ 1000 ms); all phones: p99 \($r.wallMs.p99) ms, \($r.throughputPerSecond)/s",
            "  on the wall \($r.onWall) of \($r.ideas); database: \($r.database.stored) stored, \($r.database.missing) missing, \($r.database.duplicated) duplicated"' \
            | while IFS= read -r line; do verdict "$line"; done
    done
}

crash_db() {
    local db="$1" round run marker killed_at
    rm -f "$work"/samskap.db*   # a database of its own, not the one-node run's
    start_server "$db"
    set_up_session "$work/cookies.txt"
    for round in $(seq "$crashes"); do
        marker="$work/burst-$db-$round"
        rm -f "$marker"
        node bench/live/burst.mjs "nodes=$base" "watch=$base" hub=/hubs/live "code=$code" "presenter=$presenter" \
            "activity=$activity" "clients=$crash_clients" "ideas=$crash_ideas" "label=crash-$db-$round" \
            wall=false deadline=240 "burstFile=$marker" "check=$check" "cookie=$cookie" >"$work/crash-$db-$round.json" &
        local client=$!
        for _ in $(seq 3000); do [ -f "$marker" ] && break; sleep 0.02; done
        [ -f "$marker" ] || fail "round $round: the burst did not start"
        # At a random moment 0.2–1.0 s into the burst, while ideas are being committed and acknowledged.
        sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.2 + (r % 80) / 100 }')"
        kill -KILL -- "-$server_pid"
        killed_at="$(date +%T.%N | cut -c1-12)"
        wait "$server_pid" 2>/dev/null || true
        started_groups=()
        start_group "$work/app.log" dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile --urls "$base"
        server_pid="$group_pid"
        wait_http "$base/healthz" 60 >/dev/null || fail "round $round: the server did not come back"
        wait "$client" || fail "round $round: the client failed"
        run="$(cat "$work/crash-$db-$round.json")"
        echo "$run" >>"$work/results.jsonl"
        jq -nr --argjson r "$run" --arg db "$db" --arg round "$round" --arg at "$killed_at" '
            "crash \($db) \($round): kill -9 at \($at); \($r.acknowledged) of \($r.ideas) acknowledged, after \($r.reconnects) reconnects and \($r.replays) sent again; \($r.notAcknowledged) never acknowledged; database: \($r.database.stored) stored, \($r.database.missing) acknowledged but missing, \($r.database.duplicated) duplicated, \($r.database.wrongId) under another id"' \
            | while IFS= read -r line; do verdict "$line"; done
    done
    stop_server
}

trap 'stop_all; stop_postgres; stop_redis; rm -rf "$work"' EXIT
echo "Live benchmark on $(nproc) cores; modes: $modes" >&2
for mode in $modes; do
    case "$mode" in
        one-node) one_node ;;
        two-nodes) two_nodes ;;
        crash) crash_db sqlite; crash_db postgres ;;
        *) fail "unknown mode '$mode' (one-node, two-nodes or crash)" ;;
    esac
done

echo
machine_summary
cat "$work/verdicts.txt"
load_line "$load_start"
