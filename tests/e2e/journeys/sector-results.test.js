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
  assert.equal(await by('sector-intake').locator('p').first().innerText(), '3 responses added.');
  assert.equal(await ctx.page.evaluate(() => document.activeElement?.id), 'sector-intake', 'focus on what happened');
  assert.equal(await by('sector-codes').inputValue(), '', 'all taken: the box is cleared');
  assert.match(await by('sector-count').innerText(), /^3 responses from the sector, answered on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/);
  assert.equal(await by('result-monitoring').innerText(), 'Not yet answered', 'three responses are not yet evidence');
  assert.match(await by('sector-too-few').innerText(), /A figure appears for each question once 5 organisations have answered it with a view/);
  assert.match(await by('sector-who-sees').innerText(), /^You see each response you bring in as it comes back, so its figures hide nothing from you about who said what\./);
  assert.equal(await by('sector-ni7').count(), 0, 'no NI7 figure under five');
  assert.deepEqual(await violations(ctx.page), [], 'axe, three responses');

  // An email thread: the fourth code, the first again, another invitation's.
  const email = `From: Jo\nHere is ours: ${answers[3].code}\n> earlier: ${answers[0].code.toLowerCase()}\nAnd from next door: ${foreign.code}`;
  await by('sector-codes').fill(email);
  await by('sector-bring-in').click();
  assert.equal(await by('sector-intake').locator('p').first().innerText(), '1 response added, 1 already in, counted once. 1 refused: see why below.');
  assert.match(await by('sector-intake-problems').innerText(), /answers an invitation this assessment did not make/);
  assert.equal(await by('sector-codes').inputValue(), email, 'refused text stays in the box');

  // The fifth as a file: five in all, and the figures.
  await by('sector-files').setInputFiles(answers[4].path);
  await ctx.page.locator('[data-testid="sector-count"]', { hasText: /^5 responses/ }).waitFor();
  assert.equal(await by('sector-ni7').innerText(), '3 of the 5 organisations that answered this body\'s invitation on the five-point scale (60%) say it has a very positive or positive influence on their success.');
  assert.match(await by('sector-not-ni7').innerText(), /^This is not NI7 and cannot be compared with its figures/);
  // NI7's own figures are not set beside the body's: they are in the
  // page's account of NI7, apart from the sector's view.
  assert.ok(!(await by('sector-view').innerText()).includes('16.2'), 'no NI7 figure beside the body\'s');
  assert.match(await by('sector-who').innerText(), /By kind: fewer than 5 said, so not shown\./);
  // The chart beside the table, with its words for screen readers.
  assert.match(await by('sector-chart').locator('svg desc').textContent(), /Responsible officer: yes 0, partly 0, no 5, don't know 0; your verdict met\./);
  const officerRow = by('sector-table').locator('tr', { hasText: 'Do you know which officer' });
  assert.match(await officerRow.innerText(), /Met\s+0\s+0\s+5\s+0\s+The body says met; most who answered say no/);
  // Five responses evidence the asking; none says the body had asked
  // before, so it is one asking: partly met, and the verdict says why.
  assert.equal(await by('result-monitoring').innerText(), 'Partly met');
  assert.match(await by('explanation-monitoring').innerText(), /^Partly met because your invitation asked the sector for its view and five or more answered, but their answers do not show that you had asked them before \(that takes five answers to that question, most of them yes\), so this is one asking, not yet a system that monitors your support: evidenced by 5 responses to your invitation, each answering at least one question with a view, answered on \d{1,2} [A-Z][a-z]+ 20\d\d\. To meet it: /);
  // What organisations wrote is on screen, and never on paper.
  assert.ok(await by('sector-comments').isVisible());
  await ctx.page.emulateMedia({ media: 'print' });
  assert.equal(await by('sector-comments').isVisible(), false, 'no comment printed');
  await ctx.page.emulateMedia({ media: 'screen' });
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
  await ctx.page.locator('[data-testid="sector-intake"]', { hasText: '0 responses added, 1 already in' }).waitFor();
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

test('a changed answer replaces the first, an emailed comment arrives, a late one waits apart', async () => {
  const app = ctx.app;
  await app.open();
  await app.startAssessment({ name: 'Watford Borough Council', kind: 'district' });
  await ctx.page.goto(`${ctx.site}/results/#/results`);
  await ctx.page.locator('#page-heading').waitFor();
  const by = (id) => ctx.page.locator(`[data-testid="${id}"]`);
  // An invitation closing today cannot be made closing yesterday: refused.
  const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  await by('sector-closes-input').fill(yesterday);
  await by('sector-invite').click();
  assert.match(await ctx.page.locator('.sector-invite__form [role="alert"]').innerText(), /it has passed/);
  const today = new Date().toISOString().slice(0, 10);
  await by('sector-closes-input').fill(today);
  await by('sector-reply-input').fill('vcs@watford.example');
  await by('sector-invite').click();
  const link = await by('sector-link').inputValue();
  assert.match(link, new RegExp(`&closes=${today}`));

  // Two days later someone opens the link with its closing date taken off:
  // the page lets them answer, and the code still says when.
  const phone = await ctx.browser.newContext({ viewport: { width: 360, height: 640 } });
  await phone.addInitScript(() => {
    const Real = Date;
    const later = () => Real.now() + 2 * 86400000;
    globalThis.Date = class extends Real {
      constructor(...args) { if (args.length) super(...args); else super(later()); }
      static now() { return later(); }
    };
  });
  const page = await phone.newPage();
  const s = new SectorPage(page, ctx.server.origin);
  await page.goto(link.replace(`&closes=${today}`, ''));
  await s.answerNi7('positive');
  await s.byTestId('sector-comment').fill('Ring me on 01923 000000.');
  const first = await s.finish();
  await s.byTestId('sector-change').click();
  await s.answerNi7('negative');
  const changed = await s.finish();
  const mail = decodeURIComponent((await s.byTestId('sector-email').getAttribute('href')).split('&body=')[1]);
  await phone.close();

  await by('sector-codes').fill(first);
  await by('sector-bring-in').click();
  assert.equal(await by('sector-intake').locator('p').first().innerText(), '0 responses added. 1 arrived after the closing date: not counted.');
  assert.match(await by('sector-late').innerText(), /1 response answered after the closing date: kept, not counted\./);
  assert.match(await by('sector-count').innerText(), /No responses from the sector yet/);
  await by('sector-count-late').click();
  assert.match(await by('sector-count').innerText(), /^1 response from the sector/);
  assert.equal(await by('sector-late').count(), 0);

  // The changed response, by email, quoted in a reply: it replaces the
  // first, and brings its comment.
  const reply = `Forwarding this one.\n\n${mail.split('\n').map((l) => `> ${l}`).join('\n')}`;
  await by('sector-codes').fill(reply);
  await by('sector-bring-in').click();
  assert.equal(await by('sector-intake').locator('p').first().innerText(), '0 responses added, 1 updated.');
  assert.match(await by('sector-count').innerText(), /^1 response from the sector/);
  // The first copy again: it changes nothing.
  await by('sector-codes').fill(first);
  await by('sector-bring-in').click();
  assert.match(await by('sector-intake').locator('p').first().innerText(), /an earlier copy of one already in, which changes nothing/);
  const saved = await ctx.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => localStorage.getItem(k)?.includes('VCS2-'));
    return JSON.parse(localStorage.getItem(key));
  });
  const responses = (saved.assessment ?? saved).sector.responses;
  assert.equal(responses.length, 1);
  assert.equal(responses[0].code, changed);
  assert.equal(responses[0].comment, 'Ring me on 01923 000000.');
  assert.equal(responses[0].late_counted, true);
  assert.deepEqual(await violations(ctx.page), [], 'axe, late and updated');

  // Two days on, the results no longer offer the closed invitation's link.
  await ctx.page.context().addInitScript(() => {
    const Real = Date;
    const later = () => Real.now() + 2 * 86400000;
    globalThis.Date = class extends Real {
      constructor(...args) { if (args.length) super(...args); else super(later()); }
      static now() { return later(); }
    };
  });
  await ctx.page.reload();
  assert.match(await by('sector-invitation-closed').innerText(), /^Your invitation closed on \d{1,2} [A-Z][a-z]+ 20\d\d: its link takes no answers now/);
  assert.equal(await by('sector-link').count(), 0, 'no link that takes no answers');
  assert.equal(await by('sector-qr').count(), 0);
  assert.deepEqual(await violations(ctx.page), [], 'axe, closed');
});
