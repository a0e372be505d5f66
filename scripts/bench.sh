#!/usr/bin/env bash
# Benchmark: bundle size (gzipped), load to usable questionnaire, answer to
# updated score, results page with chart, and native rescore/redraw times.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
cd "$ROOT"
bash scripts/build.sh
say "Native: rescore and chart"
cargo bench --bench scoring
say "Browser"
node tests/e2e/bench/bench.js
