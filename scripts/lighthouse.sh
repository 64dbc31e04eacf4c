#!/usr/bin/env bash
# Lighthouse (mobile: simulated slow 4G and a slowed CPU) on the pages a reader on a phone arrives at, against an app
# that is already running. Prints one line a page: performance, accessibility, FCP, LCP and bytes transferred.
#
#   scripts/lighthouse.sh [base URL]          default http://localhost:5080 (scripts/run.sh)
#
# Installs the pinned Lighthouse with npm into .tools/lighthouse (not globally) and runs it in Debian's Chromium.
# ACTOR picks the actor of /timeline?actor= and /actors/{slug} (default steve-witkoff); the event page is that
# actor's latest event. The full reports go to $REPORTS (default artifacts/lighthouse).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

BASE_URL="${1:-${APP_URL:-http://localhost:5080}}"
BASE_URL="${BASE_URL%/}"
ACTOR="${ACTOR:-steve-witkoff}"
REPORTS="${REPORTS:-artifacts/lighthouse}"
LIGHTHOUSE_VERSION=12.2.3
TOOLS=.tools/lighthouse
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

command -v node >/dev/null 2>&1 || die "Node.js is not installed (Lighthouse $LIGHTHOUSE_VERSION needs Node 18.20 or later): apt-get install nodejs npm"
[ -x "$CHROME_PATH" ] || die "No Chromium at $CHROME_PATH: apt-get install chromium, or set CHROME_PATH."
command -v curl >/dev/null 2>&1 || die "curl is not installed: apt-get install curl"

lighthouse="$TOOLS/node_modules/.bin/lighthouse"
if [ "$("$lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    say "Installing lighthouse@$LIGHTHOUSE_VERSION into $TOOLS"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --save-exact --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

curl -fsS -o /dev/null "$BASE_URL/health" || die "Nothing answers at $BASE_URL: start the app first (scripts/run.sh)."
event=$(curl -fsS "$BASE_URL/api/events?actor=$ACTOR" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
        const items = JSON.parse(s).items ?? [];
        if (items.length) console.log(items[0].slug);
    });')
[ -n "$event" ] || die "The actor '$ACTOR' has no published event at $BASE_URL: set ACTOR to another actor's slug."

pages=("/" "/timeline?actor=$ACTOR" "/events/$event" "/actors/$ACTOR" "/ceasefires" "/claims")
# One request each first, so that start-up work (JIT, the first queries) is not timed as the page's.
for page in "${pages[@]}"; do curl -fsS -o /dev/null "$BASE_URL$page"; done
mkdir -p "$REPORTS"
say "Lighthouse $LIGHTHOUSE_VERSION, mobile preset, $BASE_URL (reports in $REPORTS)"
printf '%-56s %11s %13s %7s %7s %12s\n' page performance accessibility FCP LCP transferred
for page in "${pages[@]}"; do
    report="$REPORTS/$(printf '%s' "$page" | tr -c 'A-Za-z0-9-' '_').json"
    "$lighthouse" "$BASE_URL$page" --quiet --output=json --output-path="$report" \
        --only-categories=performance,accessibility \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" >&2
    node -e '
        const r = require(require("path").resolve(process.argv[1]));
        const a = r.audits, score = c => Math.round(r.categories[c].score * 100);
        const s = ms => (ms / 1000).toFixed(1) + " s";
        console.log([process.argv[2].padEnd(56), String(score("performance")).padStart(11),
            String(score("accessibility")).padStart(13), s(a["first-contentful-paint"].numericValue).padStart(7),
            s(a["largest-contentful-paint"].numericValue).padStart(7),
            ((a["total-byte-weight"].numericValue / 1024).toFixed(1) + " KiB").padStart(12)].join(" "));
        for (const [id, audit] of Object.entries(a))
            if (audit.score !== null && audit.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode) && r.categories.accessibility.auditRefs.some(x => x.id === id))
                console.log("    accessibility: " + audit.title);
    ' "$report" "$page"
done
