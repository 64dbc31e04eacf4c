#!/usr/bin/env bash
# Builds what production needs to bring a database's schema up to date without the app migrating on start-up:
#
#   artifacts/migrations/efbundle     a self-contained EF Core migration bundle (linux-x64). Run it with
#                                     ConnectionStrings__Tracker='Host=…;Database=…;Username=…;Password=…' ./efbundle
#   artifacts/migrations/migrate.sql  the same migrations as one idempotent SQL script, for a DBA to review and
#                                     run with psql -v ON_ERROR_STOP=1 -f migrate.sql
#
#   scripts/migration-bundle.sh [RUNTIME]     (RUNTIME defaults to linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
require_dotnet

runtime="${1:-linux-x64}"
out=artifacts/migrations
mkdir -p "$out"
dotnet tool restore >/dev/null
# The design-time host needs a connection string to start; nothing connects to it.
export ConnectionStrings__Tracker="${ConnectionStrings__Tracker:-Host=localhost;Database=unused}"
say "Writing $out/migrate.sql"
dotnet ef migrations script --idempotent --project src/CeasefireTracker.Web --configuration Release --output "$out/migrate.sql"
say "Building $out/efbundle for $runtime"
dotnet ef migrations bundle --project src/CeasefireTracker.Web --configuration Release --self-contained \
    --target-runtime "$runtime" --output "$out/efbundle" --force
say "Done: $out/efbundle and $out/migrate.sql"
