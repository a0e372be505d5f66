// Presentation mode, as a facilitator runs it in front of a room: keys
// only, results hidden until revealed, private by default, a second window
// for the projector kept in step, large type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { tabTo } from '../support/keyboard.js';
import { violations } from '../support/axe.js';
import { PresentationPage } from '../support/presentation-page.js';

const ctx = useApp();

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
  // Into presentation mode from the question, by keyboard.
  await tabTo(page, 'present');
  await page.keyboard.press('Enter');
  const slide = new PresentationPage(page);
  await app.byTestId('present-page').waitFor();
  await slide.waitForFocus('slide-heading');
  assert.equal(await slide.progress(), 'Question 2 of 14 · Question 2: Working in partnership');
  // The score stays hidden while the room answers.
  assert.equal(await app.byTestId('score-summary').count(), 0);

  await slide.key('ArrowRight');
  await slide.waitForProgress('Question 3 of 14');
  await slide.waitForFocus('slide-heading');
  await slide.key('p');
  await slide.waitForProgress('Question 2 of 14');
  await slide.key('n');
  await slide.waitForProgress('Question 3 of 14');
  await slide.key('ArrowLeft');
  await slide.waitForProgress('Question 2 of 14');
  // Focus is visible on the wall after every key.
  await slide.waitForFocus('slide-heading');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');

  // Number keys tick the numbered options: "1" waits for a second digit
  // (question 2 has eleven options), "5" ticks at once.
  await slide.key('1');
  await slide.waitForTick('q2', 'lsp');
  await slide.key('5');
  await slide.waitForTick('q2', 'regular_meetings');
  await slide.key('1');
  await slide.key('0');
  await slide.waitForTick('q2', 'resourced_reps');
  await slide.key('5');
  await slide.waitForTick('q2', 'regular_meetings', false);
  // A digit waiting for a second one does not land on the next question.
  await slide.key('1');
  await slide.key('n');
  await slide.waitForProgress('Question 3 of 14');
  await page.waitForTimeout(1000);
  assert.equal(await slide.isTicked('q3_1', 'yes'), false);
  await slide.key('p');
  await slide.waitForProgress('Question 2 of 14');
  assert.equal(await slide.isTicked('q2', 'lsp'), true, 'nor is it taken here');
  // Autosaved like every other answer.
  const saved = await page.evaluate(() => Object.values(localStorage).join(''));
  assert.match(saved, /"q2":\["lsp","resourced_reps"\]/);

  // Blank and back; the list of keys and back.
  await slide.key('b');
  await app.byTestId('slide-blank').waitFor();
  await slide.waitForFocus('slide-blank');
  await slide.key('B');
  await app.byTestId('slide-blank').waitFor({ state: 'detached' });
  await slide.waitForFocus('slide-heading');
  await slide.key('?');
  await app.byTestId('key-help').waitFor();
  await slide.waitForFocus('key-help-heading');
  assert.match(await app.byTestId('key-help').textContent(), /Reveal the results/);
  await slide.key('?');
  await app.byTestId('key-help').waitFor({ state: 'detached' });

  // Reveal: the chart, then the standards one at a time.
  await slide.key('r');
  await app.byTestId('slide-chart').locator('svg').waitFor();
  assert.match(await app.byTestId('slide-summary').textContent(), /1 met, 1 partly met/);
  await slide.key('n');
  await slide.waitForProgress('Standard 1 of 13');
  assert.equal((await app.byTestId('slide-verdict').textContent()).trim(), 'Met');
  await slide.key('n');
  await slide.waitForProgress('Standard 2 of 13');
  await slide.key('p');
  await slide.waitForProgress('Standard 1 of 13');
  assert.ok((await app.byTestId('slide-step').textContent()).length > 20, 'the first next step');
  await slide.key('r');
  await slide.waitForProgress('Question 2 of 14');

  // Shortcuts off (WCAG 2.1.4): keys do nothing, buttons still work.
  await tabTo(page, 'present-shortcuts');
  await page.keyboard.press('Space');
  assert.equal(await app.byTestId('present-shortcuts').isChecked(), false);
  await slide.key('n');
  await slide.key('3');
  await page.waitForTimeout(100);
  assert.match(await slide.progress(), /^Question 2 of 14/);
  assert.equal(await slide.isTicked('q2', 'task_finish'), false);
  await tabTo(page, 'present-next');
  await page.keyboard.press('Enter');
  await slide.waitForProgress('Question 3 of 14');

  // Leaving goes back to the question on the wall.
  await tabTo(page, 'leave-presentation');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/q3$/);
});

