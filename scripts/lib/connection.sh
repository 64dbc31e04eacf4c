# Sourced by backup.sh and restore.sh: turns the app's connection string into libpq's environment variables.
#
# The connection string is the app's own: ConnectionStrings__Tracker when set, else ConnectionStrings:Tracker in
# src/CeasefireTracker.Web/appsettings.json. Its Host, Port, Database, Username and Password become PGHOST, PGPORT,
# PGDATABASE, PGUSER and PGPASSWORD, so pg_dump and pg_restore reach the database the app uses.

load_connection() {
    local connection="${ConnectionStrings__Tracker:-}"
    if [ -z "$connection" ]; then
        connection=$(sed -n 's/.*"Tracker": *"\([^"]*\)".*/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../../src/CeasefireTracker.Web/appsettings.json" | head -n 1)
    fi
    [ -n "$connection" ] || die "No connection string: set ConnectionStrings__Tracker."
    local pair key value
    IFS=';' read -ra pairs <<<"$connection"
    for pair in "${pairs[@]}"; do
        key=$(printf '%s' "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
        value="${pair#*=}"
        case "$key" in
            host|server) export PGHOST="$value" ;;
            port) export PGPORT="$value" ;;
            database|db) export PGDATABASE="$value" ;;
            username|userid|user) export PGUSER="$value" ;;
            password) export PGPASSWORD="$value" ;;
        esac
    done
}
