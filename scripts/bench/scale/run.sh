#!/usr/bin/env bash
# Load on the full stack (issue 8): page throughput and p99 with one and two portals, search
# throughput with Elasticsearch, transcoding throughput (minutes of video per minute) with one and
# two workers. Starts the same stack as the full-stack test (scripts/fullstack/run.sh), measures,
# and removes everything again. Not part of CI; needs Debian's wrk. Do not run it at the same time
# as the full-stack test (same loopback ports).
# Usage: scripts/bench/scale/run.sh [seconds] [connections] [videos]
set -euo pipefail
cd "$(dirname "$0")/../../.."
export KEPU_BENCH_SECONDS=${1:-15} KEPU_BENCH_CONNECTIONS=${2:-16} KEPU_BENCH_VIDEOS=${3:-6}
command -v wrk >/dev/null || { echo "bench: install wrk (apt-get install wrk)" >&2; exit 1; }
KEPU_FULLSTACK_THEN=scripts/bench/scale/measure.sh KEPU_FULLSTACK_WORK=/tmp/kepu-scale-bench \
  exec scripts/fullstack/run.sh
