// The site's pages (seeds/pages.json) each have their own wasm: the
// officer's are the questions (the site's folder), results/ and present/. Moving between them
// is a link like any other: Back works, focus lands on the new page's
// heading, what was said goes along, and old addresses still arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchContext } from '../support/fixture.js';
import { AssessmentPage } from '../support/assessment-page.js';
import { PresentationPage } from '../support/presentation-page.js';
import { launch } from '../support/browser.js';

const ctx = useApp();

test('from a question to the results page and back, with focus on each heading', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Hertsmere Borough Council', kind: 'district' });
  await app.openQuestion('q1');
  await app.tick('q1', 'grants', 'sla', 'cvs_funding');

  await page.getByRole('link', { name: 'See results in full' }).click();
  await page.waitForURL(`${ctx.site}/results/#/results`);
  await app.byTestId('results-summary').waitFor();
  assert.match(await app.byTestId('results-summary').textContent(), /^2 met, 0 partly met, 1 not met/);
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.match(await page.title(), /^Results - /);
  // No score aside beside the full results.
  assert.equal(await app.byTestId('score-summary').count(), 0);

  // The header's links lead back to the questions' page.
  await app.byTestId('nav-tasks').click();
  await page.waitForURL(`${ctx.site}/#/tasks`);
  await app.byTestId('progress').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  // Back returns to the results, forward to the questions.
  await page.goBack();
  await app.byTestId('results-summary').waitFor();
  assert.equal(page.url(), `${ctx.site}/results/#/results`);
  await page.goForward();
  await app.byTestId('progress').waitFor();
});

test('an address of one page opened on another arrives where it names', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Three Rivers District Council', kind: 'district' });
  // A bookmark from before the pages were split.
  await page.goto(`${ctx.site}/#/results`);
  await page.waitForURL(`${ctx.site}/results/#/results`);
  await app.byTestId('results-summary').waitFor();
  // A question asked of the results page.
  await page.goto(`${ctx.site}/results/#/q/q4`);
  await page.waitForURL(`${ctx.site}/#/q/q4`);
  await app.byTestId('question-q4').waitFor();
  // The results page on its own shows the results.
  await page.goto(`${ctx.site}/results/`);
  await app.byTestId('results-summary').waitFor();
  assert.equal(page.url(), `${ctx.site}/results/#/results`);
  // And the first page reopens where the user last was.
  await page.goto(`${ctx.site}/`);
  await page.waitForURL(`${ctx.site}/results/#/results`);
});

test('presentation begins at the slide it was started from, once', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Welwyn Hatfield Borough Council', kind: 'district' });
  await page.goto(`${ctx.site}/results/#/results`);
  await app.byTestId('present').click();
  await app.byTestId('present-page').waitFor();
  await page.waitForURL(`${ctx.site}/present/#/present`);
  // The results start revealed, at the gap chart.
  await app.byTestId('slide-chart').waitFor();
  // Leaving goes back to the page it was started from.
  await app.byTestId('leave-presentation').click();
  await page.waitForURL(`${ctx.site}/results/#/results`);
  await app.byTestId('results-summary').waitFor();
});

test('each tab keeps the assessment it has open, whatever another tab opens', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Broxbourne Borough Council', kind: 'district' });
  const other = new AssessmentPage(await ctx.context.newPage(), ctx.site);
  await other.open('#/assessments');
  await other.byTestId('new-assessment').click();
  await other.page.waitForURL(/#\/start$/);
  await other.startAssessment({ name: 'Stevenage Borough Council', kind: 'district' });
  // This tab's next pages still show its own assessment.
  await app.reload();
  await app.openQuestion('q1');
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Broxbourne Borough Council');
  await page.getByRole('link', { name: 'See results in full' }).click();
  await page.waitForURL(`${ctx.site}/results/#/results`);
  await app.byTestId('results-summary').waitFor();
  assert.equal(await app.byTestId('header-body-name').textContent(), 'Broxbourne Borough Council');
  // A new tab opens the one opened last.
  const third = new AssessmentPage(await ctx.context.newPage(), ctx.site);
  await third.open('#/tasks');
  assert.equal(await third.byTestId('header-body-name').textContent(), 'Stevenage Borough Council');
});

