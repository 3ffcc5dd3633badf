#!/usr/bin/env bash
# Page throughput of the home and an article page with wrk, each next to wrk fetching a static file
# of the same size from the same server (the reference). Not part of CI.
# Usage: scripts/bench/pages/run.sh [seconds] [connections]   (needs Debian's wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-16}
port=18081
work=$(mktemp -d /tmp/kepu-pages-bench.XXXXXX)
trap 'kill "$(cat "$work/portal.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT

[ -f portal/target/portal.jar ] || ./mvnw -q -DskipTests package
scripts/bench/pages/start-portal.sh "$port" "$work" > /dev/null

article=$(curl -sf "http://127.0.0.1:$port/api/v1/search?q=%E5%BA%94%E6%80%A5" | grep -o '"url":"/articles/[0-9]*"' | head -1 | cut -d'"' -f4)
measure() { # name path
  local body="$work/static/$1.html"
  curl -sf "http://127.0.0.1:$port$2" -o "$body"
  local page static
  page=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$2" | awk '/Requests\/sec/ { print $2 } / 99%/ { print $2 }' | paste -sd' ')
  static=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/$1.html" | awk '/Requests\/sec/ { print $2 } / 99%/ { print $2 }' | paste -sd' ')
  local page_rps=${page##* } static_rps=${static##* }
  printf '%-8s %6s bytes | page %s req/s (p99 %s) | static %s req/s (p99 %s) | ratio %.2f\n' \
    "$1" "$(stat -c %s "$body")" "$page_rps" "${page%% *}" "$static_rps" "${static%% *}" \
    "$(echo "$page_rps / $static_rps" | bc -l)"
}
# warm up the JIT before measuring
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/" > /dev/null
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$article" > /dev/null
measure home /
measure article "$article"
