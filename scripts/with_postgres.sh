#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster:
#
#     scripts/with_postgres.sh .venv/bin/python -m pytest
#
# Creates a cluster in a temporary folder, starts it on a free loopback port,
# exports DATABASE_URL for the command, and stops and deletes the cluster on
# exit, whatever happens.  Runs initdb/pg_ctl as the `postgres` user when
# started as root (PostgreSQL refuses to run as root).  Durability is switched
# off: the data lives only as long as the command.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

find_pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    echo "PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql-15 or set PG_BIN" >&2
    exit 1
}
PG_BIN=$(find_pg_bin)

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

CLUSTER=$(mktemp -d "${TMPDIR:-/tmp}/crs-postgres.XXXXXX")
PORT=$(free_port)
DB_USER=crs
DB_NAME=crs

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}

cleanup() {
    status=$?
    if [ -f "$CLUSTER/data/postmaster.pid" ]; then
        as_owner "'$PG_BIN/pg_ctl' -D '$CLUSTER/data' -m immediate -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$CLUSTER"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$CLUSTER"
fi

as_owner "'$PG_BIN/initdb' -D '$CLUSTER/data' -U $DB_USER --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync" \
    >"$CLUSTER/initdb.log" 2>&1 || { cat "$CLUSTER/initdb.log" >&2; exit 1; }

OPTIONS="-p $PORT -c listen_addresses=127.0.0.1 -k '$CLUSTER' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
as_owner "'$PG_BIN/pg_ctl' -D '$CLUSTER/data' -l '$CLUSTER/server.log' -o \"$OPTIONS\" -w -t 60 start" >/dev/null \
    || { cat "$CLUSTER/server.log" >&2; exit 1; }

"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" "$DB_NAME"

export DATABASE_URL="postgres://$DB_USER@127.0.0.1:$PORT/$DB_NAME"
echo "with_postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

# Not exec: the EXIT trap must still stop the cluster.
"$@"
