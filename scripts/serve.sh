#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app on loopback.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
PORT="${PORT:-8080}"
say "Serving on http://127.0.0.1:$PORT/ (Ctrl+C to stop)"
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "$PORT"
