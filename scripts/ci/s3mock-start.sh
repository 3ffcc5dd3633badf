#!/usr/bin/env bash
# Starts a throw-away S3 endpoint (Adobe S3Mock's standalone jar, the one the content tests use)
# for running the portal or a media worker with kepu.blobs.store=s3 on this machine. S3Mock's HTTP
# connector listens on every interface whatever we ask, so use it through 127.0.0.1 only.
# Usage: scripts/ci/s3mock-start.sh [port] [dir] [bucket]   -> prints the KEPU_BLOBS_* settings
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-29090}
dir=${2:-/tmp/kepu-s3mock-$port}
bucket=${3:-kepu}
jar=content/target/s3mock/s3mock.jar

if [ ! -f "$jar" ]; then
  # the content module's build copies com.adobe.testing:s3mock:exec there from ~/.m2
  ./mvnw -B -q -pl content -Dspotless.check.skip=true process-test-resources
fi
if [ -f "$dir/s3mock.pid" ] && kill -0 "$(cat "$dir/s3mock.pid")" 2>/dev/null; then
  kill "$(cat "$dir/s3mock.pid")"
fi
rm -rf "$dir"
mkdir -p "$dir/data"
# the HTTPS connector is not used; it goes on the next port, on loopback
nohup java -Xmx384m -jar "$jar" \
  --com.adobe.testing.s3mock.httpPort="$port" --server.port=$((port + 1)) --server.address=127.0.0.1 \
  --com.adobe.testing.s3mock.store.root="$dir/data" --server.shutdown=immediate --spring.main.banner-mode=off \
  >"$dir/s3mock.log" 2>&1 &
echo $! >"$dir/s3mock.pid"

for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then
    curl -fsS -o /dev/null -X PUT "http://127.0.0.1:$port/$bucket"
    echo "S3Mock ready on http://127.0.0.1:$port with bucket $bucket (log in $dir/s3mock.log):"
    echo "  KEPU_BLOBS_STORE=s3 KEPU_BLOBS_S3_ENDPOINT=http://127.0.0.1:$port KEPU_BLOBS_S3_BUCKET=$bucket" \
      "KEPU_BLOBS_S3_ACCESS_KEY=kepu KEPU_BLOBS_S3_SECRET_KEY=kepu"
    exit 0
  fi
  kill -0 "$(cat "$dir/s3mock.pid")" 2>/dev/null || { tail -n 30 "$dir/s3mock.log" >&2; exit 1; }
  sleep 0.5
done
echo "S3Mock did not answer on 127.0.0.1:$port within 90 s; see $dir/s3mock.log" >&2
exit 1
