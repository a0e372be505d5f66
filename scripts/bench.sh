#!/usr/bin/env bash
# Benchmark (not part of the tests): builds the release site, times the
# domain natively, then serves the site on loopback and measures it in
# headless Chromium, then runs Lighthouse's mobile audit on every page.
# Figures go to benches/results.md, and one line to
# benches/history.md: `LABEL="what changed" bash scripts/bench.sh`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
cd "$ROOT"
bash scripts/build.sh
say "Native: rescore and chart"
native="$(mktemp)"
# A benchmark always unwinds: the binaries built beside it must too, or the
# library is built twice under one name and one of the builds breaks.
cargo bench --bench scoring --config 'profile.release.panic="unwind"' | tee "$native"
say "Browser"
NATIVE="$native" node tests/e2e/bench/bench.js
rm -f "$native"
say "Lighthouse, mobile, every page"
# Installed for the benchmark alone, from its lock file: the tests never need it.
(cd tests/e2e/bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
node tests/e2e/bench/lighthouse.js
