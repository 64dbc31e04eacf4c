#!/usr/bin/env bash
# Brings Ceasefire Tracker up with demo data at http://localhost:5080.
#
# On a fresh Debian machine with the .NET 10 SDK (as root or with sudo) it installs and starts PostgreSQL,
# creates the role and database, applies the migrations and loads the demo data once.
# To use an existing PostgreSQL server instead, set ConnectionStrings__Tracker before running it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

APP_URL="${APP_URL:-http://localhost:5080}"
PROJECT_DIR=src/CeasefireTracker.Web

require_dotnet

# bash's own /dev/tcp: a fresh machine may have no curl.
port="${APP_URL##*:}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "Something already listens on port $port: Ceasefire Tracker is probably running at $APP_URL already."
    say "Stop it first, or set APP_URL=http://localhost:<another port>, to start it again."
    exit 0
fi

if [ -n "${ConnectionStrings__Tracker:-}" ]; then
    say "Using the PostgreSQL server from ConnectionStrings__Tracker"
else
    ensure_postgres_running
    ensure_role_and_database ceasefire ceasefire ceasefire
    export ConnectionStrings__Tracker="Host=localhost;Port=$PG_PORT;Database=ceasefire;Username=ceasefire;Password=ceasefire;Timeout=5"
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="$APP_URL"

say "Building"
dotnet build "$PROJECT_DIR" -c Release -nologo -v quiet

cd "$PROJECT_DIR"
say "Applying database migrations"
dotnet run -c Release --no-build --no-launch-profile -- migrate

say "Loading demo data (skipped when already loaded)"
dotnet run -c Release --no-build --no-launch-profile -- seed-demo || {
    status=$?
    [ "$status" -eq 3 ] && say "The database already holds other data, so the demo data was not loaded." || exit "$status"
}

say "Serving Ceasefire Tracker at $APP_URL (Ctrl+C stops it)"
exec dotnet run -c Release --no-build --no-launch-profile
