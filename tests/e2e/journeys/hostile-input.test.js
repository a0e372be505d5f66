// Whatever a user types or a file holds is shown as text: markup and script
// never run, and nothing is fetched because of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, foreignRequests } from '../support/fixture.js';

const ctx = useApp();

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1"></svg>',
  "javascript:window.__pwned=1",
  '{{7*7}} ${7*7}',
  '=HYPERLINK("http://evil.example")',
];

async function assertInert(page, requests) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  const injected = await page.evaluate(
    () => document.querySelectorAll('main img, main script, main svg:not(.chart-svg), main iframe').length,
  );
  assert.equal(injected, 0, 'no element was made from user text');
  assert.ok(!requests.some((u) => /\/x$/.test(u)), 'the img payload fetched nothing');
}

test('payloads typed into every text field show as typed', async () => {
  const { app, page } = ctx;
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await app.open('#/start');
  await app.startAssessment({ name: PAYLOADS[0], kind: 'district', completedBy: PAYLOADS[1] });
  const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6_1', 'q6_2', 'q6_3', 'q7', 'q8', 'q9', 'q10', 's1', 'comments'];
  let typed = 0;
  for (const [i, q] of questions.entries()) {
    await app.openQuestion(q);
    if (q === 'q1') await app.tick('q1', 'grants');
    if (q === 'q8') await app.tick('q8', 'yes');
    if (q === 'q10') await app.tick('q10', 'yes');
    const boxes = page.locator('main textarea, main input[type=text]');
    for (let j = 0; j < (await boxes.count()); j++) {
      await boxes.nth(j).fill(PAYLOADS[(i + j) % PAYLOADS.length]);
      typed++;
    }
  }
  assert.ok(typed >= 20, `typed into ${typed} fields`);

  await page.goto(`${ctx.server.origin}/#/check`);
  await page.locator('#page-heading').waitFor();
  const text = await page.locator('main').textContent();
  for (const p of PAYLOADS) assert.ok(text.includes(p), `check answers shows ${p}`);
  await assertInert(page, ctx.requests);

  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.ok((await app.byTestId('snapshot').textContent()).startsWith(PAYLOADS[0]));
  assert.equal(await app.byTestId('header-body-name').textContent(), PAYLOADS[0]);
  await assertInert(page, ctx.requests);

  await app.reload();
  await page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId('assessment-list').waitFor();
  assert.ok((await app.byTestId('assessment-list').textContent()).includes(PAYLOADS[0]));
  await assertInert(page, ctx.requests);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(foreignRequests(ctx), []);
});

test('payloads inside an imported file show as text', async () => {
  const { app, page } = ctx;
  await app.open('#/assessments');
  const file = {
    schema_version: 2,
    assessment: {
      id: 'hostile',
      body: { name: PAYLOADS[2], completed_by: PAYLOADS[0] },
      answers: {
        choices: { q8: ['yes'] },
        texts: { q8_details: PAYLOADS[1], q2_notes: PAYLOADS[0], comments: PAYLOADS[5] },
      },
    },
  };
  await app.importFile({ name: '<b>evil</b>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  assert.match(await app.notice(), /Opened the assessment for/);
  assert.ok((await app.notice()).includes(PAYLOADS[2]));
  await page.goto(`${ctx.server.origin}/#/results`);
  await page.locator('#page-heading').waitFor();
  assert.ok((await app.byTestId('snapshot').textContent()).includes(PAYLOADS[1]));
  await page.goto(`${ctx.server.origin}/#/check`);
  await page.locator('#page-heading').waitFor();
  assert.ok((await page.locator('main').textContent()).includes(PAYLOADS[0]));
  await assertInert(page, ctx.requests);

  // A bad file's name appears in the message as text too.
  await page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId('assessment-list').waitFor();
  await app.importFile({ name: '<img src=x onerror="window.__pwned=1">.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  assert.match(await app.notice(), /Could not open "<img src=x onerror="window.__pwned=1">.json"/);
  await assertInert(page, ctx.requests);
});
