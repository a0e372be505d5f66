#!/usr/bin/env bash
# Release build of both pages, each with its own wasm: the self-assessment
# (dist/) and the facilitator's county picture (dist/county/), so the
# officer's first load never carries the county view. The first build
# empties dist/, so the county page is built second. Every URL is relative
# (`--public-url ./`), so the site works from any folder of any host. Last,
# the service worker is written with the list of this build's files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline --public-url ./
trunk build --release --offline --dist dist/county --public-url ./ src/bin/county/index.html
python3 scripts/write_worker.py dist
