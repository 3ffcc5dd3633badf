#!/usr/bin/env bash
# Starts the built portal with demo content in a throw-away folder for the page benchmarks and
# Lighthouse, waits until the demo videos are transcoded, and prints its PID. Not part of CI.
# Usage: [HEAP=1g] [JAVA_EXTRA=...] scripts/bench/pages/start-portal.sh <port> <work-dir>
set -euo pipefail
port=$1
work=$2
mkdir -p "$work/static"
KEPU_ADMIN_USERNAME=bench KEPU_ADMIN_PASSWORD=Grass-Load-2026 \
  java -Xmx"${HEAP:-1g}" ${JAVA_EXTRA:-} -jar portal/target/portal.jar --server.port="$port" --kepu.data-dir="$work/data" \
  --spring.web.resources.static-locations=classpath:/static/,file:"$work/static/" \
  > "$work/portal.log" 2>&1 &
echo $! > "$work/portal.pid"
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$port/api/v1/videos/3" | grep -q READY; then
    cat "$work/portal.pid"
    exit 0
  fi
  sleep 1
done
echo "the portal did not get ready; see $work/portal.log" >&2
exit 1
