#!/usr/bin/env bash
# Upload benchmark: one file (1 GiB by default) through the tus endpoint of a running portal, as a
# ratio against references run side by side in the same session, and the portal's peak heap during
# each upload against its heap at rest (after a full GC). Not part of CI.
#   folder store: reference = `cp` of the same file on the same disk (synced).
#   s3 store (S3Mock on loopback): references = `cp`, and the same file into the same S3Mock bucket
#   with the AWS SDK alone (SdkMultipartUpload.java): the plain multipart API, part after part, with
#   the portal's part size. (The SDK's parallel multipart client timed out against S3Mock on a
#   loaded 2-core machine at 1 GiB, so it is not a reference here.)
# Each repetition runs the references and the upload one after the other; medians are printed.
# Usage: [REPS=3] [PART_MIB=8] scripts/bench/upload/run.sh folder|s3 [size-in-MiB]
set -euo pipefail
cd "$(dirname "$0")/../../.."
store=${1:-folder}
size_mib=${2:-1024}
reps=${REPS:-3}
part_mib=${PART_MIB:-8}
port=${PORTAL_PORT:-18480}
s3_port=${S3_PORT:-18490}
work=$(mktemp -d /tmp/kepu-upload-bench.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -f "$work/s3mock/s3mock.pid" ] && kill "$(cat "$work/s3mock/s3mock.pid")" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

[ -f portal/target/portal.jar ] || ./mvnw -B -q -DskipTests package -pl portal -am

# A file that starts like an MP4 (the portal checks the first bytes when the upload completes).
printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom' > "$work/big.mp4"
head -c "$((size_mib * 1024 * 1024 - 24))" /dev/urandom >> "$work/big.mp4"
bytes=$(stat -c %s "$work/big.mp4")

store_args=()
if [ "$store" = s3 ]; then
  scripts/ci/s3mock-start.sh "$s3_port" "$work/s3mock" kepu >/dev/null
  store_args=(--kepu.blobs.store=s3 --kepu.blobs.s3.endpoint="http://127.0.0.1:$s3_port"
    --kepu.blobs.s3.bucket=kepu --kepu.blobs.s3.access-key=kepu --kepu.blobs.s3.secret-key=kepu
    --kepu.blobs.s3.part-size="${part_mib}MB")
  [ -f /tmp/kepu-upload-bench.classpath ] \
    || ./mvnw -B -o -q -pl content dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile=/tmp/kepu-upload-bench.classpath >/dev/null
  classpath=$(cat /tmp/kepu-upload-bench.classpath)
fi

KEPU_ADMIN_USERNAME=bench KEPU_ADMIN_PASSWORD=Grass-Load-2026 \
  java -Xmx1g -jar portal/target/portal.jar --server.port="$port" --kepu.data-dir="$work/data" \
  --kepu.demo.enabled=false --kepu.uploads.max-size=4GB --kepu.uploads.quota-per-user=8GB \
  "${store_args[@]}" > "$work/portal.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -n 40 "$work/portal.log" >&2; exit 1; }
  sleep 1
done

now() { date +%s.%N; }
heap_used_kib() { jstat -gc "$pid" | awk 'NR==2 { print int($3 + $4 + $6 + $8) }'; }
api="http://127.0.0.1:$port/api/v1/uploads"

time_cp() {
  sync
  local start end; start=$(now); cp "$work/big.mp4" "$work/copy.mp4"; sync; end=$(now)
  rm -f "$work/copy.mp4"; echo "$end - $start" | bc -l
}

time_sdk() {
  local s
  s=$(java -cp "$classpath" scripts/bench/upload/SdkMultipartUpload.java "http://127.0.0.1:$s3_port" \
    kepu bench/sdk "$work/big.mp4" "$part_mib")
  curl -sf -X DELETE "http://127.0.0.1:$s3_port/kepu/bench/sdk" >/dev/null
  echo "$s"
}

# prints "seconds rest_kib peak_kib" for one upload of file $1 (default: the big one); the upload
# is deleted afterwards to free the disk
time_tus() {
  local file=${1:-$work/big.mp4} length
  length=$(stat -c %s "$file")
  jcmd "$pid" GC.run >/dev/null
  local idle; idle=$(heap_used_kib)
  jstat -gc "$pid" 200 > "$work/jstat.log" &
  local jstat_pid=$!
  local location
  location=$(curl -sf -u bench:Grass-Load-2026 -X POST "$api" \
    -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $length" \
    -H "Upload-Metadata: filename $(printf 'bench.mp4' | base64)" -D - -o /dev/null \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="location" { print $2 }')
  local start end; start=$(now)
  curl -sf -u bench:Grass-Load-2026 -X PATCH "http://127.0.0.1:$port$location" \
    -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
    -T "$file" -o /dev/null
  end=$(now)
  kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true
  local peak
  peak=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { print int(max) }' "$work/jstat.log")
  curl -sf -u bench:Grass-Load-2026 -X DELETE "http://127.0.0.1:$port$location" -H 'Tus-Resumable: 1.0.0' >/dev/null
  echo "$(echo "$end - $start" | bc -l) $idle $peak"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mib() { echo "scale=1; $1 / 1024" | bc -l; }

# one untimed upload of 64 MiB first, so that the portal's code paths are compiled (JIT)
head -c $((64 * 1024 * 1024)) "$work/big.mp4" > "$work/warm.mp4"
time_tus "$work/warm.mp4" >/dev/null

rows="$work/rows.tsv"
echo -e "rep\tcp_s\tsdk_s\ttus_s\trest_kib\tpeak_kib\tload1" > "$rows"
for rep in $(seq 1 "$reps"); do
  cp_s=$(time_cp)
  sdk_s=-
  if [ "$store" = s3 ]; then sdk_s=$(time_sdk); fi
  read -r tus_s idle peak < <(time_tus)
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo -e "$rep\t$cp_s\t$sdk_s\t$tus_s\t$idle\t$peak\t$load" | tee -a "$rows"
done

col() { awk -F'\t' -v c="$1" 'NR>1 { print $c }' "$rows" | median; }
cp_m=$(col 2); tus_m=$(col 4)
echo "store: $store   file: $((bytes / 1048576)) MiB   repetitions: $reps   part: $part_mib MiB"
echo "plain copy (median):  $(printf %.2f "$cp_m") s  ($(echo "scale=1; $bytes / 1048576 / $cp_m" | bc -l) MiB/s)"
echo "tus upload (median):  $(printf %.2f "$tus_m") s  ($(echo "scale=1; $bytes / 1048576 / $tus_m" | bc -l) MiB/s)"
echo "upload / copy (median of the per-repetition ratios): $(awk -F'\t' 'NR>1 { print $4 / $2 }' "$rows" | median)"
if [ "$store" = s3 ]; then
  echo "SDK multipart (median): $(printf %.2f "$(col 3)") s   upload / SDK (median of the ratios): $(awk -F'\t' 'NR>1 { print $4 / $3 }' "$rows" | median)"
fi
echo "heap at rest → peak (median): $(mib "$(col 5)") MiB → $(mib "$(col 6)") MiB; largest rise $(mib "$(awk -F'\t' 'NR>1 { d = $6 - $5; if (d > m) m = d } END { print m }' "$rows")") MiB"
echo "load average (1 min) after each repetition: $(awk -F'\t' 'NR>1 { printf "%s ", $7 }' "$rows")"
cp "$rows" "/tmp/kepu-upload-bench-$store.tsv"
echo "rows: /tmp/kepu-upload-bench-$store.tsv"
