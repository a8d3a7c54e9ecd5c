#!/usr/bin/env bash
# Cold start: time from `dotnet run --no-build` of the built Release app to the first page served,
# beside the same measurement for a bare ASP.NET Core app (bench/ColdStartCeiling) in the same run.
#
# Usage: bench/cold-start.sh            (RUNS=5 by default; SKIP_BUILD=1 to use the existing build)
#
# Each start polls a page every 20 ms until it answers and records the elapsed wall time:
#   samskap, fresh db     GET /setup on a new SQLite file (the app migrates it before listening)
#   samskap, migrated db  GET /setup on a file already migrated with the `migrate` command
#   samskap, dev profile  as "fresh db" but with the launch profile (Development), i.e. a plain
#                         `dotnet run` as a developer types it
#   ceiling               GET / of the bare app
# All but "dev profile" run with --no-launch-profile and ASPNETCORE_ENVIRONMENT=Production.
# The variants are interleaved (round-robin) so that background noise spreads over all of them;
# one unrecorded start of each comes first, so every recorded start finds the files in the page cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apply_nice "$0" "$@"
cd "$root"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
runs="${RUNS:-5}"
timeout_s=60
work="$(mktemp -d /tmp/samskap-cold.XXXXXX)"
cleanup() { stop_all; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "Building (Release)…" >&2
    dotnet build src/Samskap.Web -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    dotnet build bench/ColdStartCeiling -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi

# A migrated, empty database to copy for the "migrated db" variant.
ConnectionStrings__Samskap="Data Source=$work/template.db" ASPNETCORE_ENVIRONMENT=Production \
    dotnet run --project src/Samskap.Web -c Release --no-build --no-launch-profile -- migrate >"$work/migrate.log" 2>&1 \
    || { cat "$work/migrate.log"; exit 1; }

variants=("samskap, fresh db" "samskap, migrated db" "samskap, dev profile" "ceiling (bare app)")

# measure_once INDEX: one start of a variant; sets m_ms, m_spawn and m_code. (Not run in a subshell, so that
# the EXIT trap knows every process group it has to stop.)
measure_once() {
    local variant="${variants[$1]}" port dir url code start elapsed
    port="$(free_port)"
    dir="$(mktemp -d "$work/run.XXXXXX")"
    local -a cmd=(dotnet run -c Release --no-build)
    local -a env=(env "ConnectionStrings__Samskap=Data Source=$dir/samskap.db")
    case "$variant" in
        "samskap, fresh db")
            cmd+=(--project src/Samskap.Web --no-launch-profile); env+=(ASPNETCORE_ENVIRONMENT=Production); url=/setup ;;
        "samskap, migrated db")
            cp "$work/template.db" "$dir/samskap.db"
            cmd+=(--project src/Samskap.Web --no-launch-profile); env+=(ASPNETCORE_ENVIRONMENT=Production); url=/setup ;;
        "samskap, dev profile")
            cmd+=(--project src/Samskap.Web); url=/setup ;;
        "ceiling (bare app)")
            cmd+=(--project bench/ColdStartCeiling --no-launch-profile); env+=(ASPNETCORE_ENVIRONMENT=Production); url=/ ;;
    esac
    start="$(now_ms)"
    start_group "$dir/app.log" "${env[@]}" "${cmd[@]}" --urls "http://127.0.0.1:$port"
    # First the moment `dotnet run` has started the app's own process (what it spends before is
    # MSBuild evaluation), then the first HTTP answer.
    m_spawn=""
    while [ -z "$m_spawn" ] && [ $(( $(now_ms) - start )) -lt $(( timeout_s * 1000 )) ] && kill -0 "$group_pid" 2>/dev/null; do
        if pgrep -f -- "/bin/[^ ]*(Samskap\.Web|ColdStartCeiling)(\.dll)? --urls http://127\.0\.0\.1:$port" >/dev/null; then
            m_spawn=$(( $(now_ms) - start ))
        else
            sleep 0.01
        fi
    done
    if ! code="$(wait_http "http://127.0.0.1:$port$url" "$timeout_s")"; then
        echo "FAIL: $variant did not answer on $url within ${timeout_s}s; its log:" >&2
        cat "$dir/app.log" >&2
        exit 1
    fi
    elapsed=$(( $(now_ms) - start ))
    stop_group "$group_pid"
    started_groups=()
    m_ms="$elapsed"
    m_code="$code"
}

for i in "${!variants[@]}"; do
    measure_once "$i"
done

declare -A results spawns codes
for run in $(seq "$runs"); do
    for i in "${!variants[@]}"; do
        measure_once "$i"
        results[$i]+="$m_ms "
        spawns[$i]+="${m_spawn:-0} "
        codes[$i]+="$m_code "
        printf '  run %d  %-22s %6d ms  (app process after %s ms, HTTP %s)\n' "$run" "${variants[$i]}" "$m_ms" "${m_spawn:-?}" "$m_code" >&2
    done
done

echo
echo "Cold start, dotnet run --no-build -> first page answered (ms, N=$runs, polled every 20 ms)"
printf '%-24s %7s %7s %7s   %-16s %s\n' "variant" "min" "median" "max" "app process at" "status seen"
for i in "${!variants[@]}"; do
    read -r min med max < <(tr ' ' '\n' <<<"${results[$i]}" | grep . | stats)
    read -r _ spawn_med _ < <(tr ' ' '\n' <<<"${spawns[$i]}" | grep . | stats)
    printf '%-24s %7s %7s %7s   %-16s %s\n' "${variants[$i]}" "$min" "$med" "$max" "$spawn_med (median)" \
        "$(tr ' ' '\n' <<<"${codes[$i]}" | grep . | sort -u | paste -sd, -)"
done
echo "app process at: when \`dotnet run\` had started the app's own process; the rest is the app starting."
echo "target: samskap under 5000 ms"
echo "load average (1/5/15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg); niceness $(nice)"
