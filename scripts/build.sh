#!/usr/bin/env bash
# Release build of the site's four pages, each with its own wasm, so that no
# page downloads another's code: the self-assessment (dist/), the results
# (dist/results/), presentation mode (dist/present/) and the facilitator's
# county picture (dist/county/). The first build empties dist/, so the other
# pages are built after it. Every URL is relative (`--public-url ./`), so the
# site works from any folder of any host. Last, the service worker is
# written with the list of this build's files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline --public-url ./
for page in results present county; do
  trunk build --release --offline --dist "dist/$page" --public-url ./ "src/bin/$page/index.html"
done
python3 scripts/write_worker.py dist
