#!/usr/bin/env bash
# Benchmarks Ceasefire Tracker at scale: creates a database of its own, fills it with the generator (1,000,000
# events by default, tools/CeasefireTracker.DataGenerator), starts the published app on a port of its own, and prints
# every figure of docs/performance.md side by side in one table: each ratio (app ÷ hand-written SQL, deep ÷ first
# page, /timeline ÷ a static file of the same size) as the median of three runs with their spread, and the uncached
# p50/p95 server time and size of every public page and export. The machine's load average is printed before and
# after, since every figure depends on it.
#
#   scripts/bench.sh                      # the full run: 1M events (about 15 minutes on 2 cores)
#   scripts/bench.sh --events 20000       # a quick run
#
# Options: --events N, --actors N, --seed N, --database NAME (default ceasefire_bench), --port N (default 5190),
# --reuse (measure the data an earlier run left in the database, without generating it again), and, passed on to
# the benchmark, --iterations N, --wrk-seconds N, --sessions N.
# Run as root or with sudo on Debian: it installs PostgreSQL and wrk from the distribution when they are missing.
# The database is kept afterwards for EXPLAIN; drop it with: runuser -u postgres -- dropdb ceasefire_bench
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

events=1000000 actors=5000 seed=42 database=ceasefire_bench port=5190
passed=()
reuse=""
while [ $# -gt 0 ]; do
    case "$1" in
        --reuse) reuse=1; shift; continue ;;
        --events) events="$2" ;;
        --actors) actors="$2" ;;
        --seed) seed="$2" ;;
        --database) database="$2" ;;
        --port) port="$2" ;;
        --iterations|--wrk-seconds|--sessions) passed+=("$1" "$2") ;;
        *) die "Unknown option $1 (see the top of scripts/bench.sh)" ;;
    esac
    shift 2 || die "$1 needs a value"
done

require_dotnet
ensure_postgres_running
ensure_role_and_database ceasefire ceasefire
if ! command -v wrk >/dev/null 2>&1; then
    say "Installing wrk from the distribution's packages"
    apt_install wrk || die "Could not install wrk. As root run: apt-get update && apt-get install -y wrk"
fi

if [ -z "$reuse" ]; then
    say "Creating database $database (dropping an earlier one)"
    as_postgres dropdb -p "$PG_PORT" --if-exists --force "$database"
    as_postgres createdb -p "$PG_PORT" -O ceasefire -E UTF8 --locale=C.UTF-8 -T template0 "$database"
fi
export ConnectionStrings__Tracker="Host=localhost;Port=$PG_PORT;Database=$database;Username=ceasefire;Password=ceasefire"

say "Building"
dotnet build CeasefireTracker.sln -c Release -nologo -v q
publish=$(mktemp -d)
server=""
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$publish"
}
trap cleanup EXIT
# The published app, as it runs in production (static assets included, no development tooling).
dotnet publish src/CeasefireTracker.Web -c Release -nologo -v q -o "$publish" >/dev/null

export Serilog__MinimumLevel__Default=Warning
dotnet "$publish/CeasefireTracker.Web.dll" migrate
timed=()
if [ -z "$reuse" ]; then
    say "Generating $events events and $actors actors (seed $seed)"
    started=$(date +%s%N)
    # The tool the solution build above made (tools/CeasefireTracker.DataGenerator).
    dotnet tools/CeasefireTracker.DataGenerator/bin/Release/net10.0/CeasefireTracker.DataGenerator.dll --events "$events" --actors "$actors" --seed "$seed"
    elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    timed=(--generator-seconds "$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))" --events "$events")
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
! port_open || die "Port $port is taken by another program; choose another with --port."
say "Starting the app on port $port"
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet CeasefireTracker.Web.dll) &
server=$!
tries=0
until port_open; do
    tries=$((tries + 1))
    [ "$tries" -le 60 ] || die "The app did not listen on port $port within 60 seconds."
    sleep 1
done

say "Measuring (load average $(cut -d' ' -f1-3 /proc/loadavg))"
# From its own folder: the in-process host it counts queries with finds the app through MvcTestingAppManifest.json there.
cd tests/CeasefireTracker.Benchmarks/bin/Release/net10.0
dotnet CeasefireTracker.Benchmarks.dll \
    --connection "$ConnectionStrings__Tracker" --base-url "http://127.0.0.1:$port" --server-pid "$server" \
    "${timed[@]}" "${passed[@]}"
say "Done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
