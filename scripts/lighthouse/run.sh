#!/usr/bin/env bash
# Lighthouse (mobile profile) on the home, an article, a video, the demo contest's page and its results,
# a search, the registration dashboard and sign-up (and the Mongolian home, article, dashboard and search) of a portal with demo content, against Debian's Chromium. Prints the category scores. Not part of CI.
# Usage: scripts/lighthouse/run.sh      (needs `npm install lighthouse@12` in /opt/lighthouse or on PATH)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${KEPU_LIGHTHOUSE_PORT:-18082}
work=$(mktemp -d /tmp/kepu-lighthouse.XXXXXX)
trap 'kill "$(cat "$work/portal.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT
lighthouse=$(command -v lighthouse || echo /opt/lighthouse/node_modules/.bin/lighthouse)

[ -f portal/target/portal.jar ] || ./mvnw -q -DskipTests package
scripts/bench/pages/start-portal.sh "$port" "$work" > /dev/null
article=$(curl -sf "http://127.0.0.1:$port/api/v1/search?q=%E5%BA%94%E6%80%A5" | grep -o '"url":"/articles/[0-9]*"' | head -1 | cut -d'"' -f4)

contest=$(curl -sf "http://127.0.0.1:$port/contests" | grep -o 'href="/contests/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
# the demo's article in both languages: its Mongolian version (vertical body in the font)
version=$(curl -sf "http://127.0.0.1:$port/api/v1/search?lang=mn&q=%E1%A0%B0%E1%A0%A2%E1%A0%B7%E1%A0%A4%E1%A0%A2" \
  | grep -o '"id":[0-9]*,"type":"article"' | head -1 | grep -o '[0-9]*')

# the Mongolian site (issue 15) beside the Chinese one: its pages must score as well, the Chinese ones must not load its font
for page in / "$article" /videos/1 "$contest" "$contest/results" "/search?q=%E5%BA%94%E6%80%A5" /registrations /signup \
    /mn/ "/mn$article" "/mn/articles/$version" /mn/registrations "/mn/search?q=%E5%BA%94%E6%80%A5"; do
  rm -f "$work/report.json"
  CHROME_PATH=/usr/bin/chromium "$lighthouse" "http://127.0.0.1:$port$page" --quiet --output=json \
    --output-path="$work/report.json" --only-categories=performance,accessibility,seo,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$work/chrome" \
    >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    console.log(process.argv[2].padEnd(32), JSON.stringify(s));
    for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary") console.log("   failing:", a.id);
  ' "$work/report.json" "$page"
done
