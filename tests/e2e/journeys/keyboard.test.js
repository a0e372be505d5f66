// The assessment works with the keyboard alone, and focus lands on each
// new page's heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { tabTo } from '../support/keyboard.js';

const ctx = useApp();

test('start, answer and reach results without a mouse', async () => {
  const { app, page } = ctx;
  await app.open('#/start');

  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  await tabTo(page, 'body-name');
  await page.keyboard.type('North Herts District Council');
  await tabTo(page, 'kind-district');
  await page.keyboard.press('Space');
  await tabTo(page, 'start');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/tasks$/);
  // Focus moves to the new page's heading once it has rendered.
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading', null, { timeout: 2000 });

  await tabTo(page, 'task-q5');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/q5$/);
  await tabTo(page, 'option-q5-ask_vcs');
  await page.keyboard.press('Space');
  assert.equal((await app.counts()).met, 1);
  await tabTo(page, 'continue');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/q6_1$/);

  // Radios: arrow keys move the choice.
  await app.openQuestion('q8');
  await tabTo(page, 'option-q8-yes');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.ok(await app.option('q8', 'engagement').isChecked());
  assert.equal(await app.option('q8', 'yes').isChecked(), false);

  await tabTo(page, 'nav-results', { key: 'Shift+Tab' });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/results$/);
  assert.equal((await app.byTestId('result-monitoring').textContent()).trim(), 'Met');
});

test('focus is always visible', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await tabTo(page, 'body-name');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  assert.equal(outline, 'rgb(255, 221, 0)');
  await tabTo(page, 'start');
  const background = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  assert.equal(background, 'rgb(255, 221, 0)');
});
