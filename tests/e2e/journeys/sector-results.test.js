// The sector's view on the results page (issue 22): the officer invites
// the sector, five organisations answer on phones, their codes come back
// (three first: the count, no figures; then the rest inside an email and
// as a file), a duplicate counts once and another invitation's code is
// refused; from five, the NI7-style figure and where the views part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';
import { SectorPage, invitationFragment } from '../support/sector-page.js';

const ctx = useApp();

/// One organisation answers on its own phone and returns its code (and the
/// path of its file when `file` is asked for).
async function answerOnAPhone(link, { ni7, officer, file = false }) {
  const phone = await ctx.browser.newContext({ viewport: { width: 360, height: 640 }, acceptDownloads: true });
  try {
    const page = await phone.newPage();
    const s = new SectorPage(page, ctx.server.origin);
    await page.goto(link);
    await page.locator('h1').waitFor();
    await s.answerNi7(ni7);
    await s.answerItem('officer', officer);
    await s.byTestId('sector-comment').fill('Thank you for asking.');
    const code = await s.finish();
    let path;
    if (file) {
      const [download] = await Promise.all([page.waitForEvent('download'), s.byTestId('sector-file').click()]);
      path = await download.path();
      const copy = `${path}.json`;
      await (await import('node:fs/promises')).copyFile(path, copy);
      path = copy;
    }
    return { code, path };
  } finally {
    await phone.close();
  }
}

test('invite, five answer on phones, codes and a file come back, figures from five', async () => {
  const app = ctx.app;
  await app.open();
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion('q10');
  await app.tick('q10', 'yes');
  await app.continue();
  await ctx.page.goto(`${ctx.site}/results/#/results`);
  await ctx.page.locator('#page-heading').waitFor();
  const by = (id) => ctx.page.locator(`[data-testid="${id}"]`);

  assert.match(await by('sector-count').innerText(), /No responses from the sector yet/);
  await by('sector-reply-input').fill('vcs@dacorum.example');
  await by('sector-invite').click();
  const link = await by('sector-link').inputValue();
  assert.match(link, /\/sector\/#invite=1&id=[0-9A-HJKMNP-TV-Z]{8}&body=Dacorum%20Borough%20Council&kind=district&reply=vcs%40dacorum.example$/);
  assert.match(await by('sector-invite-email').getAttribute('href'), /^mailto:\?subject=/);
  const qr = by('sector-qr').locator('svg');
  assert.equal(await qr.getAttribute('role'), 'img');
  assert.match(await qr.getAttribute('viewBox'), /^0 0 \d+ \d+$/);
  assert.deepEqual(await violations(ctx.page), [], 'axe, invitation made');

  const answers = [];
  for (let i = 0; i < 5; i++) {
    answers.push(await answerOnAPhone(link, { ni7: i < 3 ? 'positive' : 'negative', officer: 'no', file: i === 4 }));
  }
  const foreign = await answerOnAPhone(`${ctx.site}/sector/${invitationFragment({ id: 'ZZZZ2345', body: 'Watford Borough Council' })}`, { ni7: 'positive', officer: 'yes' });

  // Three codes: the count, and no figures under five.
  await by('sector-codes').fill(answers.slice(0, 3).map((a) => a.code).join('\n'));
  await by('sector-bring-in').click();
  assert.match(await app.notice(), /^3 responses brought in\./);
  assert.match(await by('sector-count').innerText(), /^3 responses from the sector, answered on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/);
  assert.equal(await by('result-monitoring').innerText(), 'Not yet answered', 'three responses are not yet evidence');
  assert.match(await by('sector-too-few').innerText(), /Figures appear at 5 responses/);
  assert.equal(await by('sector-ni7').count(), 0, 'no NI7 figure under five');
  assert.deepEqual(await violations(ctx.page), [], 'axe, three responses');

  // An email thread: the fourth code, the first again, another invitation's.
  const email = `From: Jo\nHere is ours: ${answers[3].code}\n> earlier: ${answers[0].code.toLowerCase()}\nAnd from next door: ${foreign.code}`;
  await by('sector-codes').fill(email);
  await by('sector-bring-in').click();
  const said = await app.notice();
  assert.match(said, /^1 response brought in\./);
  assert.match(said, /already in, counted once/);
  assert.match(said, /answers an invitation this assessment did not make/);

  // The fifth as a file: five in all, and the figures.
  await by('sector-files').setInputFiles(answers[4].path);
  await ctx.page.locator('[data-testid="sector-count"]', { hasText: /^5 responses/ }).waitFor();
  assert.equal(await by('sector-ni7').innerText(), "60.0% of the 5 who answered say this body has a very positive or positive influence on their success. NI7 in 2008: 16.2% nationally, 14% Hertfordshire's baseline, 17.9% its target for autumn 2010.");
  // The chart beside the table, with its words for screen readers.
  assert.match(await by('sector-chart').locator('svg desc').textContent(), /Responsible officer: yes 0, partly 0, no 5, don't know 0; your verdict met\./);
  const officerRow = by('sector-table').locator('tr', { hasText: 'Do you know which officer' });
  assert.match(await officerRow.innerText(), /Met\s+0\s+0\s+5\s+0\s+The sector does not see this yet/);
  // Five responses evidence the monitoring standard, and its verdict says so.
  assert.equal(await by('result-monitoring').innerText(), 'Met');
  assert.match(await by('explanation-monitoring').innerText(), /: evidenced by 5 responses from the sector, collected on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/);
  assert.deepEqual(await violations(ctx.page), [], 'axe, five responses');

  // The same file dropped on the box again: counted once, and said so.
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(answers[4].path, 'utf8');
  const transfer = await ctx.page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'response.json', { type: 'application/json' }));
    return dt;
  }, text);
  await by('sector-drop').dispatchEvent('drop', { dataTransfer: transfer });
  assert.match(await app.notice(), /response\.json: already in, counted once/);
  assert.match(await by('sector-count').innerText(), /^5 responses/);

  // On paper: the sector's view prints, the invitation and the import box do not.
  await ctx.page.emulateMedia({ media: 'print' });
  assert.ok(await by('sector-view').isVisible(), "the sector's view prints");
  assert.ok(await by('sector-chart').locator('svg').isVisible());
  assert.ok(!(await by('sector-invite-form').isVisible()), 'the invitation form does not');
  assert.ok(!(await by('sector-codes').isVisible()), 'nor the import box');
  await ctx.page.emulateMedia({ media: 'screen' });

  // Kept with the assessment: a reload finds them.
  await app.reload();
  assert.match(await by('sector-count').innerText(), /^5 responses/);
});
