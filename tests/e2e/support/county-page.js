// Page object for the facilitator's county picture: adding assessments
// (county/) and the report (county/report/), the set held for the tab.
import { readFileSync } from 'node:fs';
import { exportDocument } from './generated-bodies.js';

const peers = JSON.parse(readFileSync(new URL('../../../seeds/peers.json', import.meta.url), 'utf8'));

/// A 2010 respondent as the file its body would export: named as Appendix
/// 1 names it, dated February 2010.
export function peerFile(id, { name, date = '2010-02', assessmentId = `file-${id}`, answers, revision = 1 } = {}) {
  const peer = peers.peers.find((p) => p.id === id);
  const doc = exportDocument({
    id: assessmentId,
    created_at: '2026-11-22T09:00:00Z',
    updated_at: '2026-11-22T09:00:00Z',
    revision,
    derived_from: null,
    body: { name: name ?? peer.short_name, kind: peer.kind, date, completed_by: '' },
    answers: answers ?? peer.answers,
    position: '',
  });
  return { name: `${id}.json`, text: JSON.stringify(doc) };
}

export const PEER_IDS = peers.peers.map((p) => p.id);

export class CountyPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  byTestId(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async open() {
    await this.page.goto(`${this.origin}/county/`);
    await this.byTestId('county-files').waitFor({ state: 'attached' });
  }

  /// Waits until `n` assessments are in the set, on the page adding them.
  async waitForSet(n) {
    await this.page.locator(`[data-testid="county-set"][data-bodies="${n}"]`).waitFor();
  }

  /// Goes to the report, as the facilitator does, once assessments are in.
  async openReport() {
    await this.byTestId('open-report').click();
    await this.page.waitForURL(/\/county\/report\/$/);
    await this.page.locator('#page-heading').waitFor();
  }

  /// Back to adding or taking out assessments.
  async addMore() {
    await this.byTestId('county-add-more').click();
    await this.page.waitForURL(/\/county\/$/);
    await this.byTestId('county-files').waitFor({ state: 'attached' });
  }

  /// Waits until the report shows `n` bodies.
  async waitForBodies(n) {
    await this.page.locator(`[data-testid="county-report"][data-bodies="${n}"]`).waitFor();
  }

  /// Adds the fifteen 2010 respondents and opens the report on them.
  async addSurvey2010() {
    await this.byTestId('add-2010').click();
    await this.waitForSet(15);
    await this.openReport();
    await this.waitForBodies(15);
  }

  /// Drops the files on the drop zone in one go, as a file manager would.
  async drop(files) {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, files);
    await this.byTestId('county-drop').dispatchEvent('drop', { dataTransfer: transfer });
  }

  async choose(files) {
    await this.byTestId('county-files').setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
    );
  }

  async notice() {
    return (await this.byTestId('county-notice').innerText()).trim();
  }

  /// The marks of one option's row in a part's matrix, as "X" and ".".
  async marks(part, option) {
    return this.page
      .locator(`[data-testid="matrix-${part}"] [data-testid="row-${option}"] td.mark`)
      .evaluateAll((cells) => cells.map((c) => ({ yes: 'X', text: 'T', 'not-asked': 'n' })[c.dataset.mark] ?? '.').join(''));
  }

  async count(part, option) {
    const text = await this.page.locator(`[data-testid="matrix-${part}"] [data-testid="row-${option}"] [data-testid="row-count"]`).textContent();
    return Number(text);
  }

  /// Sets one of the report's texts ("area", "period", "publisher",
  /// "introduction", "method", "conclusion") and leaves the field, as a
  /// facilitator does, so that it is kept with the set.
  async setReportText(name, value) {
    const form = this.byTestId('report-text-form');
    if (!(await form.evaluate((d) => d.open))) await form.locator('summary').click();
    await this.byTestId(`report-field-${name}`).fill(value);
    await this.byTestId(`report-field-${name}`).blur();
  }

  async setInvited(n) {
    const form = this.byTestId('report-text-form');
    if (!(await form.evaluate((d) => d.open))) await form.locator('summary').click();
    await this.byTestId('report-invited').fill(String(n));
    await this.byTestId('report-invited').blur();
  }

  /// The sector's view across the county, one array of cell texts per body.
  async sectorRows() {
    return this.byTestId('county-sector-row').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  }

  /// Chooses what prints: "board" or "full".
  async choosePrint(form) {
    await this.byTestId(`print-${form}`).check();
    await this.page.locator(`[data-testid="county-report"][data-print="${form}"]`).waitFor({ state: 'attached' });
  }

  async sentences(testid) {
    // textContent: sections off screen are not laid out (content-visibility), so they have no innerText.
    return (await this.byTestId(testid).locator('li').allTextContents()).map((t) => t.trim());
  }
}
