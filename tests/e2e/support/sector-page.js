// The sector's page (sector/), as a voluntary organisation meets it on a
// phone: opened from an invitation link, answered, finished with a code.

/// An invitation's fragment, as the results page writes it.
export function invitationFragment({ id = 'ABCD2345', body = 'Dacorum Borough Council', kind = 'district', closes, reply, named } = {}) {
  const enc = (t) => encodeURIComponent(t).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  let f = `#invite=1&id=${id}&body=${enc(body)}`;
  if (kind) f += `&kind=${kind}`;
  if (closes) f += `&closes=${closes}`;
  if (reply) f += `&reply=${enc(reply)}`;
  if (named) f += '&named=1';
  return f;
}

export class SectorPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  byTestId(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /// Opens the link afresh, as following it from an email does.
  async open(fragment) {
    await this.page.goto('about:blank');
    await this.page.goto(`${this.origin}/sector/${fragment}`);
    await this.page.locator('h1').waitFor();
  }

  async answerNi7(optionId) {
    await this.byTestId(`ni7-${optionId}`).check();
  }

  /// Answers an item ("influence") with "yes", "partly", "no" or "dont_know".
  async answerItem(standard, answer) {
    await this.byTestId(`item-${standard}-${answer}`).check();
  }

  async finish() {
    await this.byTestId('sector-finish').click();
    await this.byTestId('sector-code').waitFor();
    return (await this.byTestId('sector-code').innerText()).trim();
  }
}
