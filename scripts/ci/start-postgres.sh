#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's package) on a loopback port with its own data folder,
# owned by the postgres user because PostgreSQL refuses to run as root.
# Usage: scripts/ci/start-postgres.sh [port] [dir]   -> database and user "kepu", password "kepu"
set -euo pipefail
port=${1:-25432}
dir=${2:-/tmp/kepu-postgres-$port}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

if [ -f "$dir/data/postmaster.pid" ]; then
  as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "create user kepu password 'kepu'" -c "create database kepu owner kepu" >/dev/null
echo "PostgreSQL ready on 127.0.0.1:$port (data in $dir)"
