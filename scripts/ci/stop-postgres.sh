#!/usr/bin/env bash
# Stops the PostgreSQL started by start-postgres.sh.
set -euo pipefail
port=${1:-25432}
dir=${2:-/tmp/kepu-postgres-$port}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop; else "$bin/pg_ctl" -D "$dir/data" -m fast stop; fi
