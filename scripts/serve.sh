#!/usr/bin/env bash
# Installs what is missing, builds every page (the questions, the results,
# presentation mode and the county picture), and serves them on loopback as
# a static host would.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
bash scripts/build.sh
PORT="${PORT:-8080}"
say "Serving on http://127.0.0.1:$PORT/ (Ctrl+C to stop)"
PORT="$PORT" exec node scripts/static_server.mjs
