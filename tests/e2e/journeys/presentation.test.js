// Presentation mode, as a facilitator runs a workshop: the presenter's
// window and the room's window, keys that cannot mis-tick, a blank screen
// for the room only, private text kept off the wall, the results revealed
// and the room's actions recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { tabTo } from '../support/keyboard.js';
import { violations } from '../support/axe.js';
import { readFile } from 'node:fs/promises';
import { PresentationPage } from '../support/presentation-page.js';
import { AssessmentPage } from '../support/assessment-page.js';

const ctx = useApp({ viewport: { width: 1366, height: 768 } });

async function startPresenting(app, question = 'q2') {
  await app.open('#/start');
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion(question);
  await app.byTestId('present').click();
  await app.byTestId('present-page').waitFor();
  return new PresentationPage(app.page);
}

test('a facilitator runs the questions and the reveal with the keyboard alone', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion('q2');
  await tabTo(page, 'present');
  await page.keyboard.press('Enter');
  const slide = new PresentationPage(page);
  await app.byTestId('present-page').waitFor();
  // One numbering: the place in the questionnaire and the title.
  await slide.waitForProgress('Question 2 of 14: Working in partnership');
  assert.equal(await app.byTestId('score-summary').count(), 0, 'the score stays hidden');

  // A digit ticks the option showing it at once: no waiting for a second.
  const lsp = await slide.numberOf('q2', 'lsp');
  await slide.key(lsp);
  await slide.waitForTick('q2', 'lsp');
  await slide.key(await slide.numberOf('q2', 'liaison'));
  await slide.waitForTick('q2', 'liaison');
  await slide.key(lsp);
  await slide.waitForTick('q2', 'lsp', false);
  await slide.key(lsp);
  await slide.waitForTick('q2', 'lsp');
  const saved = await page.evaluate(() => Object.values(localStorage).join(''));
  assert.match(saved, /"q2":\["liaison","lsp"\]/, 'autosaved like every other answer');

  // Question 2's eleven options go over two slides, numbered 1 to 9 on each.
  await slide.key('ArrowRight');
  await slide.waitForProgress('Question 2 of 14: Working in partnership, continued');
  assert.ok(Number(await slide.numberOf('q2', 'none')) <= 9);
  await slide.key(await slide.numberOf('q2', 'consultation'));
  await slide.waitForTick('q2', 'consultation');
  await slide.key('n');
  await slide.waitForProgress('Question 3 of 14');
  await slide.key('PageUp');
  await slide.waitForProgress('Question 2 of 14: Working in partnership, continued');
  await slide.key('p');
  await slide.waitForProgress('Question 2 of 14: Working in partnership');
  await slide.key(' ');
  await slide.waitForProgress('Question 2 of 14: Working in partnership, continued');
  await slide.key('PageDown');
  await slide.waitForProgress('Question 3 of 14');

  // G then a number: "1" could go on (10 to 14), so it waits; "14" goes.
  await slide.key('g');
  await slide.control('present-goto').waitFor();
  await slide.key('1');
  await slide.key('2');
  await slide.waitForProgress('Question 12 of 14');
  await slide.key('g');
  await slide.key('1');
  await slide.key('Enter');
  await slide.waitForProgress('Question 1 of 14');
  await slide.key('g');
  await slide.key('5');
  await slide.waitForProgress('Question 5 of 14');
  // Escape ends "G": the digit after it ticks, not jumps.
  await slide.key('g');
  await slide.key('1');
  await slide.key('Escape');
  await slide.control('present-goto').waitFor({ state: 'detached' });
  await slide.key(await slide.numberOf('q5', 'meetings'));
  await slide.waitForTick('q5', 'meetings');
  assert.match(await slide.progress(), /^Question 5 of 14/);
  // Home and End: the first and last slides before the reveal.
  await slide.key('End');
  await slide.waitForProgress('Before the results');
  assert.match(await slide.byTestId('slide-recap').textContent(), /2Working in partnership3 ticked/);
  await slide.key('Home');
  await slide.waitForProgress('Question 1 of 14');

  // The list of keys is the presenter's alone.
  await slide.key('?');
  await slide.control('key-help').waitFor();
  assert.match(await slide.control('key-help').textContent(), /G then a number/);
  await slide.key('?');
  await slide.control('key-help').waitFor({ state: 'detached' });

  // Blank: the presenter keeps the slide and is told; a navigation key
  // brings the same slide back before it moves.
  await slide.key('b');
  await slide.control('presenter-blank').waitFor();
  assert.equal(await slide.control('present-blank').getAttribute('aria-pressed'), 'true');
  assert.ok(await slide.byTestId('slide-progress').isVisible(), 'the presenter still sees the slide');
  await slide.key('ArrowRight');
  await slide.control('presenter-blank').waitFor({ state: 'detached' });
  assert.match(await slide.progress(), /^Question 1 of 14: Support you give$/, 'the same slide back');

  // Reveal from the recap: the chart, then each standard in short points,
  // with the room's action recorded on it.
  await slide.key('End');
  await slide.key('r');
  await slide.byTestId('slide-chart').locator('svg').waitFor();
  await slide.key('n');
  await slide.waitForProgress('Standard 1 of 13');
  const points = await slide.byTestId('slide-why').locator('li').allTextContents();
  assert.ok(points.length >= 2 && points.length <= 3, points.join(' | '));
  await slide.control('agreed-action').fill('Offer the CVS a seat on the LSP board');
  await slide.control('agreed-owner').fill('Head of Communities');
  await slide.control('agreed-by').fill('end of March');
  await slide.byTestId('slide-agreed').waitFor();
  assert.match(await slide.byTestId('slide-agreed').textContent(), /Offer the CVS a seat on the LSP board; by end of March/);
  assert.ok(!(await slide.byTestId('slide-agreed').textContent()).includes('Head of Communities'), 'owners stay private');
  await slide.blur();
  await slide.key('End');
  await slide.waitForProgress("The room's actions");
  assert.match(await slide.byTestId('slide-actions').textContent(), /Influence: Offer the CVS a seat/);
  await slide.key('r');
  await slide.waitForProgress('Before the results');

  // Character keys off (WCAG 2.1.4): N and digits do nothing; the arrows,
  // Page keys and the buttons still work.
  await tabTo(page, 'present-shortcuts');
  await page.keyboard.press('Space');
  assert.equal(await slide.control('present-shortcuts').isChecked(), false);
  await slide.blur();
  await slide.key('Home');
  await slide.waitForProgress('Question 1 of 14');
  await slide.key('n');
  await slide.key('3');
  await page.waitForTimeout(150);
  assert.match(await slide.progress(), /^Question 1 of 14/);
  assert.equal(await slide.isTicked('q1', 'premises'), false);
  await slide.key('ArrowRight');
  await slide.waitForProgress('Question 1 of 14: Support you give, continued');
  await tabTo(page, 'present-next');
  await page.keyboard.press('Enter');
  await slide.waitForProgress('Question 2 of 14');

  await tabTo(page, 'leave-presentation');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/q2$/);
});

