#!/usr/bin/env bash
# Page throughput of the public pages (home, column, article, video, search results) with wrk, each
# next to wrk fetching a static file of the same size from the same server (the reference), with p99
# and the load average. Anonymous requests, so the page cache answers them (the X-Page-Cache column
# says so); PAGE_CACHE=off measures rendering alone. Not part of CI.
# Usage: scripts/bench/pages/run.sh [seconds] [connections]   (needs Debian's wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-16}
port=18081
work=$(mktemp -d /tmp/kepu-pages-bench.XXXXXX)
trap 'kill "$(cat "$work/portal.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT

[ -f portal/target/portal.jar ] || ./mvnw -q -DskipTests package
KEPU_PAGECACHE_ENABLED=$([ "${PAGE_CACHE:-on}" = off ] && echo false || echo true) \
  scripts/bench/pages/start-portal.sh "$port" "$work" > /dev/null

article=$(curl -sf "http://127.0.0.1:$port/api/v1/search?q=%E5%BA%94%E6%80%A5" | grep -o '"url":"/articles/[0-9]*"' | head -1 | cut -d'"' -f4)
column=$(curl -sf "http://127.0.0.1:$port/" | grep -o 'href="/columns/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
video=/videos/3
search="/search?q=%E5%BA%94%E6%80%A5"
measure() { # name path
  local body="$work/static/$1.html"
  curl -sf "http://127.0.0.1:$port$2" -o "$body"
  local page static
  page=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$2" | awk '/Requests\/sec/ { print $2 } / 99%/ { print $2 }' | paste -sd' ')
  # how the page was answered during the run (HIT: from the page cache)
  local cache
  cache=$(curl -sf -o /dev/null -D - "http://127.0.0.1:$port$2" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-page-cache" { print $2 }')
  static=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/$1.html" | awk '/Requests\/sec/ { print $2 } / 99%/ { print $2 }' | paste -sd' ')
  local page_rps=${page##* } static_rps=${static##* }
  printf '%-8s %6s bytes | page %s req/s (p99 %s, %s) | static %s req/s (p99 %s) | ratio %.2f | load %s\n' \
    "$1" "$(stat -c %s "$body")" "$page_rps" "${page%% *}" "${cache:--}" "$static_rps" "${static%% *}" \
    "$(echo "$page_rps / $static_rps" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
# warm up the JIT before measuring
for path in / "$column" "$article" "$video" "$search"; do
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$path" > /dev/null
done
measure home /
measure column "$column"
measure article "$article"
measure video "$video"
measure search "$search"
