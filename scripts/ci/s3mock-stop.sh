#!/usr/bin/env bash
# Stops the S3Mock started by s3mock-start.sh (its data folder is emptied on the way out).
set -euo pipefail
port=${1:-29090}
dir=${2:-/tmp/kepu-s3mock-$port}
pid=$(cat "$dir/s3mock.pid")
kill "$pid"
for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.25; done
kill -9 "$pid"