test('"one and five" ticks options one and five, never fifteen', async () => {
  const { app } = ctx;
  const slide = await startPresenting(app, 'q1');
  await slide.key('1');
  await slide.key('5');
  await slide.waitForTick('q1', 'grants');
  await slide.waitForTick('q1', 'capacity_building');
  await slide.key('ArrowRight');
  await slide.waitForProgress('Question 1 of 14: Support you give, continued');
  assert.equal(await slide.isTicked('q1', 'events'), false);
  // A digit past the slide's last option does nothing.
  await slide.key('ArrowLeft');
  await slide.waitForProgress('Question 1 of 14: Support you give');
  await slide.key('9');
  await app.page.waitForTimeout(150);
  const ticked = await app.page.locator('.presenter__stage [aria-pressed="true"]').count();
  assert.equal(ticked, 2);
});

test("the presenter's view fits a 1366x768 laptop with nothing below the fold", async () => {
  const { app, page } = ctx;
  const slide = await startPresenting(app, 'q3');
  const visible = async (locator, what) => {
    const box = await locator.boundingBox();
    assert.ok(box, `${what} is shown`);
    assert.ok(box.y + box.height <= 768, `${what} ends at ${Math.round(box.y + box.height)}px, below the fold`);
  };
  await visible(slide.byTestId('slide-progress'), 'the current slide');
  await visible(page.locator('[data-testid="slide-preview"]'), 'the next slide');
  for (const id of ['present-next', 'present-previous', 'present-reveal', 'present-blank', 'leave-presentation', 'open-audience',
    'presenter-clock', 'presenter-timer', 'audience-status', 'overview-14', 'prompts-heading', 'prompts-ask', 'present-free-text']) {
    await visible(slide.control(id), id);
  }
  assert.match(await slide.control('prompts-heading').textContent(), /Ask the room \(\d+ min suggested\)/);
  assert.match(await slide.control('prompts-figure').textContent(), /In 2010, of the 15 Hertfordshire respondents/);
  assert.match(await slide.control('presenter-clock').textContent(), /^\d\d:\d\d$/);
  assert.match(await slide.control('audience-status').textContent(), /not open/);
  // The overview jumps, and marks what is answered.
  await slide.control('overview-9').click();
  await slide.waitForProgress('Question 9 of 14: Examples to share');
  assert.equal(await slide.control('overview-9').getAttribute('aria-current'), 'step');
  assert.match(await slide.control('overview-1').getAttribute('aria-label'), /not yet answered/);
  // A countdown from the suggested minutes.
  await slide.control('present-countdown').check();
  assert.match(await slide.control('presenter-timer').textContent(), /left of \d+ min/);
});

