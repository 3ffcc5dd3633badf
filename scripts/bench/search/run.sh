#!/usr/bin/env bash
# Search benchmark (not part of the test suite): indexes >=100,000 poems of the npm package chinese-poetry into
# Lucene, then into a real Elasticsearch 9.2.0 (the test distribution the build unpacks), and prints BENCH lines:
# bulk indexing docs/s and query latency p50/p99 at 1 and 8 concurrent clients for a fixed query mix.
#
#   scripts/bench/search/run.sh [documents=100000]
#
# Needs: a JDK 17+ for Maven, a JDK 21+ for Elasticsearch (found like the tests do), npm (to fetch the corpus),
# about 3 GB of free memory. Runs as root too (Elasticsearch then runs as the user kepu-es).
set -euo pipefail
cd "$(dirname "$0")/../../.."
documents="${1:-100000}"
corpus="${KEPU_BENCH_CORPUS:-/tmp/kepu-bench-corpus}"

if [ ! -d "$corpus/package/dist" ]; then
  mkdir -p "$corpus"
  (cd "$corpus" && npm pack chinese-poetry --silent >/dev/null && tar xzf chinese-poetry-*.tgz)
fi

# Compiles the test sources and unpacks Elasticsearch into search/target (from ~/.m2 after the first run).
./mvnw -B -q -pl search test-compile dependency:unpack@unpack-elasticsearch \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

cd search
java -Xmx2g \
  -Dkepu.elasticsearch.dist="$PWD/target/elasticsearch-dist/elasticsearch-9.2.0" \
  -Dkepu.elasticsearch.work="$PWD/target/bench/elasticsearch" \
  -Dkepu.elasticsearch.heap=1g \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.kepu.search.SearchBenchmark "$corpus/package/dist" "$documents" "$PWD/target/bench"
