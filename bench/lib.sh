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
