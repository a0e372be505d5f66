#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting,
# lints, native domain tests, component tests in headless Chromium, the
# release build, and the user journeys (Playwright, system Chromium).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
cd "$ROOT"
# A whole run builds everything once; incremental caches would only take disk.
export CARGO_INCREMENTAL=0
free_kb="$(df -Pk "$ROOT" | awk 'NR==2 {print $4}')"
if [ "$free_kb" -lt 4000000 ]; then
  echo "warning: only $((free_kb / 1024)) MB free on disk; a clean test run needs about 4 GB" >&2
fi

say "Formatting"
cargo fmt --check

say "Lints"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

say "Native tests (domain, data, charts)"
cargo test

say "Component tests in headless Chromium"
browser_tests=()
for f in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$f" .rs)"); done
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --target wasm32-unknown-unknown "${browser_tests[@]}"

say "Release build"
bash scripts/build.sh

say "User journeys in headless Chromium"
(cd tests/e2e && node --test --test-concurrency=1 journeys/)
