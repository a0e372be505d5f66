// Moving focus with the keyboard alone.
import assert from 'node:assert/strict';

export const focusedTestId = (page) =>
  page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.id);

/// Presses Tab (or `key`) until the element with `testid` has focus.
export async function tabTo(page, testid, { limit = 60, key = 'Tab' } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if ((await focusedTestId(page)) === testid) return;
  }
  assert.fail(`Tab never reached ${testid}`);
}
