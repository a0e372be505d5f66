// Page objects for presentation mode: the presenter's window (slide on its
// stage, controls, notes) and the room's window (the slide alone).
import assert from 'node:assert/strict';

/// The projector sizes every slide must fit.
export const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

class Window {
  constructor(page, scope) {
    this.page = page;
    this.scope = scope;
  }

  byTestId(id) {
    return this.page.locator(`${this.scope} [data-testid="${id}"]`);
  }

  async key(key) {
    await this.page.keyboard.press(key);
  }

  async progress() {
    return (await this.byTestId('slide-progress').textContent()).trim();
  }

  /// Waits until the slide's progress line starts with `text`.
  async waitForProgress(text) {
    await this.page.waitForFunction(
      ([scope, expected]) =>
        document.querySelector(`${scope} [data-testid="slide-progress"]`)?.textContent.trim().startsWith(expected),
      [this.scope, text],
    );
  }

  option(part, option) {
    return this.byTestId(`slide-option-${part}-${option}`);
  }

  /// The number an option shows on the slide (its key).
  async numberOf(part, option) {
    return (await this.option(part, option).locator('.slide__number').textContent()).trim();
  }

  async isTicked(part, option) {
    const o = this.option(part, option);
    return ((await o.getAttribute('aria-pressed')) ?? (await o.getAttribute('data-ticked'))) === 'true';
  }

  async waitForTick(part, option, ticked = true) {
    await this.page.waitForFunction(
      ([selector, value]) => {
        const o = document.querySelector(selector);
        return (o?.getAttribute('aria-pressed') ?? o?.getAttribute('data-ticked')) === value;
      },
      [`${this.scope} [data-testid="slide-option-${part}-${option}"]`, String(ticked)],
    );
  }

  /// How far the slide's content runs past its frame, and whether the page
  /// scrolls: all zero when the slide fits.
  async overflow() {
    return this.page.evaluate((scope) => {
      const slide = document.querySelector(`${scope} .slide`);
      const root = document.scrollingElement;
      return {
        down: Math.max(0, slide.scrollHeight - slide.clientHeight),
        across: Math.max(0, slide.scrollWidth - slide.clientWidth),
        page: Math.max(0, root.scrollHeight - window.innerHeight),
      };
    }, this.scope);
  }
}

export class PresentationPage extends Window {
  constructor(page) {
    super(page, '.presenter__stage');
  }

  /// A control of the presenter's window (not on the slide).
  control(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /// Takes focus out of a field, so that keys drive the slides again.
  async blur() {
    await this.page.evaluate(() => document.activeElement?.blur());
  }

  /// Waits until the element with this id has focus.
  async waitForFocus(id) {
    await this.page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 2000 });
  }

  /// Opens the room's window and waits for it to show the slide.
  async openRoom(context) {
    const [popup] = await Promise.all([context.waitForEvent('page'), this.control('open-audience').click()]);
    const room = new RoomWindow(popup);
    await popup.locator('[data-testid="audience-page"]').waitFor();
    return room;
  }
}

export class RoomWindow extends Window {
  constructor(page) {
    super(page, '.audience');
  }

  /// Everything the room's window holds, hidden text included.
  async everything() {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }

  async assertNever(text, why) {
    assert.ok(!(await this.everything()).includes(text), `${why}: "${text}" reached the room's window`);
  }
}
