# Shared by run.sh and test.sh: installing and starting what the app needs on a Debian machine.
# Sourced, not run. Every failure says what to do next.

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31mError:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 127
    fi
}

# Runs a command as the postgres system user (peer authentication, no password needed).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -u postgres "$@"
    else
        return 127
    fi
}

require_dotnet() {
    command -v dotnet >/dev/null 2>&1 || die "The .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian) and run this again."
    local major
    major=$(dotnet --version 2>/dev/null | cut -d. -f1)
    [ "${major:-0}" -ge 10 ] || die "The .NET SDK found is $(dotnet --version); this project needs .NET 10 or later."
}

APT_UPDATED=""
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ -z "$APT_UPDATED" ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Installs PostgreSQL from the distribution when it is missing and starts its first cluster.
ensure_postgres_running() {
    # A bare machine often has no LANG: the cluster apt creates would then be SQL_ASCII, where full-text search
    # and trigrams treat Cyrillic as non-letters. C.UTF-8 exists on every Debian system.
    export LANG="${LANG:-C.UTF-8}"
    export LC_ALL="${LC_ALL:-$LANG}"
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        say "Installing PostgreSQL from the distribution's packages"
        apt_install postgresql postgresql-contrib || die "Could not install PostgreSQL. As root run:
    apt-get update && apt-get install -y postgresql
or point the app at an existing server:
    export ConnectionStrings__Tracker='Host=...;Port=5432;Database=ceasefire;Username=...;Password=...'"
    fi

    local cluster
    cluster=$(pg_lsclusters --no-header 2>/dev/null | head -n 1)
    if [ -z "$cluster" ]; then
        local version
        version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
        [ -n "$version" ] || die "PostgreSQL is installed but no server version was found under /usr/lib/postgresql."
        say "Creating PostgreSQL cluster $version/main"
        as_root pg_createcluster "$version" main >&2 || die "Could not create a PostgreSQL cluster. As root run: pg_createcluster $version main --start"
        cluster=$(pg_lsclusters --no-header | head -n 1)
    fi

    local version name status port
    read -r version name port status _ <<<"$cluster"
    if [ "$status" != "online" ]; then
        say "Starting PostgreSQL $version/$name"
        as_root pg_ctlcluster "$version" "$name" start >&2 || die "Could not start PostgreSQL. As root run:
    pg_ctlcluster $version $name start
then run this again (see /var/log/postgresql/postgresql-$version-$name.log if it fails)."
    fi
    PG_PORT="$port"

    local tries=0
    until pg_isready -q -h localhost -p "$PG_PORT"; do
        tries=$((tries + 1))
        [ "$tries" -le 30 ] || die "PostgreSQL did not accept connections on localhost:$PG_PORT within 30 seconds."
        sleep 1
    done
}

# Creates (or updates the password of) a login role that may create databases, and optionally a database it owns.
ensure_role_and_database() {
    local role="$1" password="$2" database="${3:-}"
    as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres >/dev/null <<SQL || die "Could not create the database role '$role'. As the postgres user run:
    psql -c \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\""
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
    ELSE
        ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password';
    END IF;
END
\$\$;
SQL
    if [ -n "$database" ]; then
        if ! as_postgres psql -tAq -p "$PG_PORT" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
            say "Creating database $database"
            # UTF-8 whatever the cluster's default is: names and quotes come in many scripts.
            as_postgres createdb -p "$PG_PORT" -O "$role" -E UTF8 --locale=C.UTF-8 -T template0 "$database" \
                || die "Could not create database '$database'."
        fi
    fi
}

# Starts a Redis of the test run's own on a free port of 127.0.0.1 (installing redis-server when it is missing) and
# exports CEASEFIRE_TEST_REDIS for the tests of the shared page cache. It keeps nothing on disk and is stopped when
# the calling script exits.
start_test_redis() {
    if ! command -v redis-server >/dev/null 2>&1; then
        say "Installing Redis from the distribution's packages"
        apt_install redis-server || die "Could not install Redis. As root run:
    apt-get update && apt-get install -y redis-server
or set CEASEFIRE_TEST_REDIS to host:port of a Redis the tests may use."
    fi
    local port=6390
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    TEST_REDIS_DIR=$(mktemp -d -t ceasefire-redis-XXXXXX)
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
        --dir "$TEST_REDIS_DIR" --pidfile "$TEST_REDIS_DIR/redis.pid" --logfile "$TEST_REDIS_DIR/redis.log" >&2 \
        || die "Could not start Redis on port $port (see $TEST_REDIS_DIR/redis.log)."
    trap stop_test_redis EXIT
    local tries=0
    until redis-cli -p "$port" ping >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -le 50 ] || die "Redis did not answer on port $port within 5 seconds."
        sleep 0.1
    done
    export CEASEFIRE_TEST_REDIS="127.0.0.1:$port"
    say "Redis for the tests on $CEASEFIRE_TEST_REDIS"
}

stop_test_redis() {
    if [ -n "${TEST_REDIS_DIR:-}" ] && [ -f "$TEST_REDIS_DIR/redis.pid" ]; then
        kill "$(cat "$TEST_REDIS_DIR/redis.pid")" 2>/dev/null || true
    fi
    [ -z "${TEST_REDIS_DIR:-}" ] || rm -rf "$TEST_REDIS_DIR"
}
