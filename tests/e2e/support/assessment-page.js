// Page object for the self-assessment: what a user does, by data-testid.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertValidExport } from './export-schema.js';

export class AssessmentPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  byTestId(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /// Opens the app and waits until the first page can be used.
  async open(fragment = '') {
    await this.page.goto(`${this.origin}/${fragment}`);
    await this.page.locator('#page-heading').waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('#page-heading').waitFor();
  }

  async startAssessment({ name, kind, completedBy }) {
    await this.byTestId('body-name').fill(name);
    await this.byTestId(`kind-${kind}`).check();
    if (completedBy) await this.byTestId('completed-by').fill(completedBy);
    await this.byTestId('start').click();
    await this.page.waitForURL(/#\/tasks$/);
  }

  async openQuestion(id) {
    await this.page.goto(`${this.origin}/#/q/${id}`);
    await this.byTestId(`question-${id}`).waitFor();
  }

  option(part, option) {
    return this.byTestId(`option-${part}-${option}`);
  }

  async tick(part, ...options) {
    for (const option of options) await this.option(part, option).check();
  }

  field(id) {
    return this.byTestId(`field-${id}`);
  }

  async continue() {
    await this.byTestId('continue').click();
  }

  async counts() {
    const read = async (id) => Number(await this.byTestId(id).textContent());
    return {
      met: await read('count-met'),
      partly: await read('count-partly'),
      notMet: await read('count-not-met'),
      notAnswered: await read('count-not-answered'),
      percent: await read('score-percent'),
    };
  }

  async questionStatus(id) {
    return (await this.byTestId(`status-${id}`).textContent()).trim();
  }

  /// Clicks the export button and returns the downloaded file's name and JSON.
  async exportJson({ includePersonal = true } = {}) {
    const checkbox = this.page.getByLabel('Include names and contact details').first();
    await checkbox.setChecked(includePersonal);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.byTestId('export-json').first().click(),
    ]);
    const path = await download.path();
    assert.ok(path, 'the download was saved');
    const json = JSON.parse(await readFile(path, 'utf8'));
    assertValidExport(json);
    return { name: download.suggestedFilename(), path, json };
  }

  async importFile(files) {
    await this.byTestId('import-file').first().setInputFiles(files);
  }

  async notice() {
    const notice = this.byTestId('notice');
    await notice.waitFor();
    return (await notice.textContent()).trim();
  }
}
