// Page object for presentation mode: the slide, its keys and controls.
export class PresentationPage {
  constructor(page) {
    this.page = page;
  }

  byTestId(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async key(key) {
    await this.page.keyboard.press(key);
  }

  async progress() {
    return (await this.byTestId('slide-progress').textContent()).trim();
  }

  /// Waits until the slide's progress line reads `text`.
  async waitForProgress(text) {
    await this.page.waitForFunction(
      (expected) => document.querySelector('[data-testid="slide-progress"]')?.textContent.trim().startsWith(expected),
      text,
    );
  }

  option(part, option) {
    return this.byTestId(`slide-option-${part}-${option}`);
  }

  async isTicked(part, option) {
    return (await this.option(part, option).getAttribute('aria-pressed')) === 'true';
  }

  async waitForTick(part, option, ticked = true) {
    await this.page.waitForFunction(
      ([testid, value]) => document.querySelector(`[data-testid="${testid}"]`)?.getAttribute('aria-pressed') === value,
      [`slide-option-${part}-${option}`, String(ticked)],
    );
  }

  /// Waits until the element with this id has focus (focus moves once the
  /// slide has been drawn).
  async waitForFocus(id) {
    await this.page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 2000 });
  }
}
