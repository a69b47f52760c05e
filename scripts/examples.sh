#!/usr/bin/env bash
# Sets up, builds dyad and codes the bundled example articles (embedded SQLite, no server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
.build/debug/dyad code --format table Examples/articles/*.txt Examples/articles.jsonl
