#!/usr/bin/env bash
# Release build of the site's five pages, each with its own wasm, so that no
# page downloads another's code: the self-assessment (dist/), the results
# (dist/results/), presentation mode (dist/present/) and the facilitator's
# county picture (dist/county/) with its report (dist/county/report/). The
# first build empties dist/, so the other pages are built after it. Every URL is relative (`--public-url ./`), so the
# site works from any folder of any host. Last, the service worker is
# written with the list of this build's files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline --public-url ./
# Each page's binary, and the folder it is published in: the county
# report sits inside the county picture, so it is built after it.
for page in results:results present:present county:county county_report:county/report; do
  trunk build --release --offline --dist "dist/${page#*:}" --public-url ./ "src/bin/${page%%:*}/index.html"
done
python3 scripts/write_worker.py dist
