// The results explain every verdict, order the next steps, describe the body
// and set it beside the Hertfordshire respondents of 2010.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';

const ctx = useApp();

test('verdicts, next steps, snapshot and peers follow the answers', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Broxbourne Borough Council', kind: 'district' });
  await app.openQuestion('q1');
  await app.tick('q1', 'grants', 'sla');
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp', 'liaison');
  await app.openQuestion('q9');
  await app.tick('q9', 'no');

  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.match(
    await app.byTestId('results-summary').textContent(),
    /^1 met, 2 partly met, 3 not met and 7 not yet answered, out of 13 standards: 15% overall\.$/,
  );

  const influence = app.byTestId('standard-influence');
  assert.match(await influence.textContent(), /Partly met because .* To meet it: the VCS sits on the LSP or its sub-groups, and you also consult/);
  assert.match(await influence.textContent(), /Question 2: The VCS sits on the Local Strategic Partnership \(LSP\)/);
  assert.match(await app.byTestId('peers-influence').textContent(), /In 2010, 3 of the 15 Hertfordshire respondents met this/);

  // Next steps: the key driver first, then not met, then partly met.
  const steps = await app.byTestId('action-list').locator('.action-list__standard').allTextContents();
  assert.match(steps[0], /influence local decisions \(partly met\)/);
  const rest = steps.filter((s) => !s.includes('influence'));
  const firstNotMet = rest.findIndex((s) => s.includes('(not met)'));
  const lastNotMet = rest.map((s) => s.includes('(not met)')).lastIndexOf(true);
  const firstPartly = rest.findIndex((s) => s.includes('(partly met)'));
  assert.ok(firstNotMet === 0 && firstPartly > lastNotMet, steps.join('\n'));
  for (const source of await app.byTestId('action-list').locator('.source').allTextContents()) {
    assert.match(source, /^Source: 00[0-4]/);
  }

  assert.match(
    await app.byTestId('snapshot').textContent(),
    /^Broxbourne Borough Council supports the voluntary and community sector through grants and service level agreements\. It works in partnership with the sector through the Local Strategic Partnership and liaison arrangements\./,
  );

  const officerRow = await app.byTestId('peer-row-officer').locator('td').allTextContents();
  assert.deepEqual(officerRow, ['Not yet answered', '15', '0', '0', '0']);
  const strategyRow = await app.byTestId('peer-row-strategy').locator('td').allTextContents();
  assert.equal(strategyRow[1], '0');

  // Answering moves the verdict and the list at once.
  await app.openQuestion('q6_2');
  await app.tick('q6_2', 'consultations');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.equal((await app.byTestId('result-influence').textContent()).trim(), 'Met');
  const after = await app.byTestId('action-list').locator('.action-list__standard').allTextContents();
  assert.ok(!after.some((s) => s.includes('influence')), after.join('\n'));
});
