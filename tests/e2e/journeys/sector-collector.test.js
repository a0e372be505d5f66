// The trusted collector (issue 27): the officer's invitation names the
// local CVS; seven organisations answer on phones and send the CVS codes
// and emails, two agreeing that their comments be passed on; the CVS brings
// them in on its own copy of the tool and downloads a summary; the body
// brings the summary in, and its results say who collected what. A code
// sent to the body by mistake is not counted there. Found as people find
// things: by role and label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';

const ctx = useApp();

/// What a `mailto:` link's body says, as the mail app shows it.
function emailText(href) {
  return decodeURIComponent(href.split('&body=')[1]);
}

/// One organisation answers on its own phone, and gives back what it
/// sends the collector: the email's text, or the bare code.
async function answerOnAPhone(link, { n, positive, comment, passOn }) {
  const phone = await ctx.browser.newContext({ viewport: { width: 360, height: 640 } });
  try {
    const page = await phone.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const promise = await page.getByText(/^This link from Dacorum Borough Council says your answers go to/).innerText();
    assert.match(promise, /^This link from Dacorum Borough Council says your answers go to Dacorum CVS, not to Dacorum Borough Council: Dacorum CVS sees each response and passes Dacorum Borough Council only totals from five answers to each question, and comments you agree to pass on\. Your name is not asked\./);
    await page.getByRole('radio', { name: positive ? 'Very positive influence' : 'Negative influence', exact: true }).check();
    if (comment) {
      await page.getByLabel(/Anything else you would like/).fill(comment);
      if (passOn) {
        await page.getByLabel('Dacorum CVS may pass my comment on to Dacorum Borough Council, without my name').check();
      }
    }
    await page.getByRole('button', { name: 'Finish and get your response code' }).click();
    const code = (await page.locator('.sector-code').innerText()).trim();
    assert.match(await page.getByText(/^Nothing has been sent yet/).innerText(), /Give this code to Dacorum CVS/);
    if (n === 4 || n === 6) return code;
    return emailText(await page.getByRole('link', { name: 'Send by email to collect@dacorumcvs.example' }).getAttribute('href'));
  } finally {
    await phone.close();
  }
}

test('a collector gathers seven phones\' answers and passes the body a summary', async () => {
  const app = ctx.app;
  await app.open();
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await ctx.page.goto(`${ctx.site}/results/#/results`);
  await ctx.page.locator('#page-heading').waitFor();
  const officer = ctx.page;

  await officer.getByLabel('Who collects the answers (optional)').fill('Dacorum CVS');
  await officer.getByLabel("Dacorum CVS's email address, for answers to go to (optional)").fill('collect@dacorumcvs.example');
  await officer.getByRole('button', { name: 'Make the invitation' }).click();
  const link = await officer.getByLabel('The link to send').inputValue();
  assert.match(link, /\/sector\/#invite=1&id=[0-9A-HJKMNP-TV-Z]{8}&.*&collector=Dacorum%20CVS$/);
  const collectorLink = await officer.getByLabel('The link for Dacorum CVS').inputValue();
  assert.match(collectorLink, /\/collect\/#invite=1&/);

  const sent = [];
  for (let n = 1; n <= 7; n++) {
    sent.push(await answerOnAPhone(link, {
      n,
      positive: n !== 4,
      comment: n <= 3 ? `Comment from phone ${n}.` : '',
      passOn: n === 1 || n === 3,
    }));
  }

  // A code sent to the body by mistake is refused, saying where it belongs.
  await officer.getByLabel('Paste response codes, or a whole email with codes in it').fill(sent[1]);
  await officer.getByRole('button', { name: 'Bring in the codes' }).click();
  assert.match(await officer.getByRole('status').filter({ hasText: 'refused' }).first().innerText(), /not counted here: forward it to Dacorum CVS/);
  assert.match(await officer.getByText(/^No responses from the sector yet/).innerText(), /No responses/);

  // The collector, in its own browser.
  const cvs = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  let summaryPath;
  try {
    const page = await cvs.newPage();
    await page.goto(collectorLink);
    await page.getByRole('heading', { level: 1, name: 'Collecting for Dacorum Borough Council' }).waitFor();
    await page.getByLabel('Paste response codes, or a whole email with codes in it').fill(sent.join('\n\n'));
    await page.getByRole('button', { name: 'Bring in the codes' }).click();
    assert.match(await page.getByRole('status').first().innerText(), /^7 responses added\./);
    // Kept in this browser: a reload keeps the seven.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const totals = await page.getByText(/^7 responses, 7 answering/).innerText();
    assert.match(totals, /Comments: 2 passed on, where the organisation agreed; 1 stay with you\./);
    const table = page.getByRole('table', { name: "What the summary says, per question" });
    assert.match(await table.getByRole('row').nth(1).innerText(), /6 of 7 very positive or positive/);
    assert.match(await table.innerText(), /Not in it: fewer than 5 answers with a view/);
    assert.deepEqual(await violations(page), [], 'no accessibility violation on the collector\'s page');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the summary' }).click(),
    ]);
    summaryPath = `${await download.path()}.json`;
    await copyFile(await download.path(), summaryPath);
    assert.match(download.suggestedFilename(), /^sector-summary-.*\.json$/);
  } finally {
    await cvs.close();
  }
  const file = await readFile(summaryPath, 'utf8');
  for (const s of sent) {
    const code = s.match(/VCS2(-[0-9A-Z]{5}){5}/)[0];
    assert.ok(!file.includes(code), 'no response code in the summary');
  }
  assert.doesNotMatch(file, /\d{4}-\d{2}-\d{2}/, 'no date finer than the month');
  assert.doesNotMatch(file, /Comment from phone 2/, 'a comment not agreed stays with the collector');

  // The body brings the summary in.
  await officer.locator('[data-testid="sector-files"]').setInputFiles(summaryPath);
  assert.match(await officer.getByRole('status').filter({ hasText: "CVS's summary" }).first().innerText(), /Dacorum CVS's summary of 7 responses brought in\./);
  assert.match(await officer.getByText(/^From the sector:/).innerText(), /^From the sector: 7 responses collected by Dacorum CVS, answered in [A-Z][a-z]+ \d{4}\.$/);
  assert.match(await officer.getByText(/^Dacorum CVS collected its responses/).innerText(), /passed you only a summary: counts, for each question only once 5 organisations answered it with a view/);
  assert.match(await officer.getByText(/organisations that answered this body's invitation on the five-point scale/).innerText(), /^6 of the 7 organisations/);
  const comments = officer.locator('.sector-comments');
  assert.match(await comments.innerText(), /Comment from phone 1\.[\s\S]*Passed on by Dacorum CVS, with the organisation's agreement, without its name/);
  assert.doesNotMatch(await comments.innerText(), /phone 2/);
  assert.ok(await officer.getByText(/collected by Dacorum CVS, each answering at least one question with a view/).count() > 0, 'the monitoring verdict names the collector');
  assert.deepEqual(await violations(officer), [], 'no accessibility violation on the results page');
});
