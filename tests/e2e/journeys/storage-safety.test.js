// Saved data that cannot be read is kept aside and can be downloaded as it
// was; after a session of work the app suggests a backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { violations } from '../support/axe.js';
import { useApp } from '../support/fixture.js';

const ctx = useApp();

test('unreadable saved data can be downloaded exactly as it was', async () => {
  const { app, page } = ctx;
  const garbage = '{"schema_version":2,"assessment":{"id":"abc","answers":{"choices":{"q2":[';
  await page.addInitScript((g) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('thriving-third-sector/v2/assessment/abc', g);
      sessionStorage.setItem('seeded', '1');
    }
  }, garbage);
  await app.open('#/assessments');
  assert.match(await app.notice(), /could not be read .* kept aside, exactly as it was/);
  assert.deepEqual(await violations(page), [], 'axe, with the kept-aside banner and its notice');
  const [download] = await Promise.all([page.waitForEvent('download'), app.byTestId('kept-aside-download').click()]);
  assert.equal(await readFile(await download.path(), 'utf8'), garbage);
  // Still there after a reload, until the user discards it.
  await app.reload();
  await app.byTestId('kept-aside').waitFor();
  await app.byTestId('kept-aside-discard').click();
  assert.equal(await app.byTestId('kept-aside').count(), 0);
  await app.reload();
  assert.equal(await app.byTestId('kept-aside').count(), 0);
});

test('a backup is suggested after a session of work, and a download resets it', async () => {
  const { app } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Three Rivers District Council', kind: 'district' });
  await app.openQuestion('q1');
  assert.equal(await app.byTestId('backup-reminder').count(), 0);
  for (let i = 0; i < 8; i++) {
    await app.option('q1', 'grants').click();
    await app.option('q1', 'grants').click();
  }
  // Another page load (as moving to the results page is) goes on counting.
  await app.reload();
  for (let i = 0; i < 7; i++) {
    await app.option('q1', 'grants').click();
    await app.option('q1', 'grants').click();
  }
  await app.byTestId('backup-reminder').waitFor();
  assert.deepEqual(await violations(app.page), [], 'axe, with the backup reminder');
  await app.byTestId('backup-reminder').getByRole('button', { name: 'Download answers and scores (JSON)' }).click();
  await app.notice();
  assert.equal(await app.byTestId('backup-reminder').count(), 0);
  await app.reload();
  assert.equal(await app.byTestId('backup-reminder').count(), 0);
});

test('with storage turned off the app still works and says so', async () => {
  const { app, page } = ctx;
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied storage.', 'SecurityError');
      },
    });
  });
  await app.open('#/start');
  assert.match(await app.byTestId('save-warning').textContent(), /not being saved in this browser \(this browser does not allow the page to use storage\)/);
  await app.startAssessment({ name: 'Hertfordshire Probation Service', kind: 'probation' });
  await app.openQuestion('q5');
  await app.tick('q5', 'ask_vcs');
  assert.equal((await app.counts()).met, 1);
  assert.equal(await app.byTestId('save-warning').count(), 1, 'the warning stays on every page');
  assert.deepEqual(await violations(page), [], 'axe, with the warning that nothing is saved');
  const exported = await app.exportJson();
  assert.equal(exported.json.assessment.body.name, 'Hertfordshire Probation Service');
});

test('the browser is asked to keep the answers at the first answer, and its reply is given in words', async () => {
  const { app } = ctx;
  await app.open('#/start');
  assert.match(await app.byTestId('storage-keeping').textContent(), /When you give an answer, this page asks the browser to keep your answers/);
  await app.startAssessment({ name: 'Stevenage Borough Council', kind: 'district' });
  await app.open('#/assessments');
  // Headless Chromium grants persistence only to sites it knows well.
  await app.page.waitForFunction(() => !document.querySelector('[data-testid="storage-keeping"]').textContent.startsWith('When you give'));
  assert.match(await app.byTestId('storage-keeping').textContent(), /^This browser has not agreed to keep your answers for good, so it may delete them .* a downloaded copy is the safe one\.$/);
  assert.ok(await app.byTestId('storage-statement').isVisible(), 'the backup advice stays');
  assert.deepEqual(await violations(app.page), [], 'axe, with the reply');
});

test('a browser that has agreed to keep the data is reported as such', async () => {
  const { app, page, context } = ctx;
  // As Chromium decides for a site installed or used often.
  const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
  const cdp = await context.browser().newBrowserCDPSession();
  await cdp.send('Browser.grantPermissions', {
    permissions: ['durableStorage'],
    origin: ctx.server.origin,
    browserContextId: targetInfo.browserContextId,
  });
  await app.open('#/start');
  await app.startAssessment({ name: 'Watford Borough Council', kind: 'district' });
  await app.open('#/assessments');
  await page.waitForFunction(() => document.querySelector('[data-testid="storage-keeping"]').textContent.startsWith('This browser has agreed'));
  assert.match(await app.byTestId('storage-keeping').textContent(), /^This browser has agreed to keep your answers: it will not delete them to free up space\./);
  // On the next visit it is known without asking.
  await app.reload();
  await page.waitForFunction(() => document.querySelector('[data-testid="storage-keeping"]').textContent.startsWith('This browser has agreed'));
});
