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
// keeps the rest in the background. Issue 11 sets 240 KB for each page and
// aims at 200; these are today's figures with a little room, so that
// nothing grows unnoticed while that work goes on (benches/history.md).
// The self-assessment: 302.9 KiB of wasm, 317.3 KiB in all.
const BUDGET_GZIPPED = { wasm: 304 * 1024, js: 10 * 1024, css: 5 * 1024, html: 2 * 1024, total: 319 * 1024 };
// The county view, its own page: 263.6 KiB of wasm, 278.1 KiB in all.
const COUNTY_BUDGET_GZIPPED = { wasm: 265 * 1024, js: 10 * 1024, css: 6 * 1024, html: 2 * 1024, total: 280 * 1024 };

function checkBudget({ files, total }, budget) {
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const gz = files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzipped, 0);
    assert.ok(gz > 0, `the build has ${kind}`);
    assert.ok(gz <= budget[kind], `${kind} is ${gz} bytes gzipped, over ${budget[kind]}`);
  }
  assert.ok(total.gzipped <= budget.total, `total ${total.gzipped} bytes gzipped`);
}

test('the self-assessment is within its size budget', async () => {
  checkBudget(await bundleSizes(), BUDGET_GZIPPED);
});

test('the county picture is within its own budget', async () => {
  checkBudget(await bundleSizes('county'), COUNTY_BUDGET_GZIPPED);
});

test('the self-assessment carries none of the county view, and the county view none of the questionnaire pages', async () => {
  const wasm = async (folder) => {
    const { files } = await bundleSizes(folder);
    const name = files.find((f) => f.kind === 'wasm').name;
    return (await readFile(join(DIST, name))).toString('latin1');
  };
  const officer = await wasm('');
  const county = await wasm('county');
  // Words only the county view writes, and words only the questionnaire pages write.
  for (const words of ['Among the councils', 'Duplicates set aside', 'Appendix: survey responses']) {
    assert.ok(county.includes(words), `the county view has "${words}"`);
    assert.ok(!officer.includes(words), `the self-assessment does not carry "${words}"`);
  }
  assert.ok(officer.includes('Check your answers') && !county.includes('Check your answers'));
});
