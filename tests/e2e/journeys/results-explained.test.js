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
  await app.tick('q1', 'grants');
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
  assert.match(await influence.textContent(), /Partly met because .* To meet it: the VCS sits on the LSP or its sub-groups, and you already consult/);
  assert.match(await influence.textContent(), /Question 2: The VCS sits on the Local Strategic Partnership \(LSP\)/);
  assert.match(await app.byTestId('peers-influence').textContent(), /In 2010, 2 of the 15 Hertfordshire respondents met this and 9 partly met it, 2 of them on a plan alone\. For 13 of them the verdict rests on fewer questions/);

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
    /^Broxbourne Borough Council supports the voluntary and community sector through grants\. It works in partnership with the sector through the Local Strategic Partnership and liaison arrangements\./,
  );

  const officerRow = await app.byTestId('peer-row-officer').locator('td').allTextContents();
  // Met, partly met, of which on a plan alone, not met, not evidenced, asked.
  assert.deepEqual(officerRow, ['Not yet answered', '15', '0', '0', '0', '0', 'All']);
  const strategyRow = await app.byTestId('peer-row-strategy').locator('td').allTextContents();
  assert.equal(strategyRow[1], '0');
  // Plans told apart: all three partly met on strategy rest on a plan alone.
  assert.deepEqual(strategyRow.slice(2, 4), ['3', '3']);
  assert.match(await app.byTestId('peers-internal_promotion').textContent(), /12 partly met it, 7 of them on a plan alone/);

  // The 2010 figure says where it rests on fewer questions, and every note shows.
  assert.match(await app.byTestId('fewer-influence').textContent(), /rests on fewer questions.*We consult the VCS before decisions are made/);
  assert.equal(await app.byTestId('peer-asked-influence').textContent(), 'Fewer: 2 added since');
  assert.equal(await app.byTestId('peer-set-notes').locator('li').count(), 6);
  await app.byTestId('peer-notes').locator('summary').click();
  assert.match(await app.byTestId('peer-notes').textContent(), /recorded as text evidence, not as a Table 2 mark/);
  assert.match(await app.byTestId('ni7-context').textContent(), /16\.2%.*14%.*17\.9%.*key driver/s);

  // Every rule is shown with its reason.
  await app.byTestId('rule-communication').locator('summary').click();
  assert.match(await app.byTestId('rule-communication').textContent(), /in the plural/);

  // A plan is not practice: planning to consult leaves influence partly met.
  await app.openQuestion('q6_2');
  await app.tick('q6_2', 'consultations');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.equal((await app.byTestId('result-influence').textContent()).trim(), 'Partly met');
  assert.match(await app.byTestId('standard-influence').textContent(), /Question 6\.2: Consult the VCS \(a plan\)/);

  // Consulting the sector now meets it, and the list moves at once.
  await app.openQuestion('q2');
  await app.tick('q2', 'consultation');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.equal((await app.byTestId('result-influence').textContent()).trim(), 'Met');
  const after = await app.byTestId('action-list').locator('.action-list__standard').allTextContents();
  assert.ok(!after.some((s) => s.includes('influence')), after.join('\n'));
});

test('a verdict on plans alone says so', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Hertfordshire Constabulary', kind: 'police' });
  await app.openQuestion('q6_3');
  await app.tick('q6_3', 'induction');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.equal((await app.byTestId('result-induction').textContent()).trim(), 'Partly met: planned, not yet in place');
  assert.match(await app.byTestId('explanation-induction').textContent(), /^Partly met on a plan only/);
  assert.equal((await app.byTestId('gap-row-induction').textContent()).trim(), 'Partly met: planned, not yet in place');
  assert.match(await app.byTestId('gap-chart').locator('desc').textContent(), /Induction sessions \(planned only\)/);
  // Doing it now meets it.
  await app.openQuestion('q6_3');
  await app.tick('q6_3_now', 'induction');
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.equal((await app.byTestId('result-induction').textContent()).trim(), 'Met');
});
