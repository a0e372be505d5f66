// Files that are not assessments are refused with a message naming the file
// and the problem, and nothing already held changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  for (const [f, expected] of cases) {
    await app.importFile(f);
    const notice = await app.notice();
    assert.match(notice, expected);
    assert.match(notice, /Nothing has been changed/);
    await app.byTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
    assert.deepEqual(await app.counts(), before);
  }
  assert.equal(await app.page.locator('[data-testid="header-body-name"]').textContent(), 'Hertsmere Borough Council');
  assert.deepEqual(foreignRequests(ctx), []);
});

test('importing over existing answers asks first, and can be declined', async () => {
  const { app } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Stevenage Borough Council', kind: 'district' });
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp');
  await app.page.goto(`${ctx.server.origin}/#/tasks`);
  const other = JSON.stringify({
    schema_version: 1,
    assessment: { body: { name: 'Three Rivers District Council' }, answers: { choices: { q1: ['grants'] } } },
  });

  await app.importFile(file('three-rivers.json', other));
  await app.byTestId('import-confirm').waitFor();
  await app.byTestId('import-cancel').click();
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Stevenage Borough Council');

  await app.importFile(file('three-rivers.json', other));
  await app.byTestId('import-replace').click();
  assert.match(await app.notice(), /Three Rivers District Council/);
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Three Rivers District Council');
});
