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
email="bench@example.org"
password="benchmark passphrase 2026"

pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)" 2>/dev/null || true)"
if [ -z "${DBS:-}" ]; then
    DBS=sqlite
    if [ -x "$pg_bin/initdb" ] && [ "$(id -u)" = 0 ]; then DBS="sqlite postgres"; fi
fi

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk from Debian's packages…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

work="$(mktemp -d /tmp/samskap-load.XXXXXX)"
pg_data=""
stop_postgres() {
    if [ -n "$pg_data" ]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data/db" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_data"
        pg_data=""
    fi
}
cleanup() { stop_all; stop_postgres; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "FAIL: $*" >&2
    [ -f "$work/app.log" ] && { echo "--- last lines of the app's log:" >&2; tail -n 40 "$work/app.log" >&2; }
    exit 1
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "Building (Release)…" >&2
    dotnet build src/Samskap.Web -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi

app() { dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile "$@"; }

# The value of the hidden antiforgery input in the HTML on stdin.
form_token() {
    tr '\n' ' ' | grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' | head -n 1 \
        | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//'
}

# The selected option's value of <select name="Input.OwnerUserId"> in the HTML on stdin.
selected_owner() {
    tr '\n' ' ' | sed 's/.*name="Input\.OwnerUserId"//; s#</select>.*##' \
        | grep -o '<option[^>]*selected[^>]*>' | head -n 1 | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//'
}

# All cookies of a curl cookie jar as one Cookie header value.
cookie_header() {
    awk -F'\t' '!/^# / && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"
}

# CPU time (user + system, all threads) the server process has used so far, in clock ticks.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat" 2>/dev/null || echo 0; }

# run_wrk NAME URL COOKIE: warm-up, then the measured run; sets the r_* values from the RESULT line
# and r_cpu_ms, the server's CPU time per request during the measured run.
run_wrk() {
    local name="$1" url="$2" cookie="$3" log="$work/wrk-$1.log" line ticks0 ticks1
    BENCH_COOKIE="$cookie" wrk -t"$threads" -c"$connections" -d"$warmup" -s bench/report.lua "$url" >/dev/null
    ticks0="$(server_ticks)"
    BENCH_COOKIE="$cookie" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/report.lua "$url" >"$log"
    ticks1="$(server_ticks)"
    sed 's/^/    /' "$log" >&2
    line="$(grep '^RESULT ' "$log")" || fail "wrk printed no RESULT line for $url"
    eval "$(sed 's/^RESULT //; s/\([a-z0-9_]*\)=/r_\1=/g' <<<"$line")"
    r_cpu_ms="$(awk -v t="$(( ticks1 - ticks0 ))" -v hz="$(getconf CLK_TCK)" -v n="$r_requests" \
        'BEGIN { if (n > 0 && t > 0) printf "%.2f", t * 1000 / hz / n; else print "-" }')"
}

rows=()
row_format='%-9s %-24s %-10s %5s %8s %8s %8s %8s %8s %7s %8s'
# add_row DB PATH COOKIES [CONNECTIONS]: a table row from the last run_wrk.
add_row() {
    rows+=("$(printf "$row_format" "$1" "$2" "$3" "${4:-$connections}" "$r_p50_ms" "$r_p95_ms" "$r_p99_ms" "$r_max_ms" "$r_rps" "$r_non2xx" "$r_cpu_ms")")
}

run_db() {
    local db="$1" base port connection provider
    port="$(free_port)"
    base="http://127.0.0.1:$port"
    case "$db" in
        sqlite)
            provider=Sqlite
            connection="Data Source=$work/samskap.db" ;;
        postgres)
            [ -x "$pg_bin/initdb" ] || fail "no PostgreSQL binaries under /usr/lib/postgresql"
            provider=Postgres
            local pg_port
            pg_port="$(free_port)"
            pg_data="$(mktemp -d /tmp/samskap-benchpg.XXXXXX)"
            chown postgres:postgres "$pg_data"
            runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data/db" -U postgres -A trust -E UTF8 >/dev/null
            runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data/db" -w -l "$pg_data/server.log" \
                -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
            connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres" ;;
        *) fail "unknown database '$db' (use sqlite or postgres)" ;;
    esac
    export ASPNETCORE_ENVIRONMENT=Production
    export Database__Provider="$provider" ConnectionStrings__Samskap="$connection"
    export RateLimiting__AnonymousPermitPerMinute=1000000

    echo "== $db: database and administrator" >&2
    if [ "$db" = postgres ]; then
        app -- migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; fail "migrate failed"; }
    fi
    app -- create-admin --organization "Benchmark kommune" --email "$email" --password "$password" \
        --name "Benchmark Admin" --language nb >"$work/create-admin.log" 2>&1 \
        || { cat "$work/create-admin.log" >&2; fail "create-admin failed"; }

    echo "== $db: server on $base" >&2
    start_group "$work/app.log" dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile --urls "$base"
    local server_pid="$group_pid"
    wait_http "$base/healthz" 60 >/dev/null || fail "the server did not answer /healthz within 60 s"
    # The app itself (dotnet run's child), for its CPU time.
    app_pid="$(pgrep -f -- "/bin/[^ ]*Samskap\.Web(\.dll)? --urls $base" | head -n 1 || true)"

    echo "== $db: sign in" >&2
    local jar="$work/cookies-$db.txt" token code location owner
    rm -f "$jar"
    token="$(curl -sf -c "$jar" -b "$jar" "$base/account/sign-in" | form_token)"
    [ -n "$token" ] || fail "no antiforgery token on /account/sign-in"
    read -r code location < <(curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" \
        --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in")
    [ "$code" = 302 ] && [[ "$location" == */projects ]] || fail "sign-in answered $code $location, not 302 to /projects"

    echo "== $db: $projects projects through POST /projects/new" >&2
    local statuses=(Idea Planning Active Completed) i page
    for i in $(seq "$projects"); do
        page="$(curl -sf -c "$jar" -b "$jar" "$base/projects/new")" || fail "GET /projects/new failed"
        token="$(form_token <<<"$page")"
        owner="$(selected_owner <<<"$page")"
        [ -n "$token" ] && [ -n "$owner" ] || fail "no token or no selected owner on /projects/new"
        read -r code location < <(curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" \
            --data-urlencode "Input.Title=$(printf 'Benchmark project %03d' "$i")" \
            --data-urlencode "Input.Challenge=Project $i: how can the municipality make the service easier to find, apply for and follow up, for the people who need it most?" \
            --data-urlencode "Input.OwnerUserId=$owner" \
            --data-urlencode "Input.Status=${statuses[$(( i % 4 ))]}" \
            --data-urlencode "__RequestVerificationToken=$token" "$base/projects/new")
        [ "$code" = 302 ] && [[ "$location" =~ /projects/[0-9a-f-]{36}$ ]] \
            || fail "project $i: POST /projects/new answered $code $location, not 302 to /projects/{id}"
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

    echo "== $db: wrk /projects" >&2
    run_wrk "$db-projects" "$base/projects" "$cookie"
    [ "$r_non2xx" = 0 ] || fail "$r_non2xx of $r_requests answers from /projects were not 2xx"
    add_row "$db" "/projects" "signed in"

    # The same page with no rows (no project is archived): authentication, tenant, query, layout.
    echo "== $db: wrk /projects?archived=true" >&2
    run_wrk "$db-archived" "$base/projects?archived=true" "$cookie"
    [ "$r_non2xx" = 0 ] || fail "$r_non2xx of $r_requests answers from /projects?archived=true were not 2xx"
    add_row "$db" "/projects?archived=true" "signed in"

    # /healthz twice: with the same cookies (the authentication and tenant middleware run, as for
    # every signed-in request) and without (the framework's floor).
    echo "== $db: wrk /healthz (signed in)" >&2
    run_wrk "$db-healthz" "$base/healthz" "$cookie"
    add_row "$db" "/healthz" "signed in"
    echo "== $db: wrk /healthz (anonymous)" >&2
    run_wrk "$db-healthz-anon" "$base/healthz" ""
    add_row "$db" "/healthz" "anonymous"

    # One connection: the time one request takes when nothing queues behind it.
    echo "== $db: wrk /projects, 1 connection" >&2
    connections=1 threads=1 run_wrk "$db-projects-c1" "$base/projects" "$cookie"
    add_row "$db" "/projects" "signed in" 1

    stop_group "$server_pid"
    started_groups=()
    stop_postgres
    unset Database__Provider ConnectionStrings__Samskap
}

for db in $DBS; do
    run_db "$db"
done

echo
echo "Project list under load: wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, 127.0.0.1,"
echo "$projects projects; latencies in ms; cpu/req = the server process's CPU time (all threads) per request in ms"
printf "$row_format\n" db path cookies conns p50 p95 p99 max "req/s" non2xx "cpu/req"
printf '%s\n' "${rows[@]}"
echo "target: /projects p95 under 20 ms at 16 connections"
echo "load average (1/5/15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg); niceness $(nice)"