test('Back to a page kept in the browser memory shows what other pages saved', async () => {
  // A browser that keeps pages for Back, as browsers do unless told not to.
  // Chromium gives the restored page the storage events it missed; the app
  // reloads such a page anyway, for browsers that do not.
  const browser = await launch({ backForwardCache: true });
  try {
    // Watched like every journey's context: its pages' errors fail the test.
    const context = await browser.newContext();
    watchContext(context, ctx);
    await backToAPageKeptInMemory(await context.newPage());
  } finally {
    await browser.close();
  }
});

async function backToAPageKeptInMemory(page) {
  await page.addInitScript(() =>
    addEventListener('pageshow', (e) => {
      if (e.persisted) sessionStorage.setItem('restored-from-memory', '1');
    }),
  );
  const app = new AssessmentPage(page, ctx.site);
  await app.open('#/start');
  await app.startAssessment({ name: 'East Herts Council', kind: 'district' });
  await app.openQuestion('q2');
  await app.tick('q2', 'lsp');
  await app.byTestId('present').click();
  await app.byTestId('present-page').waitFor();
  const slide = new PresentationPage(page);
  await slide.waitForTick('q2', 'lsp');
  // Ticked on the wall, then Back to the question.
  await slide.option('q2', 'regular_meetings').click();
  await slide.waitForTick('q2', 'regular_meetings');
  // A page restored from memory fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL(`${ctx.site}/#/q/q2`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('[data-testid="option-q2-regular_meetings"]')?.checked === true, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => sessionStorage.getItem('restored-from-memory')), '1', 'the page came back from memory');
  assert.equal(await app.option('q2', 'lsp').isChecked(), true);
  // One more tick here keeps both.
  await app.tick('q2', 'task_finish');
  await app.byTestId('nav-results').click();
  await page.waitForURL(`${ctx.site}/results/#/results`);
  await app.openQuestion('q2');
  for (const option of ['lsp', 'regular_meetings', 'task_finish']) {
    assert.equal(await app.option('q2', option).isChecked(), true, option);
  }
}

test('presentation mode keeps its settings when the facilitator leaves and comes back', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'St Albans City and District Council', kind: 'district' });
  await app.openQuestion('q3');
  await app.byTestId('present').click();
  await app.byTestId('present-page').waitFor();
  await app.byTestId('present-shortcuts').uncheck();
  await app.byTestId('leave-presentation').click();
  await page.waitForURL(`${ctx.site}/#/q/q3`);
  await app.byTestId('question-q3').waitFor();
  await app.byTestId('present').click();
  await app.byTestId('present-page').waitFor();
  await new PresentationPage(page).waitForProgress('Question 3 of 14');
  assert.equal(await app.byTestId('present-shortcuts').isChecked(), false);
});

test('every page of the journey is watched: an error in a second tab or a popup is heard', async () => {
  const { page } = ctx;
  await page.goto(`${ctx.site}/`);
  const second = await ctx.context.newPage();
  await second.goto(`${ctx.site}/county/`);
  const [popup] = await Promise.all([
    ctx.context.waitForEvent('page'),
    page.evaluate(() => window.open('county/report/', 'popup', 'width=800,height=600')),
  ]);
  await popup.waitForLoadState();
  await second.evaluate(() => console.error('second tab'));
  await popup.evaluate(() => console.error('popup'));
  await expectErrors(['second tab', 'popup']);
  // Heard, so clear: this journey's own check after it must still pass.
  ctx.errors.length = 0;
});

async function expectErrors(words) {
  for (let i = 0; i < 50 && !words.every((w) => ctx.errors.some((e) => e.endsWith(w))); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  for (const w of words) assert.ok(ctx.errors.some((e) => e.endsWith(w)), `${w}: ${ctx.errors.join('; ')}`);
}

test("the export format's schemas are served with the site, the one each export names among them", async () => {
  const res = await ctx.page.request.get(`${ctx.site}/schema/assessment-v8.schema.json`);
  assert.equal(res.status(), 200);
  const schema = await res.json();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /\/schema\/assessment-v8\.schema\.json$/);
});
