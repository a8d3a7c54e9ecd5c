# Shared helpers for the benchmark scripts; sourced, not run.
# Everything here talks to 127.0.0.1 only and keeps track of what it started so that the
# caller's EXIT trap can stop it again.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# BENCH_NICE=-10 runs the script (and so the servers, dotnet run and wrk it starts) at that
# scheduling priority, so that other work on a shared machine disturbs the figures less.
# Negative values need root. Call as: apply_nice "$0" "$@"
apply_nice() {
    if [ -n "${BENCH_NICE:-}" ] && [ "${BENCH_NICE_APPLIED:-}" != "$BENCH_NICE" ]; then
        export BENCH_NICE_APPLIED="$BENCH_NICE"
        exec nice -n "$BENCH_NICE" "$@"
    fi
}

# Process groups started by start_group; stopped by stop_all (call it from an EXIT trap).
started_groups=()

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# A TCP port nobody listens on now.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $(( 20000 + RANDOM % 20000 ))
}

# start_group LOG CMD...: runs CMD in a process group of its own (so `dotnet run` and the app it
# spawns can be stopped together) and sets $group_pid. The caller's environment is inherited.
start_group() {
    local log="$1"
    shift
    setsid "$@" >"$log" 2>&1 </dev/null &
    group_pid=$!
    started_groups+=("$group_pid")
}

# stop_group PID: SIGTERM to the group, SIGKILL after 5 s if anything is left.
stop_group() {
    local pid="$1" i
    kill -TERM -- "-$pid" 2>/dev/null || return 0
    for i in $(seq 50); do
        kill -0 -- "-$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

stop_all() {
    local pid
    for pid in "${started_groups[@]}"; do
        stop_group "$pid"
    done
    started_groups=()
}

# wait_http URL TIMEOUT_S: polls every 20 ms until any HTTP answer; prints the status code.
# Returns 1 on timeout.
wait_http() {
    local url="$1" timeout_s="$2" deadline code
    deadline=$(( $(now_ms) + timeout_s * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" 2>/dev/null || true)"
        if [ -n "$code" ] && [ "$code" != "000" ]; then
            echo "$code"
            return 0
        fi
        sleep 0.02
    done
    return 1
}

# min median max of the numbers on stdin, one a line.
stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "- - -"; exit }
        med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%d %d %d\n", v[1], med, v[NR]
    }'
}

machine_summary() {
    echo "date (UTC):  $(date -u)"
    echo "CPU:         $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
    echo "memory:      $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
    echo "OS:          $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo ".NET SDK:    $(dotnet --version)"
    echo "load avg:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, at the start); benchmark niceness $(nice)"
    echo "commit:      $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -z "$(git -C "$root" status --porcelain -- src 2>/dev/null)" ] || echo ' (src/ has uncommitted changes)')"
}

# ---- Load benchmarks (project-list.sh, project-overview.sh): a Release server on a fresh database,
# signed in with curl, measured with wrk. The caller sets $work (its /tmp folder) before using them.

bench_email="bench@example.org"
bench_password="benchmark passphrase 2026"

# The newest Debian PostgreSQL binaries, if any.
pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)" 2>/dev/null || true)"

# Both databases when PostgreSQL is installed and the script runs as root (it needs runuser), else SQLite.
default_dbs() {
    if [ -x "$pg_bin/initdb" ] && [ "$(id -u)" = 0 ]; then echo "sqlite postgres"; else echo sqlite; fi
}

ensure_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        echo "Installing wrk from Debian's packages…" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
    fi
}

fail() {
    echo "FAIL: $*" >&2
    [ -f "$work/app.log" ] && { echo "--- last lines of the app's log:" >&2; tail -n 40 "$work/app.log" >&2; }
    exit 1
}

# begin_load_run NAME: wrk installed, a folder $work in /tmp that is removed on exit (after every
# server and PostgreSQL cluster the run started is stopped), and the Release build unless SKIP_BUILD=1.
begin_load_run() {
    ensure_wrk
    work="$(mktemp -d "/tmp/samskap-$1.XXXXXX")"
    trap 'stop_all; stop_postgres; rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        echo "Building (Release)…" >&2
        dotnet build src/Samskap.Web -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    fi
}

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

pg_data=""
stop_postgres() {
    if [ -n "$pg_data" ]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data/db" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_data"
        pg_data=""
    fi
}

# start_server DB: a fresh database (SQLite file in $work, or a throwaway PostgreSQL cluster on
# 127.0.0.1), `create-admin`, then the server (Release, Production, no launch profile). Sets $base,
# $server_pid and $app_pid (the app's own process, for its CPU time).
start_server() {
    local db="$1" port connection provider
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
    app -- create-admin --organization "Benchmark kommune" --email "$bench_email" --password "$bench_password" \
        --name "Benchmark Admin" --language nb >"$work/create-admin.log" 2>&1 \
        || { cat "$work/create-admin.log" >&2; fail "create-admin failed"; }

    echo "== $db: server on $base" >&2
    start_group "$work/app.log" dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile --urls "$base"
    server_pid="$group_pid"
    wait_http "$base/healthz" 60 >/dev/null || fail "the server did not answer /healthz within 60 s"
    app_pid="$(pgrep -f -- "/bin/[^ ]*Samskap\.Web(\.dll)? --urls $base" | head -n 1 || true)"
}

