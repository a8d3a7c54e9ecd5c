#!/usr/bin/env bash
# The test command: installs what the tests need if it is missing (Chromium, PostgreSQL, Redis, Python's
# icalendar, LibreOffice Writer and Poppler), starts a throwaway PostgreSQL server and a Redis server on 127.0.0.1 with data folders of their own,
# runs every test of the solution against them, and stops the servers again. Usage: ./tools/test.sh [extra dotnet test args]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# The SignalR backplane of live sessions on several nodes (LiveBackplaneTests).
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
# A second, independent iCalendar parser for the calendar files (SessionCalendarTests).
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || need+=(python3-icalendar)
# LibreOffice turns one report's DOCX into a PDF, and Poppler reads its text and draws its pages (EvaluationStoryTests).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
pg_data="$(mktemp -d /tmp/samskap-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
chown postgres:postgres "$pg_data"
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
redis_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 56379)"
redis_data="$(mktemp -d /tmp/samskap-redis.XXXXXX)"
stop_servers() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
    if [ -f "$redis_data/redis.pid" ]; then kill "$(cat "$redis_data/redis.pid")" 2>/dev/null || true; fi
    rm -rf "$redis_data"
}
trap stop_servers EXIT

as_postgres "$pg_bin/initdb" -D "$pg_data/db" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_data/db" -w -l "$pg_data/server.log" \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$pg_port"

export SAMSKAP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# Redis only on loopback, nothing kept on disk: it carries the hub's messages between test nodes.
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$redis_data" \
    --daemonize yes --pidfile "$redis_data/redis.pid" --logfile "$redis_data/redis.log" >/dev/null
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
echo "Redis $(redis-server --version | sed -E 's/.*v=([^ ]+).*/\1/') is running on 127.0.0.1:$redis_port"
export SAMSKAP_TEST_REDIS="127.0.0.1:$redis_port"
export SAMSKAP_CHROMIUM="${SAMSKAP_CHROMIUM:-$(command -v chromium)}"
export SAMSKAP_TEST_OUTPUT="${SAMSKAP_TEST_OUTPUT:-$root/test-output}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log="$(mktemp /tmp/samskap-test-log.XXXXXX)"
set +e
# One test project at a time: the browser stories and the database tests would otherwise fight over two cores.
dotnet test --solution Samskap.slnx --configuration Release --max-parallel-test-modules 1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over every test project: "N passed, N failed".
awk '/^ *succeeded: *[0-9]+/ {p += $2} /^ *failed: *[0-9]+/ {f += $2} END {printf "%d passed, %d failed\n", p, f}' "$log"
rm -f "$log"
exit "$status"
