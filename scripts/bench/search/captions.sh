#!/usr/bin/env bash
# Captions at scale (issue 17, not part of the test suite): in one run, the reference (the poems of chinese-poetry,
# as run.sh indexes them) and videos with ten minutes of captions each (~150 cues of ~20 characters made of the same
# corpus's lines) into the embedded engine (Lucene), and prints BENCH lines: indexing docs/s, index size per document
# on disk, p50/p99 of the same query mix.
#
#   scripts/bench/search/captions.sh [poems=100000] [videos=10000] [cues per video=150]
#
# Needs: a JDK 17+, npm (to fetch the corpus once), about 2 GB of free memory.
set -euo pipefail
cd "$(dirname "$0")/../../.."
poems="${1:-100000}"
videos="${2:-10000}"
cues="${3:-150}"
corpus="${KEPU_BENCH_CORPUS:-/tmp/kepu-bench-corpus}"

if [ ! -d "$corpus/package/dist" ]; then
  mkdir -p "$corpus"
  (cd "$corpus" && npm pack chinese-poetry --silent >/dev/null && tar xzf chinese-poetry-*.tgz)
fi

./mvnw -B -q -o -pl search test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test

cd search
mkdir -p target/bench
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.kepu.search.CaptionBenchmark "$corpus/package/dist" "$poems" "$videos" "$cues" "$PWD/target/bench"
rm -rf target/bench/lucene-poems-* target/bench/lucene-captions-*
