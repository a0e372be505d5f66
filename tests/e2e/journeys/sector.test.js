// The sector's view (issue 22): a voluntary organisation answers on a
// 360x640 phone from an invitation link, anonymously by default, and gets
// a response code, a file and an email; a closed or broken link says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';
import { SectorPage, invitationFragment } from '../support/sector-page.js';

const ctx = useApp({ viewport: { width: 360, height: 640 } });
const sector = () => new SectorPage(ctx.page, ctx.server.origin);
const STANDARDS = ['influence', 'internal_promotion', 'officer', 'senior_lead', 'monitoring', 'plan_mention', 'strategy',
  'induction', 'infrastructure_funding', 'commissioning', 'funding_mix', 'communication', 'compact'];

const noSidewaysScroll = () => ctx.page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth);

test('an organisation answers on a phone and gets a code, a file and an email', async () => {
  const s = sector();
  await s.open(invitationFragment({ reply: 'vcs@dacorum.example', closes: '2099-12-31' }));
  assert.equal(await s.byTestId('sector-heading').innerText(), 'How does Dacorum Borough Council treat your organisation?');
  assert.equal(await s.byTestId('sector-promise').innerText(), 'Your answers go to Dacorum Borough Council, which sees each response and keeps it with its own records. Your name is not asked. Nothing is sent by this page: at the end you send a short code yourself.');
  assert.match(await s.byTestId('sector-kept').innerText(), /kept in this tab as you give them, so a reload keeps them; closing the tab forgets them\. No one can check who answers: anyone with the link can answer, more than once, and several answers from one person could narrow the totals down to yours\./);
  assert.doesNotMatch(await ctx.page.locator('main').innerText(), /anonym|picked out/i, 'no promise the design cannot keep');
  assert.match(await ctx.page.locator('[data-testid="sector-ni7"] legend').innerText(), /^1\. /, 'numbered as the items are');
  assert.match(await s.byTestId('sector-closes').innerText(), /^Answers are taken until the end of 31 December 2099\.$/);
  assert.equal(await s.byTestId('sector-organisation').count(), 0, 'anonymous by default: no name asked');
  assert.ok(await noSidewaysScroll(), 'no sideways scroll at 360 px');
  assert.deepEqual(await violations(ctx.page), [], 'axe, the questions');

  await s.answerNi7('positive');
  for (const [i, standard] of STANDARDS.entries()) {
    await s.answerItem(standard, ['yes', 'partly', 'no', 'dont_know'][i % 4]);
  }
  await s.byTestId('sector-kind').selectOption({ label: 'Registered charity' });
  await s.byTestId('sector-comment').fill('Grants panel is helpful; contracts are hard to bid for.');
  const code = await s.finish();
  assert.equal(await s.byTestId('sector-replaces').count(), 0, 'a first code replaces nothing');
  assert.match(code, /^VCS2(-[0-9A-HJKMNP-TV-Z]{5}){5}$/, code);
  assert.ok(code.length <= 60);
  assert.deepEqual(await violations(ctx.page), [], 'axe, the finished code');
  assert.ok(await noSidewaysScroll(), 'the code wraps within 360 px');
  assert.match(await s.byTestId('sector-finished').innerText(), /not your comment or name/);

  const href = await s.byTestId('sector-email').getAttribute('href');
  assert.ok(href.startsWith('mailto:vcs@dacorum.example?subject='), href);
  const body = decodeURIComponent(href.split('&body=')[1]);
  assert.ok(body.includes(code), 'the email carries the code');
  assert.ok(body.includes('Comment:\n| Grants panel is helpful; contracts are hard to bid for.\n'), 'and the comment, each line marked for the officer\'s paste');

  const [file] = await Promise.all([ctx.page.waitForEvent('download'), s.byTestId('sector-file').click()]);
  const json = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.equal(json.format, 'thriving-third-sector-sector-response');
  assert.equal(json.code, code);
  assert.equal(json.invitation.body, 'Dacorum Borough Council');
  assert.equal(json.organisation, undefined);

  // Back to the answers: kept, and the code reflects a change. It is the
  // same response (its invitation tag and random id, the first 12
  // symbols, are unchanged), so it still counts once.
  await s.byTestId('sector-change').click();
  assert.ok(await s.byTestId('ni7-positive').isChecked());
  await s.answerItem('compact', 'no'); // it was yes
  const again = await s.finish();
  assert.notEqual(again, code);
  assert.equal(again.slice(0, 19), code.slice(0, 19));
  assert.equal(await ctx.page.getByText(/^This code replaces any you made before/).innerText(), 'This code replaces any you made before for this invitation: send it the same way, and only the latest counts.');
});

