#!/usr/bin/env bash
# Browser test of the dashboard: codes the bundled examples into a temporary SQLite store,
# serves it, loads the dashboard in headless Chromium, checks the rendered DOM (timeline bars,
# network nodes, event rows, highlighted evidence) and saves a screenshot.
#
#   scripts/browser-test.sh             # uses .build/debug/dyad (built if missing)
#   DYAD_BIN=path/to/dyad DYAD_ARTIFACTS=out/ scripts/browser-test.sh
#
# Exits non-zero when a check fails; the DOM and the screenshot stay in the artifacts folder.
set -euo pipefail
cd "$(dirname "$0")/.."

artifacts=${DYAD_ARTIFACTS:-.ci/artifacts}
dyad=${DYAD_BIN:-.build/debug/dyad}
mkdir -p "$artifacts"

if [ ! -x "$dyad" ]; then
  swift build
fi

browser=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
  echo "== installing chromium (Debian package)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
  browser=$(command -v chromium)
fi

work=$(mktemp -d /tmp/dyad-browser.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== ingest the bundled examples"
"$dyad" ingest --db "sqlite:$work/examples.sqlite" Examples/articles/*.txt Examples/articles.jsonl

echo "== serve on a free port"
env -u DYAD_TOKEN "$dyad" serve --db "sqlite:$work/examples.sqlite" --port 0 2>"$work/serve.log" &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "dyad serve exited"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.log"; echo "dyad serve did not start"; exit 1; }
echo "serving at $url"
curl -fsS "$url/health"; echo

chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$work/profile" --window-size=1280,1500 --virtual-time-budget=15000 "$@" 2>>"$work/chromium.log"
}

echo "== rendered DOM"
chrome --dump-dom "$url/" > "$artifacts/dashboard-dom.html"
failures=0
check() {  # check DESCRIPTION MINIMUM PATTERN
  local n
  n=$(grep -o "$3" "$artifacts/dashboard-dom.html" | wc -l)
  if [ "$n" -ge "$2" ]; then
    echo "ok   $1: $n"
  else
    echo "FAIL $1: found $n, expected at least $2"
    failures=$((failures + 1))
  fi
}
check "dyads in the picker" 1 '<option value="[A-Z]*-[A-Z]*"'
check "timeline bars" 1 '<rect class="bar q[1-4]"'
check "timeline Goldstein points" 1 '<circle class="goldstein-point"'
check "network nodes" 2 '<circle class="node[^"]*" [^>]*data-actor="'
check "network edges" 1 '<line class="edge '
check "event rows" 1 '<tr data-event="'
check "evidence sources highlighted" 1 '<mark class="hl-source">'
check "evidence verbs highlighted" 1 '<mark class="hl-verb">'
check "evidence targets highlighted" 1 '<mark class="hl-target">'
if grep -q 'class="error"[^>]*>[^<]' "$artifacts/dashboard-dom.html" || grep -q 'Timeline: \|Network: \|Article: ' "$artifacts/dashboard-dom.html"; then
  echo "FAIL the page shows an error"
  failures=$((failures + 1))
fi

echo "== screenshot"
rm -f "$artifacts/dashboard.png"
chrome --hide-scrollbars --screenshot="$artifacts/dashboard.png" "$url/" >/dev/null
if [ -s "$artifacts/dashboard.png" ]; then
  echo "ok   screenshot: $artifacts/dashboard.png ($(wc -c < "$artifacts/dashboard.png") bytes)"
else
  echo "FAIL no screenshot"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "browser test: $failures check(s) failed (DOM in $artifacts/dashboard-dom.html)"
  exit 1
fi
echo "browser test: all checks passed"
