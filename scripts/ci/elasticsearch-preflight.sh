#!/usr/bin/env bash
# CI preflight for the search module's Elasticsearch tests: they start a real Elasticsearch 9.2.0 (from Maven
# Central's integ-test-zip) with a JDK 21+ as a non-root user. With CI=true a missing piece fails those tests; this
# script says which piece is missing before the long build starts. Usage: scripts/ci/elasticsearch-preflight.sh
set -euo pipefail

jdk="${ES_JAVA_HOME:-}"
if [ -z "$jdk" ]; then
  for candidate in /usr/lib/jvm/temurin-2*; do
    [ -x "$candidate/bin/java" ] && jdk="$candidate"
  done
fi
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/java" ]; then
  echo "elasticsearch-preflight: no JDK 21+ found (set ES_JAVA_HOME or install a Temurin 21+ under /usr/lib/jvm)" >&2
  exit 1
fi
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
if [ "${major:-0}" -lt 21 ]; then
  echo "elasticsearch-preflight: $jdk is Java $major; Elasticsearch 9.2 needs 21 or newer" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ] && ! command -v useradd >/dev/null; then
  echo "elasticsearch-preflight: running as root without useradd; Elasticsearch refuses to run as root" >&2
  exit 1
fi
echo "elasticsearch-preflight: JDK $major at $jdk; Elasticsearch runs as $( [ "$(id -u)" = 0 ] && echo kepu-es || id -un)"
