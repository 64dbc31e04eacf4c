#!/usr/bin/env bash
# Backs up the app's database with pg_dump (custom format: compressed, restorable table by table).
#
#   scripts/backup.sh [DIRECTORY]
#
# Writes DIRECTORY/ceasefire-<database>-<UTC date and time>.dump (DIRECTORY defaults to ./backups) and prints its
# path. The database is the one the app is configured with (ConnectionStrings__Tracker or appsettings.json).
# Restore it with scripts/restore.sh.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/connection.sh"

command -v pg_dump >/dev/null 2>&1 || die "pg_dump is missing. As root run: apt-get install -y postgresql-client"
load_connection

directory="${1:-backups}"
mkdir -p "$directory"
file="$directory/ceasefire-$PGDATABASE-$(date -u +%Y%m%d-%H%M%S).dump"
say "Backing up $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} to $file"
# No owners or grants: the dump restores under whatever role runs the restore.
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$PGDATABASE"
mv "$file.partial" "$file"
echo "$file"
