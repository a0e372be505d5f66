// A whole assessment with the keyboard alone: every question answered,
// every control on every page reached by Tab, through to the results,
// presentation mode and the county picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from '../support/fixture.js';
import { tabTo, assertTabReachesEveryControl } from '../support/keyboard.js';
import { CountyPage } from '../support/county-page.js';

const questionnaire = JSON.parse(readFileSync(new URL('../../../seeds/questionnaire.json', import.meta.url), 'utf8'));
const ctx = useApp();

test('an officer completes every question and reaches every control with the keyboard alone', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await assertTabReachesEveryControl(page, 'start page');
  await tabTo(page, 'body-name');
  await page.keyboard.type('Three Rivers District Council');
  await tabTo(page, 'kind-district');
  await page.keyboard.press('Space');
  await tabTo(page, 'start');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/tasks$/);
  // Drawn once the list is there: the URL changes a moment before.
  await app.byTestId(`task-${questionnaire.questions[0].id}`).waitFor();
  await assertTabReachesEveryControl(page, 'task list');
  await tabTo(page, `task-${questionnaire.questions[0].id}`);
  await page.keyboard.press('Enter');

  for (const [i, q] of questionnaire.questions.entries()) {
    await page.waitForURL(new RegExp(`#/q/${q.id}$`));
    await app.byTestId(`question-${q.id}`).waitFor();
    await assertTabReachesEveryControl(page, `question ${q.id}`);
    for (const part of q.parts) {
      await tabTo(page, `option-${part.id}-${part.options[0].id}`, { limit: 80 });
      await page.keyboard.press('Space');
      assert.ok(await app.option(part.id, part.options[0].id).isChecked(), `${part.id} answered`);
    }
    for (const field of q.fields) {
      await tabTo(page, `field-${field.id}`, { limit: 80 });
      await page.keyboard.type(`Typed for ${field.id}.`);
    }
    await tabTo(page, 'continue', { limit: 80 });
    await page.keyboard.press('Enter');
    if (i === questionnaire.questions.length - 1) await page.waitForURL(/#\/check$/);
  }

  // Drawn once its own controls are there: the last question's page has a heading too.
  await app.byTestId('to-results').waitFor();
  await assertTabReachesEveryControl(page, 'check answers');
  assert.equal((await app.counts()).notAnswered, 0, 'every standard has an answer to judge');
  await tabTo(page, 'to-results', { limit: 200 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/results$/);
  await app.byTestId('gap-chart').locator('svg').waitFor();
  await assertTabReachesEveryControl(page, 'results');

  // Presentation mode, from its button, then left with the keyboard.
  await tabTo(page, 'present', { limit: 200 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/present$/);
  await app.byTestId('presentation-controls').waitFor();
  await assertTabReachesEveryControl(page, 'presentation');
  await tabTo(page, 'leave-presentation');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.hash.startsWith('#/present'));

  await app.open('#/assessments');
  await assertTabReachesEveryControl(page, 'assessments');

  const county = new CountyPage(page, ctx.site);
  await county.open();
  await assertTabReachesEveryControl(page, 'county picture, empty');
  await tabTo(page, 'add-2010');
  await page.keyboard.press('Enter');
  await county.waitForSet(15);
  await assertTabReachesEveryControl(page, 'county picture, fifteen bodies added');
  await tabTo(page, 'open-report');
  await page.keyboard.press('Enter');
  await county.waitForBodies(15);
  const controls = await assertTabReachesEveryControl(page, 'county report, fifteen bodies');
  assert.ok(controls > 20, `${controls} controls on the county report`);
});
