// Files that are not assessments are refused with a message naming the file
// and the problem, and nothing already held changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from '../support/axe.js';
import { useApp, foreignRequests } from '../support/fixture.js';

const ctx = useApp();

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a bad file changes nothing and says why', async () => {
  const { app } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Hertsmere Borough Council', kind: 'district' });
  await app.openQuestion('q1');
  await app.tick('q1', 'grants');
  const before = await app.counts();
  await app.page.goto(`${ctx.server.origin}/#/tasks`);

  const cases = [
    [file('notes.json', 'this is not json'), /Could not open "notes.json": it is not a JSON file/],
    [file('other.json', '{"hello": "world"}'), /Could not open "other.json": it is not a saved assessment/],
    [file('future.json', '{"schema_version": 9, "assessment": {}}'), /newer version of this tool/],
    [
      file('odd.json', '{"schema_version": 1, "assessment": {"answers": {"choices": {"q2": ["bribes"]}}}}'),
      /questions or options this questionnaire does not have: q2.bribes/,
    ],
  ];
  cases.push([
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(17 * 1024 * 1024, 32) },
    /Could not open "huge.json": it is too large \(17408 KB; a file of assessments is at most 16384 KB\)/,
  ]);
  cases.push([file('empty.json', ''), /Could not open "empty.json": it is not a JSON file/]);
  for (const [f, expected] of cases) {
    await app.importFile(f);
    const notice = await app.notice();
    assert.match(notice, expected);
    assert.match(notice, /Nothing else has been changed/);
    assert.deepEqual(await violations(app.page), [], `axe, with the error for ${f.name ?? 'the file'} on show`);
    await app.byTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
    assert.deepEqual(await app.counts(), before);
  }
  assert.equal(await app.page.locator('[data-testid="header-body-name"]').textContent(), 'Hertsmere Borough Council');
  assert.deepEqual(foreignRequests(ctx), []);
});

test('an import that would replace an assessment asks first', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Stevenage Borough Council', kind: 'district' });
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp');
  await page.goto(`${ctx.server.origin}/#/tasks`);
  const exported = await app.exportJson();

  // Change the assessment after the download, then open the download again.
  await app.openQuestion('q2');
  await app.tick('q2', 'liaison');
  await page.goto(`${ctx.server.origin}/#/tasks`);
  const changed = await app.counts();

  await app.importFile(exported.path);
  await app.byTestId('import-confirm').waitFor();
  assert.match(await app.byTestId('import-confirm').textContent(), /which you already have/);
  assert.deepEqual(await violations(page), [], 'axe, with the question on show');
  await app.byTestId('import-cancel').click();
  assert.deepEqual(await app.counts(), changed, 'declining changes nothing');

  await app.importFile(exported.path);
  await app.byTestId('import-keep-both').click();
  assert.match(await app.notice(), /as a copy/);
  assert.deepEqual(await app.counts(), changed, 'keeping both leaves the open one alone');

  await app.importFile(exported.path);
  await app.byTestId('import-replace').click();
  assert.match(await app.notice(), /Replaced the assessment for Stevenage Borough Council/);
  // Only LSP seats: influence and communication partly met, funding mix not met.
  assert.equal((await app.counts()).partly, 2, 'back to the downloaded answers');
  assert.equal((await app.counts()).met, 0);
  await app.openQuestion('q2');
  assert.equal(await app.option('q2', 'liaison').isChecked(), false);

  await page.goto(`${ctx.server.origin}/#/assessments`);
  const names = await app.byTestId('assessment-list').locator('tbody th').allTextContents();
  assert.equal(names.length, 2);
  assert.ok(names.some((n) => n.includes('Stevenage Borough Council (imported)')), names.join(' | '));
});
