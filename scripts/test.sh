#!/usr/bin/env bash
# Runs every test of Ceasefire Tracker: unit, integration (real PostgreSQL) and browser (real Chromium).
#
# On a fresh Debian machine with the .NET 10 SDK (as root or with sudo) it installs and starts PostgreSQL, Redis and
# Chromium from the distribution's packages first. Tests create their own databases and drop them afterwards.
# To use an existing server instead, set CEASEFIRE_TEST_ADMIN_CONNECTION to a connection string of a role
# that may create databases. Redis runs on a free port of its own for this run only (CEASEFIRE_TEST_REDIS=host:port
# uses another one instead).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

require_dotnet

if [ -n "${CEASEFIRE_TEST_ADMIN_CONNECTION:-}" ]; then
    say "Using the PostgreSQL server from CEASEFIRE_TEST_ADMIN_CONNECTION"
else
    ensure_postgres_running
    ensure_role_and_database ceasefire ceasefire
    export CEASEFIRE_TEST_ADMIN_CONNECTION="Host=localhost;Port=$PG_PORT;Database=postgres;Username=ceasefire;Password=ceasefire;Timeout=5"
fi

if [ -n "${CEASEFIRE_TEST_REDIS:-}" ]; then
    say "Using the Redis at $CEASEFIRE_TEST_REDIS"
else
    start_test_redis
fi

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
    say "Installing Chromium from the distribution's packages"
    apt_install chromium fonts-dejavu-core || die "Could not install Chromium. As root run:
    apt-get update && apt-get install -y chromium
or set CHROMIUM_PATH to a Chromium or Chrome binary."
fi

results=TestResults
rm -rf "$results"
say "Running the tests"
status=0
dotnet test CeasefireTracker.sln -c Release -nologo \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# One closing line for the whole run, summed over every test project's results file.
if compgen -G "$results/*.trx" >/dev/null; then
    sum() { grep -ho "<Counters [^>]*" "$results"/*.trx | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'; }
    passed=$(sum passed); failed=$(sum failed); total=$(sum total); executed=$(sum executed)
    echo "$passed passed, $failed failed, $((total - executed)) skipped"
else
    echo "0 passed, 0 failed"
    [ "$status" -ne 0 ] || status=1
fi
exit "$status"
