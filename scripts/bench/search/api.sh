#!/usr/bin/env bash
# Overhead of GET /api/v1/search over the engine call (SearchIndex.search) for the same queries (not part of the
# test suite): starts the portal in a JVM with the poems of chinese-poetry in its index, on Lucene, then on a real
# Elasticsearch 9.2.0 (the test distribution), and prints BENCH lines: p50/p99 of both and their ratio at 1 and 8
# concurrent clients.
#
#   scripts/bench/search/api.sh [documents=100000] [engines="lucene elasticsearch"]
#
# Needs what scripts/bench/search/run.sh needs (JDK 17+, JDK 21+ for Elasticsearch, npm for the corpus, ~3 GB).
set -euo pipefail
cd "$(dirname "$0")/../../.."
documents="${1:-100000}"
engines="${2:-lucene elasticsearch}"
corpus="${KEPU_BENCH_CORPUS:-/tmp/kepu-bench-corpus}"
work="$PWD/portal/target/bench"

if [ ! -d "$corpus/package/dist" ]; then
  mkdir -p "$corpus"
  (cd "$corpus" && npm pack chinese-poetry --silent >/dev/null && tar xzf chinese-poetry-*.tgz)
fi

# Compiles (tests included) and writes each module's classpath; unpacks Elasticsearch into search/target.
./mvnw -B -q -pl portal -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
./mvnw -B -q -pl search dependency:unpack@unpack-elasticsearch
portal_cp="portal/target/test-classes:portal/target/classes:$(cat portal/target/bench-classpath.txt)"
mkdir -p "$work"

for engine in $engines; do
  if [ "$engine" = lucene ]; then
    java -Xmx2g -cp "$portal_cp" org.kepu.portal.search.SearchApiBenchmark \
      "$corpus/package/dist" "$documents" "$work" lucene
  else
    es_log="$work/elasticsearch.log"
    (cd search && exec java \
      -Dkepu.elasticsearch.dist="$PWD/target/elasticsearch-dist/elasticsearch-9.2.0" \
      -Dkepu.elasticsearch.work="$PWD/target/bench/elasticsearch" \
      -Dkepu.elasticsearch.heap=1g \
      -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
      org.kepu.search.ElasticsearchForBenchmarks) > "$es_log" 2>&1 &
    es_pid=$!
    trap 'kill "$es_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 180); do
      grep -q '^ELASTICSEARCH ' "$es_log" && break
      kill -0 "$es_pid" 2>/dev/null || { cat "$es_log" >&2; exit 1; }
      sleep 1
    done
    uri=$(awk '/^ELASTICSEARCH / { print $2 }' "$es_log")
    java -Xmx2g -cp "$portal_cp" org.kepu.portal.search.SearchApiBenchmark \
      "$corpus/package/dist" "$documents" "$work" "$uri"
    kill "$es_pid"
    wait "$es_pid" 2>/dev/null || true
  fi
done