test('a digit typed just before moving on stays with its question', async () => {
  const { app, page } = ctx;
  // Question 1 has seventeen options, so "1" waits for a second digit.
  const slide = await startPresenting(app, 'q1');
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await page.keyboard.press('5');
  await slide.waitForProgress('Question 2 of 14');
  await slide.waitForTick('q2', 'regular_meetings');
  await page.waitForTimeout(1000);
  assert.equal(await slide.isTicked('q2', 'lsp'), false, 'not "1" then "5" on question 2');
  await slide.key('p');
  await slide.waitForProgress('Question 1 of 14');
  assert.equal(await slide.isTicked('q1', 'grants'), false, 'nor option 1 of question 1 once it left');
});

test('F asks the browser for full screen', async () => {
  // Headless Chromium has no screen to fill, so the Fullscreen API is
  // stubbed to record the request.
  const { app, page } = ctx;
  await page.addInitScript(() => {
    window.__fullscreenRequests = 0;
    Element.prototype.requestFullscreen = function () {
      window.__fullscreenRequests += 1;
      return Promise.resolve();
    };
  });
  const slide = await startPresenting(app);
  await slide.key('f');
  await page.waitForFunction(() => window.__fullscreenRequests === 1);
  await app.byTestId('present-fullscreen').click();
  await page.waitForFunction(() => window.__fullscreenRequests === 2);
});

