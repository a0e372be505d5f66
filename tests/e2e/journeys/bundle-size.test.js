// Size budget: what the browser downloads stays small enough for a slow
// council network and a projector laptop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSizes } from '../support/bundle.js';

// Measured at 277 KiB (wasm) and 289 KiB (all) gzipped with three charts,
// several assessments, import and export: the budget leaves room to grow a little.
const BUDGET_GZIPPED = { wasm: 330 * 1024, js: 16 * 1024, css: 8 * 1024, html: 4 * 1024, total: 360 * 1024 };

test('the release build is within its size budget', async () => {
  const { files, total } = await bundleSizes();
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const gz = files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzipped, 0);
    assert.ok(gz > 0, `the build has ${kind}`);
    assert.ok(gz <= BUDGET_GZIPPED[kind], `${kind} is ${gz} bytes gzipped, over ${BUDGET_GZIPPED[kind]}`);
  }
  assert.ok(total.gzipped <= BUDGET_GZIPPED.total, `total ${total.gzipped} bytes gzipped`);
});
