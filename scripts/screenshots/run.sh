#!/usr/bin/env bash
# Phone (390×844) and desktop (1366×900) screenshots of the pages people use every day, taken with
# headless Chromium from a running portal. Usage:
#   scripts/screenshots/run.sh [base-url] [out-dir]
# Back-office pages need an administrator: KEPU_SHOTS_USER and KEPU_SHOTS_PASSWORD (any account
# with ADMIN; its password must already be changed from a temporary one). Without them only the
# public pages are taken. Needs node/npm (playwright-core is installed into a cache folder) and
# Debian's chromium (CHROME_PATH overrides).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="${1:-http://localhost:8080}"
out="${2:-target/screenshots}"
cache="${KEPU_SHOTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kepu-screenshots}"
if [ ! -d "$cache/node_modules/playwright-core" ]; then
  mkdir -p "$cache"
  npm install --silent --prefix "$cache" playwright-core@1.49.0 >/dev/null
fi
mkdir -p "$out"
NODE_PATH="$cache/node_modules" node "$here/shots.cjs" "$base" "$(cd "$out" && pwd)"
