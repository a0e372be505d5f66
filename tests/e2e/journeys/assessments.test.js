// Several assessments in one browser: create, open, rename, re-assess,
// delete with confirmation and undo; download all as JSON and CSV; add many
// files at once by picker and by drag and drop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { violations } from '../support/axe.js';
import { assertValidExport } from '../support/export-schema.js';
import { useApp, foreignRequests } from '../support/fixture.js';

const ctx = useApp();

async function list(app) {
  await app.page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId('assessment-list').waitFor();
  return app.byTestId('assessment-list').locator('tbody tr');
}

async function rowFor(app, name) {
  const rows = await list(app);
  const row = rows.filter({ has: app.page.locator('th', { hasText: name }) }).first();
  const testid = await row.getAttribute('data-testid');
  return { row, id: testid.replace(/^row-/, '') };
}

test('manage several assessments', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Welwyn Hatfield Borough Council', kind: 'district' });
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp', 'liaison');

  // A second body.
  await list(app);
  await app.byTestId('new-assessment').click();
  await page.waitForURL(/#\/start$/);
  assert.equal(await app.byTestId('body-name').inputValue(), '');
  await app.startAssessment({ name: 'Hertfordshire Constabulary', kind: 'police' });
  await app.openQuestion('q1');
  await app.tick('q1', 'staff_volunteering');
  assert.equal(await (await list(app)).count(), 2);

  // Open the first again: its answers are there.
  const welhat = await rowFor(app, 'Welwyn Hatfield');
  await app.byTestId(`open-${welhat.id}`).click();
  await app.openQuestion('q2');
  assert.ok(await app.option('q2', 'liaison').isChecked());
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Welwyn Hatfield Borough Council');

  // Rename.
  await list(app);
  await app.byTestId(`rename-${welhat.id}`).click();
  await app.byTestId(`rename-input-${welhat.id}`).fill('Welwyn Hatfield BC and LSP');
  await app.byTestId(`rename-save-${welhat.id}`).click();
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Welwyn Hatfield BC and LSP');

  // Re-assess: a new assessment starting from the old answers.
  await list(app);
  await app.byTestId(`reassess-${welhat.id}`).click();
  assert.match(await app.notice(), /Started a re-assessment of Welwyn Hatfield BC and LSP/);
  await app.openQuestion('q2');
  assert.ok(await app.option('q2', 'liaison').isChecked());
  await app.tick('q2', 'regular_meetings');
  const rows = await list(app);
  assert.equal(await rows.count(), 3);
  assert.equal(await rows.filter({ hasText: '(re-assessment)' }).count(), 1);
  // The original is unchanged.
  await app.byTestId(`open-${welhat.id}`).click();
  await app.openQuestion('q2');
  assert.equal(await app.option('q2', 'regular_meetings').isChecked(), false);

  // Delete asks first, then can be undone.
  const police = await rowFor(app, 'Constabulary');
  await app.byTestId(`delete-${police.id}`).click();
  await app.byTestId(`delete-cancel-${police.id}`).click();
  assert.equal(await (await list(app)).count(), 3);
  await app.byTestId(`delete-${police.id}`).click();
  await app.byTestId(`delete-confirm-${police.id}`).click();
  assert.match(await app.notice(), /Deleted the assessment for Hertfordshire Constabulary/);
  assert.deepEqual(await violations(app.page), [], 'axe, with the notice and its Undo');
  assert.equal(await (await list(app)).count(), 2);
  await app.byTestId('undo-delete').click();
  assert.match(await app.notice(), /Restored/);
  assert.equal(await (await list(app)).count(), 3);

  // Everything survives a reload.
  await app.reload();
  assert.equal(await (await list(app)).count(), 3);

  // Download all: JSON collection and CSV.
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), app.byTestId('export-all-json').click()]);
  const collection = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assertValidExport(collection);
  assert.equal(collection.format, 'thriving-third-sector-collection');
  assert.equal(collection.schema_version, 8);
  assert.equal(collection.assessments.length, 3);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), app.byTestId('export-all-csv').click()]);
  assert.match(csvDownload.suggestedFilename(), /\.csv$/);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff"assessment_id","body"'));
  assert.equal(csv.split('\r\n').filter((l) => l.includes('"standard"')).length, 39);

  // Wipe everything, then add the collection back by drag and drop.
  await page.evaluate(() => localStorage.clear());
  await app.reload();
  await list(app);
  const buffer = await readFile(await jsonDownload.path());
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'workshop.json', { type: 'application/json' }));
    return dt;
  }, [...buffer]);
  await app.byTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  assert.match(await app.notice(), /Added 3 assessments/);
  assert.equal(await (await list(app)).count(), 4, 'three imported beside the new blank one');
  assert.deepEqual(foreignRequests(ctx), []);
});

test('several files at once: good ones are added, bad ones named', async () => {
  const { app } = ctx;
  await app.open('#/start');
  const one = (name, body) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schema_version: 2, assessment: { id: name.replace('.json', ''), body: { name: body }, answers: {} } })),
  });
  await list(app);
  await app.importFile([
    one('fire.json', 'Hertfordshire Fire and Rescue'),
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 2, ') },
    one('pct.json', 'East and North Herts PCT'),
  ]);
  const notice = await app.notice();
  assert.match(notice, /Added 2 assessments/);
  assert.match(notice, /Could not open "broken.json": it is not a JSON file/);
  const names = await (await list(app)).locator('th').allTextContents();
  assert.ok(names.some((n) => n.includes('Fire and Rescue')));
  assert.ok(names.some((n) => n.includes('PCT')));
});
