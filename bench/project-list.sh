#!/usr/bin/env bash
# Project list under load: a signed-in GET /projects with 200 projects in the organisation, at
# 16 concurrent connections on loopback, measured with wrk beside GET /healthz of the same process.
#
# Usage: bench/project-list.sh
#   SKIP_BUILD=1        use the existing Release build
#   DBS="sqlite"        which databases to run: sqlite, postgres or both (default: both when the
#                       PostgreSQL binaries are installed and the script runs as root, else sqlite)
#   DURATION=15s        measured duration per path
#   WARMUP=3s           wrk warm-up per path before the measured run
#   PROJECTS=200        projects to create through the form
#
# Per database: a fresh database (SQLite file in /tmp, or a throwaway PostgreSQL cluster on
# 127.0.0.1), `create-admin` before the server starts, the server (Release, Production, no launch
# profile), sign-in with curl, PROJECTS projects created through the real form POST, then
# `wrk -t2 -c16 -d$DURATION --latency` with the auth cookies on /projects, and for comparison on
# /projects?archived=true (the same page with no rows), /healthz with and without the cookies, and
# /projects with one connection (no queueing).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
projects="${PROJECTS:-200}"
duration="${DURATION:-15s}"
warmup="${WARMUP:-3s}"
connections=16
threads=2
# The list shows this many projects a page (IndexModel.PageSize).
page_size=50
DBS="${DBS:-$(default_dbs)}"

begin_load_run load

run_db() {
    local db="$1"
    start_server "$db"

    echo "== $db: sign in" >&2
    local jar="$work/cookies-$db.txt" code
    sign_in "$jar"

    echo "== $db: $projects projects through POST /projects/new" >&2
    local statuses=(Idea Planning Active Completed) i
    for i in $(seq "$projects"); do
        new_project "$jar" "$(printf 'Benchmark project %03d' "$i")" \
            "Project $i: how can the municipality make the service easier to find, apply for and follow up, for the people who need it most?" \
            "${statuses[$(( i % 4 ))]}" >/dev/null
    done

    # wrk sends exactly this header; check with it that /projects is the signed-in list: the first
    # page of the list (PAGE_SIZE rows, as the app pages it), saying how many projects there are in all.
    cookie="$(cookie_header "$jar")"
    grep -q 'samskap\.auth' <<<"$cookie" || fail "no samskap.auth cookie after sign-in"
    local listed size
    code="$(curl -s -o "$work/projects.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/projects")"
    [ "$code" = 200 ] || fail "GET /projects with the auth cookie answered $code, not 200 (signed out?)"
    listed="$(grep -oE 'href="/projects/[0-9a-f-]{36}"' "$work/projects.html" | sort -u | wc -l)"
    local shown=$(( projects < page_size ? projects : page_size ))
    [ "$listed" = "$shown" ] || fail "GET /projects lists $listed projects, not $shown"
    grep -q "av $projects prosjekter" "$work/projects.html" || fail "GET /projects does not say it shows part of $projects projects"
    size="$(wc -c <"$work/projects.html")"
    echo "   /projects: 200, $listed of $projects projects on the first page, $size bytes" >&2

    measure "$db" projects /projects "$base/projects" "$cookie"
    # The same page with no rows (no project is archived): authentication, tenant, query, layout.
    measure "$db" archived "/projects?archived=true" "$base/projects?archived=true" "$cookie"
    measure_healthz "$db" "$cookie"
    # One connection: the time one request takes when nothing queues behind it.
    connections=1 threads=1 measure "$db" projects-c1 /projects "$base/projects" "$cookie"

    stop_server
}

for db in $DBS; do
    run_db "$db"
done

echo
echo "Project list under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "$projects projects; latencies in ms; cpu/req = the server process's CPU time (all threads) per request in ms"
print_rows
echo "target: /projects p95 under 20 ms at 16 connections"
load_line "$load_start"
