// The three charts: each an image with a title and a description stating
// the numbers, the same data in a table, and a download as SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from '../support/fixture.js';

const ctx = useApp();

async function results(app) {
  await app.page.goto(`${ctx.server.origin}/#/results`);
  await app.byTestId('gap-chart').locator('svg').waitFor();
}

test('gap, peer and change charts follow the answers', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp');
  await results(app);

  for (const name of ['gap-chart', 'peer-chart']) {
    const svg = app.byTestId(name).locator('svg');
    assert.equal(await svg.getAttribute('role'), 'img');
    const labelled = (await svg.getAttribute('aria-labelledby')).split(' ');
    assert.equal(labelled.length, 2);
    assert.ok((await svg.locator('title').textContent()).length > 10);
    assert.ok(await app.byTestId(name).locator('table tbody tr').count() === 13);
  }
  assert.match(await app.byTestId('peer-chart').locator('desc').textContent(), /Influence: you partly met, 2 of 15 met and 9 partly met, 2 of them on a plan alone/);
  assert.equal(await app.byTestId('change-chart-none').count(), 1, 'no change chart without an earlier assessment');

  // The chart downloads as a standalone SVG file.
  const [download] = await Promise.all([page.waitForEvent('download'), app.byTestId('gap-chart-download').click()]);
  assert.match(download.suggestedFilename(), /^gap-chart-dacorum-borough-council\.svg$/);
  const svgText = await readFile(await download.path(), 'utf8');
  assert.ok(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.match(svgText, /<desc id="gap-chart-desc">13 standards: 0 met, 2 partly met, 1 not met/);

  // Re-assess, improve, and the change chart shows what moved.
  await page.goto(`${ctx.server.origin}/#/assessments`);
  const id = (await app.byTestId('assessment-list').locator('tbody tr').first().getAttribute('data-testid')).replace('row-', '');
  await app.byTestId(`reassess-${id}`).click();
  await app.openQuestion('q2');
  await app.tick('q2', 'liaison', 'consultation');
  await results(app);
  const change = app.byTestId('change-chart');
  await change.locator('svg').waitFor();
  assert.match(await change.locator('desc').textContent(), /^2 went up: Influence, Communication\./);
  assert.deepEqual(await app.byTestId('change-row-communication').locator('td').allTextContents(), ['Partly met', 'Met', 'Up']);
  assert.match(await app.byTestId('change-baseline').locator('option').first().textContent(), /Dacorum Borough Council/);
});

test('charts are legible on a 1024x768 projector', async () => {
  const { app, page } = ctx;
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open('#/results');
  await app.byTestId('gap-chart').locator('svg').waitFor();
  // Rendered height of a row label, in CSS pixels.
  const size = await page.evaluate(() => {
    const label = [...document.querySelectorAll('[data-testid="gap-chart"] svg text')].find((t) => t.textContent.includes('Senior lead'));
    return label.getBoundingClientRect().height;
  });
  assert.ok(size >= 20, `labels are ${size}px high`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing runs off the side');
});