test('names, contacts and free text stay off the wall unless asked for', async () => {
  const { app, page, context } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion('q10');
  await app.tick('q10', 'yes');
  await app.field('q10_name').fill('Jane Officer');
  await app.field('q10_role').fill('Community Partnerships Officer');
  await app.openQuestion('q2');
  await app.field('q2_notes').fill('Quarterly CHACE meetings with the chairs');
  await app.byTestId('present').click();
  const slide = new PresentationPage(page);
  await slide.waitForProgress('Question 2 of 14');
  const [popup] = await Promise.all([context.waitForEvent('page'), app.byTestId('open-audience').click()]);
  const audience = new PresentationPage(popup);
  await audience.waitForProgress('Question 2 of 14');
  const walls = async () => [await app.byTestId('slide').textContent(), await audience.byTestId('slide').textContent()];

  for (const wall of await walls()) assert.ok(!wall.includes('Quarterly CHACE'), 'no free text');
  assert.equal(await app.byTestId('slide-text-hidden').count(), 1);
  // Shown on request, for this question only, on both walls.
  await app.byTestId('present-show-text').click();
  await audience.byTestId('slide-texts').waitFor();
  for (const wall of await walls()) assert.match(wall, /Quarterly CHACE/);
  assert.equal(await app.byTestId('present-show-text').getAttribute('aria-pressed'), 'true');

  for (let i = 0; i < 10; i++) await app.byTestId('present-next').click();
  await slide.waitForProgress('Question 12 of 14');
  await audience.waitForProgress('Question 12 of 14');
  for (const wall of await walls()) {
    assert.ok(!wall.includes('Jane Officer'), 'no name');
    assert.ok(!wall.includes('Community Partnerships Officer'), 'free text hidden again on the next question');
  }
  await app.byTestId('present-show-text').click();
  await audience.byTestId('slide-texts').waitFor();
  for (const wall of await walls()) {
    assert.match(wall, /Community Partnerships Officer/);
    assert.ok(!wall.includes('Jane Officer'), 'names stay hidden');
  }
  // Privacy off: everything shows. Entering again starts private.
  await app.byTestId('present-private').uncheck();
  await audience.page.waitForFunction(() => document.body.textContent.includes('Jane Officer'));
  await app.byTestId('leave-presentation').click();
  await page.waitForURL(/#\/q\/q10$/);
  await app.byTestId('present').click();
  await slide.waitForProgress('Question 12 of 14');
  assert.equal(await app.byTestId('present-private').isChecked(), true);
  assert.ok(!(await app.byTestId('slide').textContent()).includes('Jane Officer'));
  await popup.close();
});

test('the audience window keeps in step with the presenter, and outlives it', async () => {
  const { app, page, context } = ctx;
  const presenter = await startPresenting(app, 'q5');
  const [popup] = await Promise.all([context.waitForEvent('page'), app.byTestId('open-audience').click()]);
  const audience = new PresentationPage(popup);
  await popup.locator('[data-testid="audience-page"]').waitFor();
  await audience.waitForProgress('Question 5 of 14');
  // Only the slide: no controls, no notes.
  assert.equal(await audience.byTestId('presentation-controls').count(), 0);
  assert.equal(await audience.byTestId('presenter-notes').count(), 0);
  assert.equal(await app.byTestId('presenter-notes').getAttribute('open'), '', 'notes open beside the slide');
  assert.match(await app.byTestId('presenter-feeds').textContent(), /Monitoring your support/);

  await presenter.key('n');
  await audience.waitForProgress('Question 6 of 14');
  await presenter.key('p');
  await audience.waitForProgress('Question 5 of 14');
  await presenter.key('4');
  await audience.waitForTick('q5', 'ask_vcs');
  await presenter.key('b');
  await audience.byTestId('slide-blank').waitFor();
  await presenter.key('b');
  await audience.byTestId('slide-blank').waitFor({ state: 'detached' });
  await presenter.key('r');
  await audience.byTestId('slide-chart').locator('svg').waitFor();
  await presenter.key('n');
  await audience.waitForProgress('Standard 1 of 13');

  // Closing the presenter's window leaves the audience's working.
  await page.close();
  await audience.key('n');
  await audience.waitForProgress('Standard 2 of 13');
  await audience.key('r');
  await audience.waitForProgress('Question 5 of 14');
  ctx.page = popup;
});

test('every presentation state passes axe-core', async () => {
  const { app, page, context } = ctx;
  const slide = await startPresenting(app, 'q3');
  assert.deepEqual(await violations(page), [], 'question');
  await slide.key('?');
  await app.byTestId('key-help').waitFor();
  assert.deepEqual(await violations(page), [], 'keys');
  await slide.key('?');
  await slide.key('b');
  await app.byTestId('slide-blank').waitFor();
  assert.deepEqual(await violations(page), [], 'blank');
  await slide.key('b');
  await slide.key('r');
  await app.byTestId('slide-chart').locator('svg').waitFor();
  assert.deepEqual(await violations(page), [], 'chart');
  await slide.key('n');
  await slide.waitForProgress('Standard 1 of 13');
  assert.deepEqual(await violations(page), [], 'standard');
  const [popup] = await Promise.all([context.waitForEvent('page'), app.byTestId('open-audience').click()]);
  await popup.locator('[data-testid="audience-page"]').waitFor();
  await new PresentationPage(popup).waitForProgress('Standard 1 of 13');
  assert.deepEqual(await violations(popup), [], 'audience window');
});

test('projected text is large and dark on light at projector sizes', async () => {
  const { app, page } = ctx;
  await page.setViewportSize({ width: 1024, height: 768 });
  const slide = await startPresenting(app, 'q2');
  const measure = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.slide__label'));
      const channels = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const luminance = (c) => {
        const [r, g, b] = channels(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = getComputedStyle(document.querySelector('.slide__option')).backgroundColor;
      const [l1, l2] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
      return { size: parseFloat(style.fontSize), contrast: (l1 + 0.05) / (l2 + 0.05) };
    });
  const small = await measure();
  assert.ok(small.size >= 24, `body text ${small.size}px at 1024x768`);
  assert.ok(small.contrast >= 7, `contrast ${small.contrast.toFixed(1)}:1`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const large = await measure();
  assert.ok(large.size > small.size * 1.5, `scaled up to ${large.size}px at 1920x1080`);
  // A ticked option is inverted, not tinted.
  await slide.key('4');
  await slide.waitForTick('q2', 'liaison');
  const ticked = await page.evaluate(() =>
    getComputedStyle(document.querySelector('[data-testid="slide-option-q2-liaison"]')).backgroundColor,
  );
  assert.equal(ticked, 'rgb(11, 12, 12)');
});
