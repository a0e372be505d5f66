// A whole self-assessment: start, answer, watch the score move, reload and
// find every answer, check, see results, export, and import it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';

const ctx = useApp();

test('an officer completes, reloads, exports and re-imports an assessment', async () => {
  const { app, page } = ctx;
  await app.open();
  assert.match(await page.title(), /^About your organisation/);

  await app.startAssessment({ name: 'Watford Borough Council and LSP', kind: 'district', completedBy: 'Sue B' });
  assert.equal(await app.questionStatus('q1'), 'Not started');
  assert.deepEqual(await app.counts(), { met: 0, partly: 0, notMet: 0, notAnswered: 13, percent: 0 });

  await app.openQuestion('q1');
  await app.tick('q1', 'grants', 'sla', 'cvs_funding');
  // Infrastructure funding and funding mix are met; commissioning draws on Q1 too.
  assert.deepEqual(await app.counts(), { met: 2, partly: 0, notMet: 1, notAnswered: 10, percent: 15 });
  await app.continue();
  await page.waitForURL(/#\/q\/q2$/);

  await app.tick('q2', 'lsp', 'subgroups', 'liaison');
  const notes = 'We meet <b>often</b> & "well"\n<script>alert(1)</script>';
  await app.field('q2_notes').fill(notes);
  // Influence partly met (seats, no consultation yet); communication met (three channels).
  assert.deepEqual(await app.counts(), { met: 3, partly: 1, notMet: 1, notAnswered: 8, percent: 27 });

  await app.openQuestion('q10');
  await app.tick('q10', 'yes');
  await app.field('q10_role').fill('Community Partnerships Officer');
  await app.field('q10_name').fill('J. Smith');
  await app.openQuestion('q3');
  await app.tick('q3_1', 'yes');
  await app.tick('q3_2', 'inform_practice');
  const before = await app.counts();
  assert.deepEqual(before, { met: 5, partly: 1, notMet: 1, notAnswered: 6, percent: 42 });

  // A reload brings back the same page and every answer.
  await app.reload();
  assert.match(page.url(), /#\/q\/q3$/);
  assert.ok(await app.option('q3_1', 'yes').isChecked());
  assert.ok(await app.option('q3_2', 'inform_practice').isChecked());
  assert.deepEqual(await app.counts(), before);
  await app.openQuestion('q2');
  assert.equal(await app.field('q2_notes').inputValue(), notes);
  for (const o of ['lsp', 'subgroups', 'liaison']) assert.ok(await app.option('q2', o).isChecked(), o);
  assert.equal(await app.option('q2', 'commissioned').isChecked(), false);
  await app.openQuestion('q10');
  assert.equal(await app.field('q10_role').inputValue(), 'Community Partnerships Officer');

  // A closed and reopened tab resumes at the last page.
  const second = await ctx.context.newPage();
  await page.close();
  await second.goto(ctx.server.origin + '/');
  await second.locator('#page-heading').waitFor();
  assert.match(second.url(), /#\/q\/q10$/);
  app.page = second;
  ctx.page = second;

  await app.page.goto(`${ctx.server.origin}/#/tasks`);
  await app.byTestId('progress').waitFor();
  assert.equal(await app.questionStatus('q1'), 'Completed');
  assert.equal(await app.questionStatus('q4'), 'Not started');
  assert.equal(await app.questionStatus('q7'), 'Optional');

  // Check answers shows user text as text, never as markup.
  await app.byTestId('to-check').click();
  const q2row = app.byTestId('check-q2');
  assert.ok((await q2row.textContent()).includes('We meet <b>often</b> & "well"'));
  assert.equal(await q2row.locator('b, script').count(), 0);

  // Results: the gap chart is an image with a text and table equivalent.
  await app.byTestId('to-results').click();
  const svg = app.byTestId('gap-chart').locator('svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.locator('desc').textContent(), /5 met, 1 partly met, 1 not met, 6 not yet answered/);
  assert.equal(await app.byTestId('gap-table').locator('tbody tr').count(), 13);
  assert.equal((await app.byTestId('gap-row-officer').textContent()).trim(), 'Met');
  assert.equal((await app.byTestId('result-influence').textContent()).trim(), 'Partly met');

  // Export, then wipe the browser's storage, then import the file back.
  const exported = await app.exportJson();
  assert.match(exported.name, /^vcs-self-assessment-watford-borough-council-and-lsp-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(exported.json.schema_version, 8);
  assert.equal(exported.json.questionnaire_version, "2010-appendix5.3");
  assert.ok(exported.json.app_version && exported.json.exported_at);
  assert.equal(exported.json.scores.length, 13);
  assert.equal(exported.json.summary.met, 5);
  assert.equal(exported.json.assessment.answers.texts.q10_name, 'J. Smith');
  assert.equal(exported.json.assessment.answers.texts.q2_notes, notes);

  await app.page.evaluate(() => localStorage.clear());
  await app.reload();
  await app.open('#/start');
  assert.equal(await app.byTestId('body-name').inputValue(), '');
  assert.equal((await app.counts()).notAnswered, 13);
  await app.importFile(exported.path);
  assert.match(await app.notice(), /Opened the assessment for Watford Borough Council and LSP/);
  // It opens where it was when exported: on the results page.
  await app.page.waitForURL(/#\/results$/);
  assert.match(await app.byTestId('results-summary').textContent(), /^5 met, 1 partly met, 1 not met/);
  await app.page.goto(`${ctx.server.origin}/#/tasks`);
  assert.deepEqual(await app.counts(), before);
  await app.openQuestion('q2');
  assert.equal(await app.field('q2_notes').inputValue(), notes);

  // And the import survives a reload, because it was saved.
  await app.reload();
  assert.deepEqual(await app.counts(), before);

});
