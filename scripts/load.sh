#!/usr/bin/env bash
# Load test: 200 readers at once for 60 seconds against the public pages (the app on real Kestrel on loopback,
# with the demo data in a database of its own), then the request count and latency percentiles.
#
#   scripts/load.sh [SECONDS] [READERS]
#
# Needs what scripts/test.sh needs (PostgreSQL; CEASEFIRE_TEST_ADMIN_CONNECTION to use another server).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
require_dotnet
export CEASEFIRE_LOAD_SECONDS="${1:-60}" CEASEFIRE_LOAD_READERS="${2:-200}"
dotnet test tests/CeasefireTracker.Tests -c Release -nologo --filter "FullyQualifiedName~Operations.LoadTests" \
    --logger "console;verbosity=detailed" | grep -E "readers,|latency ms|Passed|Failed|failed requests" || true
