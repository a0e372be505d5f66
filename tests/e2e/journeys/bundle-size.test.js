// Size budgets (gzip, as the budget; brotli is reported by the benchmark):
// what the browser downloads stays small enough for a slow
// council network and a projector laptop, and the officer's page never
// carries the facilitator's county view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSizes } from '../support/bundle.js';
import { DIST } from '../support/server.js';

// The first load: the page and every file it links, before the worker
// keeps the rest in the background. Budgets are in KB of 1,000 bytes.
// Issue 11 sets 240 KB for the officer's first load, presentation mode
// included, and aims at 200: the questions' page and presentation mode are
// each a page of their own within it. It sets 240 KB for the facilitator's
// view too: adding assessments (county/) and the report (county/report/)
// are each a page of their own within it. The results page is held at
// today's figure with a little room, so that it grows unnoticed no further
// (benches/history.md). Issue 18 grew every page by the words made true to
// the report (next steps, peer notes, text evidence) and by "not asked":
// the results page by 6.8 KB of wasm.
const KB = 1000;
const SHARED = { js: 9 * KB, css: 5 * KB, html: 2 * KB };
const BUDGET_GZIPPED = {
  // The questions: 205.7 KB of wasm, 219.9 KB in all.
  '': { ...SHARED, wasm: 226 * KB, total: 240 * KB },
  // Presentation mode: 204.1 KB of wasm, 218.2 KB in all.
  present: { ...SHARED, wasm: 226 * KB, total: 240 * KB },
  // The results in full: 237.0 KB of wasm, about 251 KB in all.
  results: { ...SHARED, wasm: 238 * KB, total: 252 * KB },
  // The county picture, adding assessments: 179.8 KB of wasm, 194.5 KB in all.
  county: { ...SHARED, css: 7 * KB, wasm: 226 * KB, total: 240 * KB },
  // The county report: 215.5 KB of wasm, 230.1 KB in all.
  'county/report': { ...SHARED, css: 7 * KB, wasm: 226 * KB, total: 240 * KB },
};

function checkBudget({ files, total }, budget) {
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const gz = files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzipped, 0);
    assert.ok(gz > 0, `the build has ${kind}`);
    assert.ok(gz <= budget[kind], `${kind} is ${gz} bytes gzipped, over ${budget[kind]}`);
  }
  assert.ok(total.gzipped <= budget.total, `total ${total.gzipped} bytes gzipped, over ${budget.total}`);
}

const PAGES = [['', 'the questions'], ['present', 'presentation mode'], ['results', 'the results'], ['county', 'the county picture'], ['county/report', 'the county report']];
for (const [folder, name] of PAGES) {
  test(`${name} ${folder ? `(${folder}/) ` : ''}within its first-load budget`, async () => {
    checkBudget(await bundleSizes(folder), BUDGET_GZIPPED[folder]);
  });
}

/// The text of a page's wasm, to look for words only one page writes.
async function wasmText(folder) {
  const { files } = await bundleSizes(folder);
  const name = files.find((f) => f.kind === 'wasm').name;
  return (await readFile(join(DIST, name))).toString('latin1');
}

test('each page carries only its own views: the questions none of the results, presentation or county', async () => {
  const pages = Object.fromEntries(await Promise.all(PAGES.map(async ([f]) => [f, await wasmText(f)])));
  // Words that only one page's views write.
  const own = {
    '': ['Save and continue', 'Return to the question list'],
    results: ['Compared with Hertfordshire in 2010', 'Appendix: the answers'],
    present: ['Open audience window', 'Free text is hidden while projecting.'],
    county: ['Duplicates set aside', 'Add the 15 Hertfordshire respondents of 2010'],
    'county/report': ['Among the councils', 'Snapshots of each body'],
  };
  for (const [folder, words] of Object.entries(own)) {
    for (const w of words) {
      for (const [other, text] of Object.entries(pages)) {
        assert.equal(text.includes(w), other === folder, `"${w}" ${other === folder ? 'is' : 'is not'} in ${other || 'the questions'}' wasm`);
      }
    }
  }
});