# stop_server: stops the server start_server started, and its PostgreSQL cluster.
stop_server() {
    stop_group "$server_pid"
    started_groups=()
    stop_postgres
    unset Database__Provider ConnectionStrings__Samskap
}

# sign_in JAR: signs the administrator in through the form, into the curl cookie jar JAR.
sign_in() {
    local jar="$1" token code location
    rm -f "$jar"
    token="$(curl -sf -c "$jar" -b "$jar" "$base/account/sign-in" | form_token)"
    [ -n "$token" ] || fail "no antiforgery token on /account/sign-in"
    read -r code location < <(curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" \
        --data-urlencode "Input.Email=$bench_email" --data-urlencode "Input.Password=$bench_password" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in")
    [ "$code" = 302 ] && [[ "$location" == */projects ]] || fail "sign-in answered $code $location, not 302 to /projects"
}

# new_project JAR TITLE CHALLENGE STATUS: creates a project through GET+POST /projects/new, as the
# signed-in person of JAR and with the form's selected owner; prints its id.
new_project() {
    local jar="$1" title="$2" challenge="$3" status="$4" page token owner code location
    page="$(curl -sf -c "$jar" -b "$jar" "$base/projects/new")" || fail "GET /projects/new failed"
    token="$(form_token <<<"$page")"
    owner="$(selected_owner <<<"$page")"
    [ -n "$token" ] && [ -n "$owner" ] || fail "no token or no selected owner on /projects/new"
    read -r code location < <(curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" \
        --data-urlencode "Input.Title=$title" \
        --data-urlencode "Input.Challenge=$challenge" \
        --data-urlencode "Input.OwnerUserId=$owner" \
        --data-urlencode "Input.Status=$status" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/projects/new")
    [ "$code" = 302 ] && [[ "$location" =~ /projects/([0-9a-f-]{36})$ ]] \
        || fail "$title: POST /projects/new answered $code $location, not 302 to /projects/{id}"
    echo "${BASH_REMATCH[1]}"
}

# CPU time (user + system, all threads) the server process has used so far, in clock ticks.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat" 2>/dev/null || echo 0; }

# run_wrk NAME URL COOKIE: warm-up, then the measured run (with $threads, $connections, $warmup and
# $duration); sets the r_* values from the RESULT line and r_cpu_ms, the server's CPU time per
# request during the measured run.
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

# print_rows: the table of every add_row, with its header.
print_rows() {
    printf "$row_format\n" db path cookies conns p50 p95 p99 max "req/s" non2xx "cpu/req"
    printf '%s\n' "${rows[@]}"
}

# answers_2xx URL COOKIE: one request as wrk sends it (with BENCH_BODY_FILE, a POST of it) answers 2xx.
answers_2xx() {
    local code body=()
    [ -n "${BENCH_BODY_FILE:-}" ] && body=(-H 'Content-Type: application/json' --data-binary "@$BENCH_BODY_FILE")
    code="$(curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $2"} "${body[@]}" "$1")"
    [[ "$code" == 2?? ]]
}

# measure DB NAME PATH URL COOKIE: wrk on URL (warm-up, then the measured run) and its table row,
# named PATH; no answer may be 400 or more, and one request before and one after must answer 2xx
# (a redirect to the sign-in page does not). COOKIE "" is anonymous.
measure() {
    local db="$1" name="$2" path="$3" url="$4" cookie="$5"
    echo "== $db: wrk $path, $connections connection(s)" >&2
    answers_2xx "$url" "$cookie" || fail "$path does not answer 2xx before the run"
    run_wrk "$db-$name" "$url" "$cookie"
    [ "$r_non2xx" = 0 ] || fail "$r_non2xx of $r_requests answers from $path were 400 or more"
    answers_2xx "$url" "$cookie" || fail "$path does not answer 2xx after the run (signed out?)"
    add_row "$db" "$path" "$([ -n "$cookie" ] && echo "signed in" || echo anonymous)"
}

# measure_healthz DB COOKIE: /healthz twice, with the cookies (authentication and the tenant
# middleware run, as for every signed-in request, but no page) and without (the framework's floor).
measure_healthz() {
    measure "$1" healthz /healthz "$base/healthz" "$2"
    measure "$1" healthz-anon /healthz "$base/healthz" ""
}

load_line() {
    echo "load average (1/5/15 min) at the start: $1; at the end: $(cut -d' ' -f1-3 /proc/loadavg); niceness $(nice)"
}
