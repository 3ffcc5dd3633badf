#!/usr/bin/env bash
# Memory under load: the embedded-default portal (pages, uploads and the transcoding worker in one
# JVM, demo content) in a small heap while, at the same time, wrk reads the public pages, a 1 GiB tus
# upload streams in and a 60 s 1080p video is uploaded, created and transcoded. Reports the heap's
# peak use and capacity, collections, wrk's errors, and any OutOfMemoryError or ERROR in the log.
# Not part of CI (issue 18: "runs in a 512 MiB heap without errors").
# Usage: [HEAP=512m] [SECONDS_PAGES=150] [UPLOAD_MIB=1024] scripts/bench/memory/run.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
heap=${HEAP:-512m}
seconds=${SECONDS_PAGES:-150}
upload_mib=${UPLOAD_MIB:-1024}
port=18082
base="http://127.0.0.1:$port"
auth=(-u bench:Grass-Load-2026)
work=$(mktemp -d /tmp/kepu-memory-bench.XXXXXX)
trap 'kill "$(cat "$work/portal.pid" 2>/dev/null)" 2>/dev/null; kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

[ -f portal/target/portal.jar ] || ./mvnw -q -DskipTests package
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
HEAP=$heap JAVA_EXTRA="-Xlog:gc:file=$work/gc.log" scripts/bench/pages/start-portal.sh "$port" "$work" >/dev/null
pid=$(cat "$work/portal.pid")
echo "portal pid $pid with -Xmx$heap is ready (demo videos transcoded)"

# samples heap used and capacity (KiB) every 200 ms for the whole run
jstat -gc "$pid" 200 > "$work/jstat.log" &
jstat_pid=$!

# tus: create, one PATCH with the whole file; prints the upload id
tus() {
  local file=$1 size location
  size=$(stat -c %s "$file")
  location=$(curl -fsS "${auth[@]}" -X POST -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $size" \
    -H "Upload-Metadata: filename $(printf '%s' "$(basename "$file")" | base64 -w0)" \
    -D - -o /dev/null "$base/api/v1/uploads" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
  curl -fsS "${auth[@]}" -X PATCH -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' \
    -H 'Content-Type: application/offset+octet-stream' -T "$file" -o /dev/null "$base$location"
  echo "${location##*/}"
}

ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x1080:rate=25" -f lavfi -i "sine=frequency=440:sample_rate=44100" \
  -t 60 -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest "$work/clip.mp4"
printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom' > "$work/big.mp4"
head -c "$((upload_mib * 1024 * 1024 - 24))" /dev/urandom >> "$work/big.mp4"

article=$(curl -sf "$base/api/v1/search?q=%E5%BA%94%E6%80%A5" | grep -o '"url":"/articles/[0-9]*"' | head -1 | cut -d'"' -f4)
column=$(curl -sf "$base/" | grep -o 'href="/columns/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
pages=(/ "$column" "$article" /videos/3 "/search?q=%E5%BA%94%E6%80%A5" /mn/ "/mn$article")
start=$(date +%s.%N)
for path in "${pages[@]}"; do
  wrk -t1 -c4 -d"${seconds}s" "$base$path" > "$work/wrk-$(echo "$path" | tr -c 'a-z0-9' _).log" &
done

# the 1 GiB upload and the transcode start a little into the page load, one after the other
sleep 5
t0=$(date +%s.%N)
big_id=$(tus "$work/big.mp4")
t1=$(date +%s.%N)
clip_id=$(tus "$work/clip.mp4")
video=$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
  -d "{\"uploadId\":\"$clip_id\",\"title\":\"内存测试视频\"}" "$base/api/v1/videos" | jq -er .id)
t2=$(date +%s.%N)
status=""
for _ in $(seq 1 600); do
  status=$(curl -fsS "${auth[@]}" "$base/api/v1/videos/$video" | jq -r .status)
  [ "$status" = READY ] || [ "$status" = FAILED ] || [ "$status" = REJECTED ] && break
  sleep 1
done
t3=$(date +%s.%N)
wait $(jobs -p | grep -v "^$jstat_pid\$") 2>/dev/null || true
kill "$jstat_pid" 2>/dev/null || true
curl -fsS "${auth[@]}" -X DELETE -H 'Tus-Resumable: 1.0.0' "$base/api/v1/uploads/$big_id" >/dev/null || true

echo "1 GiB upload: $(printf %.1f "$(echo "$t1 - $t0" | bc -l)") s; 60 s 1080p clip uploaded and created: $(printf %.1f "$(echo "$t2 - $t1" | bc -l)") s; transcode until $status: $(printf %.1f "$(echo "$t3 - $t2" | bc -l)") s"
for log in "$work"/wrk-*.log; do
  awk -v name="$(basename "$log" .log)" '/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF } /Socket errors/ { sock = $0 }
    END { printf "  %-40s %8s req/s  non-2xx/3xx: %s  %s\n", name, rps, bad ? bad : 0, sock }' "$log"
done
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; cap = $1 + $2 + $5 + $7; if (used > u) u = used; if (cap > c) c = cap }
  END { printf "heap used, peak: %.1f MiB; heap capacity, peak: %.1f MiB (limit %s)\n", u / 1024, c / 1024, "'"$heap"'" }' "$work/jstat.log"
tail -n 1 "$work/jstat.log" | awk '{ printf "collections: %d young (%.2f s), %d full (%.2f s)\n", $13, $14, $15, $16 }'
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/portal.log" || true)"
echo "ERROR lines in the log: $(grep -c ' ERROR ' "$work/portal.log" || true)"
grep ' ERROR ' "$work/portal.log" | head -n 5 || true
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)   elapsed: $(printf %.0f "$(echo "$(date +%s.%N) - $start" | bc -l)") s"