test('named responses only when the invitation asks, saying who sees the name', async () => {
  const s = sector();
  await s.open(invitationFragment({ named: true }));
  const hint = await ctx.page.locator('#sector-organisation-hint').innerText();
  assert.match(hint, /^Dacorum Borough Council sees your organisation's name beside your answers, if you give one\.$/);
  assert.match(await s.byTestId('sector-promise').innerText(), /which sees each response and keeps it with its own records, with your organisation's name if you give it\./);
  await s.byTestId('sector-organisation').fill('Friends of the Park');
  // A name alone answers nothing: finishing is refused, saying why.
  await ctx.page.getByRole('button', { name: 'Finish and get your response code' }).click();
  assert.equal(await ctx.page.getByRole('alert').filter({ hasText: 'Answer at least one' }).innerText(), 'Answer at least one question before you finish.');
  assert.equal(await s.byTestId('sector-code').count(), 0);
  await s.answerNi7('positive');
  await s.finish();
  assert.match(await s.byTestId('sector-finished').innerText(), /not your comment or name/);
  assert.deepEqual(await violations(ctx.page), []);
});

test('a reload, or a switch to the mail app, loses nothing; a new tab starts afresh', async () => {
  const s = sector();
  await s.open(invitationFragment({ reply: 'vcs@dacorum.example' }));
  await s.answerNi7('positive');
  await s.answerItem('influence', 'partly');
  await s.byTestId('sector-kind').selectOption({ label: 'Faith group' });
  await s.byTestId('sector-comment').fill('Half way through.');
  assert.equal(await s.byTestId('sector-comment-count').innerText(), '983 characters left');
  await ctx.page.reload();
  await ctx.page.locator('h1').waitFor();
  assert.ok(await s.byTestId('ni7-positive').isChecked(), 'the NI7 answer kept');
  assert.ok(await s.byTestId('item-influence-partly').isChecked(), 'an item kept');
  assert.equal(await s.byTestId('sector-kind').inputValue(), '3');
  assert.equal(await s.byTestId('sector-comment').inputValue(), 'Half way through.');
  const code = await s.finish();
  // Off to the mail app and back: the page reloads on the same code.
  await ctx.page.reload();
  await s.byTestId('sector-code').waitFor();
  assert.equal((await s.byTestId('sector-code').innerText()).trim(), code, 'the same code after a reload');
  // Changed after finishing: a later revision of the same response.
  await s.byTestId('sector-change').click();
  await s.answerItem('influence', 'yes');
  const changed = await s.finish();
  assert.notEqual(changed, code);
  assert.equal(changed.slice(0, 19), code.slice(0, 19), 'the same response');
  // The next person on this device, in a new tab, sees none of it.
  const other = await ctx.page.context().newPage();
  await other.goto(ctx.page.url());
  await other.locator('h1').waitFor();
  assert.equal(await other.locator('[data-testid="sector-form"]').count(), 1);
  assert.ok(!(await other.locator('[data-testid="ni7-positive"]').isChecked()));
  await other.close();
});

test('a closed invitation takes no answers; a broken link says what is wrong', async () => {
  const s = sector();
  await s.open(invitationFragment({ closes: '2020-01-31' }));
  assert.match(await s.byTestId('sector-closed').innerText(), /closed on 31 January 2020: no answers are taken now\./);
  assert.equal(await s.byTestId('sector-form').count(), 0);
  assert.deepEqual(await violations(ctx.page), [], 'axe, closed');
  // Another link pasted into the same tab is read afresh.
  await ctx.page.evaluate(() => { location.hash = '#invite=1&id=ABCD2345&body=Watford'; });
  await ctx.page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Watford'));
  await s.open('#invite=1&body=Dacorum');
  assert.match(await s.byTestId('sector-invitation-error').innerText(), /no invitation id/);
  await s.open('#invite=1&id=ABCD2345&body=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  assert.equal(await ctx.page.locator('img').count(), 0, 'a name is text, never markup');
  assert.match(await s.byTestId('sector-heading').innerText(), /<img src=x onerror=alert\(1\)>/);
});

test('at 200% zoom (180 px of CSS width at 360) nothing scrolls sideways', async () => {
  await ctx.page.setViewportSize({ width: 180, height: 320 });
  const s = sector();
  await s.open(invitationFragment({ body: 'Hertfordshire Constabulary and Police and Crime Commissioner' }));
  assert.ok(await noSidewaysScroll(), 'reflows at 180 px');
});
