// Size budgets: what the browser downloads stays small enough for a slow
// council network and a projector laptop, and the officer's page never
// carries the facilitator's county view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSizes } from '../support/bundle.js';
import { DIST } from '../support/server.js';

// Measured at 310 KiB (wasm) and 323 KiB (all) gzipped with three charts,
// several assessments, presentation mode, import and export.
const BUDGET_GZIPPED = { wasm: 330 * 1024, js: 16 * 1024, css: 8 * 1024, html: 4 * 1024, total: 360 * 1024 };
// The county view, its own page: measured at 264 KiB wasm gzipped.
const COUNTY_BUDGET_GZIPPED = { wasm: 300 * 1024, js: 16 * 1024, css: 8 * 1024, html: 4 * 1024, total: 330 * 1024 };

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
    return (await readFile(join(DIST, folder, name))).toString('latin1');
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
