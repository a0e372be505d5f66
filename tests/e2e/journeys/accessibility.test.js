// axe-core finds no WCAG 2.2 AA violations on any page, with answers given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';

const ctx = useApp();

test('every page passes axe-core', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  assert.deepEqual(await violations(page), [], 'start page');
  await app.startAssessment({ name: 'East Herts District Council', kind: 'district' });
  assert.deepEqual(await violations(page), [], 'task list');
  for (const q of ['q1', 'q3', 'q4', 'q7', 'q9', 's1', 'comments']) {
    await app.openQuestion(q);
    if (q === 'q1') await app.tick('q1', 'grants', 'cvs_funding');
    if (q === 'q3') await app.tick('q3_1', 'yes');
    assert.deepEqual(await violations(page), [], `question ${q}`);
  }
  await page.goto(`${ctx.server.origin}/#/check`);
  await page.locator('#page-heading').waitFor();
  assert.deepEqual(await violations(page), [], 'check answers');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.deepEqual(await violations(page), [], 'results');
  await page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId('assessment-list').waitFor();
  assert.deepEqual(await violations(page), [], 'assessments');
  const id = (await app.byTestId('assessment-list').locator('tbody tr').first().getAttribute('data-testid')).replace('row-', '');
  await app.byTestId(`reassess-${id}`).click();
  await page.goto(`${ctx.server.origin}/#/results`);
  await app.byTestId('change-chart').locator('svg').waitFor();
  assert.deepEqual(await violations(page), [], 'results with the change chart');
  await page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId(`rename-${id}`).click();
  assert.deepEqual(await violations(page), [], 'renaming');
});

test('the check itself finds a seeded violation', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await page.evaluate(() => document.querySelector('main').append(document.createElement('button')));
  assert.ok((await violations(page)).some((v) => v.startsWith('button-name')));
});

test('the results page passes axe-core at projector size', async () => {
  const { app, page } = ctx;
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open('#/results');
  assert.deepEqual(await violations(page), []);
});
