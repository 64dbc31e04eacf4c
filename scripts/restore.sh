#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a fresh database.
#
#   scripts/restore.sh FILE [DATABASE] [--force]
#
# DATABASE defaults to the app's configured database. A database that does not exist is created (UTF-8). One that
# exists and holds tables is left alone unless --force is given, which drops and recreates it first. The server and
# role are the app's (ConnectionStrings__Tracker or appsettings.json); the role needs CREATEDB.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/connection.sh"

force=false
args=()
for arg in "$@"; do
    case "$arg" in
        --force) force=true ;;
        *) args+=("$arg") ;;
    esac
done
[ "${#args[@]}" -ge 1 ] || die "Usage: scripts/restore.sh FILE [DATABASE] [--force]"
file="${args[0]}"
[ -f "$file" ] || die "No backup file $file."
command -v pg_restore >/dev/null 2>&1 || die "pg_restore is missing. As root run: apt-get install -y postgresql-client"
load_connection
target="${args[1]:-$PGDATABASE}"

# psql on the maintenance database, with the target's name passed as a variable, never pasted into SQL.
admin() { psql --no-psqlrc --quiet --tuples-only --no-align --set ON_ERROR_STOP=1 --set target="$target" --dbname=postgres "$@"; }

exists=$(admin <<<"SELECT 1 FROM pg_database WHERE datname = :'target';")
if [ -n "$exists" ]; then
    tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$target" \
        --command="SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
    if [ "$tables" -gt 0 ]; then
        $force || die "Database $target already holds $tables tables; nothing was changed. Add --force to replace it."
        say "Dropping database $target (--force)"
        admin <<<'DROP DATABASE :"target" WITH (FORCE);'
        exists=""
    fi
fi
if [ -z "$exists" ]; then
    say "Creating database $target"
    admin <<<"CREATE DATABASE :\"target\" TEMPLATE template0 ENCODING 'UTF8';"
fi

say "Restoring $file into $target"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$file"
say "Restored $target"
