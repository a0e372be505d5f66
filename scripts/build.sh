#!/usr/bin/env bash
# Release build of every page of seeds/pages.json, each with its own wasm so
# that no page downloads another's code. Each page's HTML is written from the
# template index.html, built into a staging folder of its own, and dist/ is
# assembled from them at the end, so the order of the pages does not matter.
# Every URL is relative (`--public-url ./`), so the site works from any
# folder of any host. Last, the export format's schemas are copied in and
# the service worker is written with the list of this build's files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages=target/pages
stage=target/stage
rm -rf "$pages" "$stage"
python3 scripts/pages.py html "$pages"
list="$(python3 scripts/pages.py list)"
while read -r id _bin folder; do
  trunk build --release --offline --dist "$stage/$id" --public-url ./ "$pages/$id/index.html"
done <<< "$list"
rm -rf dist
while read -r id _bin folder; do
  mkdir -p "dist/$folder"
  cp -R "$stage/$id/." "dist/$folder/"
done <<< "$list"
python3 scripts/pages.py check dist
# Every export names its schema: the site serves them.
mkdir -p dist/schema
cp seeds/schema/*.schema.json dist/schema/
python3 scripts/write_worker.py dist
