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
// keeps the rest in the background. Budgets are in KB of 1,000 bytes, one
// per page of seeds/pages.json with its reasons in history (benches/).
// Issue 11 sets 240 KB for the officer's first load, presentation mode
// included, and aims at 200; and 240 KB for the facilitator's county
// picture and its report. The results page is held at its figure with a
// little room: issue 18 grew every page by the words made true to the
// report (next steps, peer notes, text evidence) and by "not asked", the
// results page by 6.8 KB of wasm; issue 19's site header, typed storage
// errors said to the user and the state's stores by 3.2 KB more (240.2 KB
// of wasm, 254.2 KB in all).
const KB = 1000;
const SHARED = { js: 9, css: 5, html: 2 };
const SITE = JSON.parse(await readFile(new URL('../../../seeds/pages.json', import.meta.url), 'utf8'));
const PAGES = SITE.pages.map((p) => ({ ...p, folder: p.folder.replace(/\/$/, '') }));
const budgetOf = (page) => Object.fromEntries(Object.entries({ ...SHARED, ...page.budget_kb }).map(([k, v]) => [k, v * KB]));

function checkBudget({ files, total }, budget) {
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const gz = files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzipped, 0);
    assert.ok(gz > 0, `the build has ${kind}`);
    assert.ok(gz <= budget[kind], `${kind} is ${gz} bytes gzipped, over ${budget[kind]}`);
  }
  assert.ok(total.gzipped <= budget.total, `total ${total.gzipped} bytes gzipped, over ${budget.total}`);
}

for (const page of PAGES) {
  test(`${page.title} ${page.folder ? `(${page.folder}/) ` : ''}within its first-load budget`, async () => {
    checkBudget(await bundleSizes(page.folder), budgetOf(page));
  });
}

test('every page carries the one Content-Security-Policy and its own title', async () => {
  for (const page of PAGES) {
    const html = await readFile(join(DIST, page.folder, 'index.html'), 'utf8');
    const csp = [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(csp, [SITE.csp], `${page.folder || 'the site'}'s CSP`);
    assert.match(html, new RegExp(`<title>${page.folder ? `${page.title} - ` : ''}${SITE.product}</title>`));
  }
});

/// The text of a page's wasm, to look for words only one page writes.
async function wasmText(folder) {
  const { files } = await bundleSizes(folder);
  const name = files.find((f) => f.kind === 'wasm').name;
  return (await readFile(join(DIST, name))).toString('latin1');
}

test('each page carries only its own views: the questions none of the results, presentation or county', async () => {
  const pages = Object.fromEntries(await Promise.all(PAGES.map(async (p) => [p.folder, await wasmText(p.folder)])));
  // Words that only one page's views write (seeds/pages.json).
  const own = Object.fromEntries(PAGES.map((p) => [p.folder, p.own_words]));
  for (const [folder, words] of Object.entries(own)) {
    for (const w of words) {
      for (const [other, text] of Object.entries(pages)) {
        assert.equal(text.includes(w), other === folder, `"${w}" ${other === folder ? 'is' : 'is not'} in ${other || 'the questions'}' wasm`);
      }
    }
  }
});