test("private text stays in the presenter's window until shown on purpose", async () => {
  const { app, page, context } = ctx;
  const slide = await startPresenting(app, 'q2');
  const room = await slide.openRoom(context);
  await room.waitForProgress('Question 2 of 14');
  // Typed in the presenter's window, saved, and nowhere in the room's.
  await slide.control('present-text-q2_notes').fill('ask Jane Officer on 07700 900123 or jane@herts.example.org');
  await slide.control('present-text-preview').waitFor();
  assert.match(await slide.control('present-text-preview').textContent(), /\[contact detail hidden\]/);
  await page.waitForTimeout(300);
  await room.assertNever('Jane Officer', 'private by default');
  await room.assertNever('07700', 'private by default');
  await slide.control('present-show-text').click();
  await room.byTestId('slide-texts').waitFor();
  assert.match(await room.byTestId('slide-texts').textContent(), /ask Jane Officer on \[contact detail hidden\]/);
  await room.assertNever('07700', 'a phone number, even when shown');
  await room.assertNever('jane@herts', 'an email address, even when shown');
  // Shown for this visit to the question only: moving on takes it off.
  await slide.key('ArrowRight');
  await room.waitForProgress('Question 2 of 14: Working in partnership, continued');
  await room.byTestId('slide-texts').waitFor();
  await slide.key('ArrowRight');
  await room.waitForProgress('Question 3 of 14');
  await slide.key('ArrowLeft');
  await room.waitForProgress('Question 2 of 14: Working in partnership, continued');
  await room.assertNever('Jane Officer', 'shown for one visit');

  // A name in a field of names never reaches the wall, privacy off or on.
  await slide.control('overview-12').click();
  await room.waitForProgress('Question 12 of 14');
  await slide.control('present-text-q10_name').fill('Bob Smith');
  await slide.control('present-text-q10_role').fill('Partnerships lead');
  await slide.control('present-private').uncheck();
  await room.byTestId('slide-text-brief').first().waitFor();
  assert.match(await room.byTestId('slide').textContent(), /Partnerships lead/);
  await slide.control('present-show-text').count().then((n) => assert.equal(n, 0, 'nothing to show on purpose once shown'));
  await room.assertNever('Bob Smith', 'a name field');
  await slide.control('present-private').check();
  await page.waitForTimeout(200);
  await room.assertNever('Partnerships lead', 'private again');
  // Entering presentation mode again starts private.
  await slide.control('leave-presentation').click();
  await page.waitForURL(/#\/q\/q10$/);
  assert.equal(await app.field('q10_name').inputValue(), 'Bob Smith', 'saved with the answers');
});

test("the room's window: sized, told what to do, full screen from either window, closed at the end", async () => {
  const { app, page, context } = ctx;
  // Headless Chromium has no screen to fill: the Fullscreen API is stubbed
  // to count requests, and window.open to record how the window was asked for.
  await context.addInitScript(() => {
    window.__fullscreenRequests = 0;
    Element.prototype.requestFullscreen = function () {
      window.__fullscreenRequests += 1;
      return Promise.resolve();
    };
    const open = window.open.bind(window);
    window.open = (url, name, features) => {
      window.__opened = features;
      return open(url, name, features);
    };
  });
  const slide = await startPresenting(app, 'q4');
  const room = await slide.openRoom(context);
  assert.equal(await page.evaluate(() => window.__opened), 'popup,width=1024,height=768', 'a window of its own, sized');
  await room.waitForProgress('Question 4 of 14');
  assert.equal((await room.byTestId('audience-hint').textContent()).trim(), 'Move this window to the projector, then press F.');
  await page.waitForFunction(() => document.querySelector('[data-testid="audience-status"]').textContent.startsWith("Room's window: connected"));
  // Nothing in the room's window takes focus or shows a ring.
  assert.equal(await room.page.locator('button, a, input, [tabindex]').count(), 0);
  // F in the presenter's window passes its key press to the room's window.
  await slide.key('f');
  await room.page.waitForFunction(() => window.__fullscreenRequests === 1);
  assert.equal(await page.evaluate(() => window.__fullscreenRequests), 0, 'not the presenter');
  // F, and any key, in the room's window works there.
  await room.key('f');
  await room.page.waitForFunction(() => window.__fullscreenRequests === 2);
  await room.key('ArrowRight');
  await slide.waitForProgress('Question 5 of 14');
  assert.equal(await room.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  // "?" from the room's window shows the keys in the presenter's only.
  await room.key('?');
  await slide.control('key-help').waitFor();
  assert.equal(await room.page.locator('[data-testid="key-help"]').count(), 0);
  await room.key('?');
  // Blank: black for the room only.
  await slide.key('b');
  await room.byTestId('slide-blank').waitFor();
  await slide.control('presenter-blank').waitFor();
  await room.key('PageDown');
  await room.byTestId('slide-blank').waitFor({ state: 'detached' });
  assert.match(await room.progress(), /^Question 5 of 14/, 'the same slide back');
  // Leaving the presentation closes the room's window, or leaves it on a
  // closing screen where the browser keeps it open.
  await slide.control('leave-presentation').click();
  await page.waitForURL(/#\/q\/q5$/);
  const ended = room.page.isClosed()
    || await Promise.race([room.page.waitForEvent('close'), room.byTestId('audience-closed').waitFor()])
      .then(() => true, () => room.page.isClosed());
  assert.ok(ended, "the room's window closed or shows the closing screen");
});

test("the room's window keeps in step with the presenter, and outlives it", async () => {
  const { app, page, context } = ctx;
  const slide = await startPresenting(app, 'q5');
  const room = await slide.openRoom(context);
  await room.waitForProgress('Question 5 of 14');
  assert.equal(await room.page.locator('[data-testid="presentation-controls"]').count(), 0);
  assert.equal(await room.page.locator('[data-testid="presenter-notes"]').count(), 0);
  await slide.key('n');
  await room.waitForProgress('Question 6 of 14');
  await slide.key('p');
  await room.waitForProgress('Question 5 of 14');
  await slide.key(await slide.numberOf('q5', 'ask_vcs'));
  await room.waitForTick('q5', 'ask_vcs');
  await slide.key('r');
  await room.byTestId('slide-chart').locator('svg').waitFor();
  await slide.key('n');
  await room.waitForProgress('Standard 1 of 13');
  // Closing the presenter's window leaves the room's working.
  await page.close();
  await room.key('n');
  await room.waitForProgress('Standard 2 of 13');
  await room.key('r');
  await room.waitForProgress('Question 5 of 14');
  ctx.page = room.page;
});

test('every presentation state passes axe-core, in both windows', async () => {
  const { app, page, context } = ctx;
  const slide = await startPresenting(app, 'q3');
  const room = await slide.openRoom(context);
  await room.waitForProgress('Question 3 of 14');
  const both = async (what) => {
    assert.deepEqual(await violations(page), [], `presenter: ${what}`);
    assert.deepEqual(await violations(room.page), [], `room: ${what}`);
  };
  await both('question');
  await slide.control('present-text-q3_notes').fill('Compact refreshed 2009');
  await slide.control('present-show-text').click();
  await room.byTestId('slide-texts').waitFor();
  await both('free text shown');
  await slide.blur();
  await slide.key('?');
  await slide.control('key-help').waitFor();
  await both('keys');
  await slide.key('?');
  await slide.key('b');
  await room.byTestId('slide-blank').waitFor();
  await both('blank');
  await slide.key('b');
  await slide.key('End');
  await room.waitForProgress('Before the results');
  await both('recap');
  await slide.key('r');
  await room.byTestId('slide-chart').locator('svg').waitFor();
  await both('chart');
  await slide.key('n');
  await room.waitForProgress('Standard 1 of 13');
  await slide.control('agreed-action').fill('Ask the CVS to nominate');
  await both('standard with an action');
  await slide.blur();
  await slide.key('End');
  await room.waitForProgress("The room's actions");
  await both('actions');
});

test("the room's actions are saved, and go into the results, the print, the JSON and the CSV", async () => {
  const { app, page, context } = ctx;
  const slide = await startPresenting(app, 'q2');
  await slide.key('1');
  await slide.key('r');
  await slide.key('ArrowRight');
  await slide.waitForProgress('Standard 1 of 13');
  await slide.control('agreed-action').fill('Offer the CVS a seat on the LSP board');
  await slide.control('agreed-owner').fill('Head of Communities');
  await slide.control('agreed-by').fill('March 2027');
  await slide.blur();
  await slide.key('ArrowRight');
  await slide.waitForProgress('Standard 2 of 13');
  await slide.key('ArrowLeft');
  await slide.waitForProgress('Standard 1 of 13');
  assert.equal(await slide.control('agreed-action').inputValue(), 'Offer the CVS a seat on the LSP board', 'kept');

  // Exported from a results window of its own: the presentation stays.
  const [results] = await Promise.all([context.waitForEvent('page'), slide.control('present-export').click()]);
  await results.locator('[data-testid="agreed-actions"]').waitFor();
  const officer = new AssessmentPage(results, ctx.site);
  const { json } = await officer.exportJson({ includePersonal: true });
  assert.deepEqual(json.assessment.agreed, {
    influence: { action: 'Offer the CVS a seat on the LSP board', owner: 'Head of Communities', by: 'March 2027' },
  });
  const { json: anonymous } = await officer.exportJson({ includePersonal: false });
  assert.equal(anonymous.assessment.agreed.influence.owner, undefined, 'no owner without names');
  await results.getByLabel('Include names and contact details').first().check();
  const [csv] = await Promise.all([results.waitForEvent('download'), officer.byTestId('export-csv').first().click()]);
  assert.match(await readFile(await csv.path(), 'utf8'), /"agreed_action","","influence",.*"Offer the CVS a seat on the LSP board","Owner: Head of Communities; By: March 2027"/);
  await results.close();
  await slide.waitForProgress('Standard 1 of 13');

  // Printed from a window of its own: the results page, printing once drawn.
  const [printed] = await Promise.all([context.waitForEvent('page'), slide.control('present-print').click()]);
  await printed.waitForURL(/\/results\/\?print#/);
  await printed.locator('[data-testid="agreed-actions"]').waitFor();
  await printed.waitForFunction(() => location.search === '', null, { timeout: 3000 });
  assert.match(await printed.locator('[data-testid="agreed-actions"]').textContent(), /InfluenceOffer the CVS a seat on the LSP boardHead of CommunitiesMarch 2027|The sector can influence local decisionsOffer the CVS a seat on the LSP boardHead of CommunitiesMarch 2027/);
  await printed.emulateMedia({ media: 'print' });
  assert.ok(await printed.locator('[data-testid="agreed-actions"]').isVisible(), 'in the print');
  await printed.close();

  // And on the results page, after leaving.
  await slide.control('leave-presentation').click();
  await page.waitForURL(/#\/results$/);
  await app.byTestId('agreed-actions').waitFor();
});
