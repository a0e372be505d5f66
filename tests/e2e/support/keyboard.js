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

/// Tabs through the whole page and fails naming every visible control that
/// Tab never reached (a radio group is one stop, as the browser makes it).
export async function assertTabReachesEveryControl(page, label) {
  const controls = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const stops = new Map();
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      // Not drawn: display none, visibility hidden, or inside a closed <details>.
      const hidden = !el.checkVisibility({ visibilityProperty: true });
      // Hidden from everyone on purpose: a file input behind its button.
      const behind = el.tabIndex < 0 && el.closest('[aria-hidden="true"]');
      if (hidden || behind || el.closest('[inert]')) continue;
      el.dataset.kbStop = el.type === 'radio' ? `radio ${el.name}` : `${n++}`;
      stops.set(el.dataset.kbStop, el.dataset.testid ?? el.outerHTML.slice(0, 80));
    }
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    return [...stops];
  });
  const reached = new Set();
  for (let i = 0; i < controls.length * 2 + 10 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => document.activeElement?.dataset?.kbStop);
    if (stop !== undefined) reached.add(stop);
  }
  const missed = controls.filter(([stop]) => !reached.has(stop)).map(([, what]) => what);
  assert.deepEqual(missed, [], `${label}: Tab reaches every control`);
  return controls.length;
}
