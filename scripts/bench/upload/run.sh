#!/usr/bin/env bash
# Upload benchmark: one 1 GiB file through the tus endpoint of a running portal (folder store),
# throughput as a ratio against a plain copy of the same file on the same disk, and the portal's
# peak heap during the upload against its heap at rest. Not part of CI.
# Usage: scripts/bench/upload/run.sh [size-in-MiB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/../../.."
size_mib=${1:-1024}
work=$(mktemp -d /tmp/kepu-upload-bench.XXXXXX)
port=18080
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

[ -f portal/target/portal.jar ] || ./mvnw -q -DskipTests package

# A file that starts like an MP4 (the portal checks the first bytes when the upload completes).
printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom' > "$work/big.mp4"
head -c "$((size_mib * 1024 * 1024 - 24))" /dev/urandom >> "$work/big.mp4"
bytes=$(stat -c %s "$work/big.mp4")

sync
start=$(date +%s.%N); cp "$work/big.mp4" "$work/copy.mp4"; sync; end=$(date +%s.%N)
copy_s=$(echo "$end - $start" | bc -l); rm -f "$work/copy.mp4"

KEPU_ADMIN_USERNAME=bench KEPU_ADMIN_PASSWORD=Grass-Load-2026 \
  java -Xmx1g -jar portal/target/portal.jar --server.port=$port --kepu.data-dir="$work/data" \
  --kepu.demo.enabled=false --kepu.uploads.max-size=4GB --kepu.uploads.quota-per-user=8GB \
  > "$work/portal.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 1; done

heap_used_kib() { jstat -gc "$pid" | awk 'NR==2 { print int($3 + $4 + $6 + $8) }'; }
idle=$(heap_used_kib)
jstat -gc "$pid" 200 > "$work/jstat.log" &
jstat_pid=$!

location=$(curl -sf -u bench:Grass-Load-2026 -X POST "http://127.0.0.1:$port/api/v1/uploads" \
  -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $bytes" \
  -H "Upload-Metadata: filename $(printf 'bench.mp4' | base64)" -D - -o /dev/null \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="location" { print $2 }')
start=$(date +%s.%N)
curl -sf -u bench:Grass-Load-2026 -X PATCH "http://127.0.0.1:$port$location" \
  -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
  -T "$work/big.mp4" -o /dev/null
end=$(date +%s.%N)
kill "$jstat_pid"
upload_s=$(echo "$end - $start" | bc -l)
peak=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { print int(max) }' "$work/jstat.log")

mib() { echo "scale=1; $1 / 1048576" | bc -l; }
echo "file:            $(mib "$bytes") MiB"
echo "plain copy:      $(printf %.2f "$copy_s") s  ($(echo "scale=1; $bytes / 1048576 / $copy_s" | bc -l) MiB/s)"
echo "tus upload:      $(printf %.2f "$upload_s") s  ($(echo "scale=1; $bytes / 1048576 / $upload_s" | bc -l) MiB/s)"
echo "upload/copy time ratio: $(echo "scale=2; $upload_s / $copy_s" | bc -l)"
echo "heap at rest:    $(echo "scale=1; $idle / 1024" | bc -l) MiB"
echo "peak heap:       $(echo "scale=1; $peak / 1024" | bc -l) MiB (ratio to rest $(echo "scale=2; $peak / $idle" | bc -l))"
