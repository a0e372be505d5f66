// Two tabs on the same assessment: a change saved in one shows in the
// other, and when both change at once neither overwrites the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/fixture.js';
import { AssessmentPage } from '../support/assessment-page.js';

const ctx = useApp();

test('a change in one tab appears in the other', async () => {
  const a = ctx.app;
  await a.open('#/start');
  await a.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await a.openQuestion('q2');

  const b = new AssessmentPage(await ctx.context.newPage(), ctx.server.origin);
  await b.open('#/q/q2');
  await a.tick('q2', 'lsp');
  await b.page.waitForFunction(() => document.querySelector('[data-testid="option-q2-lsp"]')?.checked === true);
  await b.tick('q2', 'liaison');
  await a.page.waitForFunction(() => document.querySelector('[data-testid="option-q2-liaison"]')?.checked === true);
  assert.ok(await a.option('q2', 'lsp').isChecked());
  assert.deepEqual(await a.counts(), await b.counts());

  // Text typed in one tab arrives in the other.
  await b.field('q2_notes').fill('Quarterly CHACE meetings');
  await a.page.waitForFunction(
    () => document.querySelector('[data-testid="field-q2_notes"]')?.value === 'Quarterly CHACE meetings',
  );
});

test('changes made at the same time are both kept', async () => {
  const a = ctx.app;
  await a.open('#/start');
  await a.startAssessment({ name: 'Watford Borough Council', kind: 'district' });
  await a.openQuestion('q5');

  // A tab that does not hear the other: as if both changed in the same instant.
  const deafPage = await ctx.context.newPage();
  await deafPage.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function (type, ...rest) {
      if (type !== 'storage') return add.call(this, type, ...rest);
    };
  });
  const b = new AssessmentPage(deafPage, ctx.server.origin);
  await b.open('#/q/q5');

  await a.tick('q5', 'reports');
  // The click is made, but the page then shows the other tab's version.
  await b.option('q5', 'ask_vcs').click();
  assert.match(await b.notice(), /changed in another tab at the same time/);
  // The deaf tab now shows the other tab's answer, and kept its own as a copy.
  assert.ok(await b.option('q5', 'reports').isChecked());
  assert.equal(await b.option('q5', 'ask_vcs').isChecked(), false);
  await b.page.goto(`${ctx.server.origin}/#/assessments`);
  const names = await b.byTestId('assessment-list').locator('tbody th').allTextContents();
  assert.ok(names.some((n) => n.includes('Watford Borough Council (copy from another tab)')), names.join(' | '));
  const stored = await a.page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.includes('/v2/assessment/'))
      .map((k) => localStorage.getItem(k)),
  );
  assert.equal(stored.filter((s) => s.includes('"q5":["reports"]')).length, 1, 'the first tab\'s change is saved');
  assert.equal(stored.filter((s) => s.includes('"q5":["ask_vcs"]')).length, 1, 'the second tab\'s change is saved as a copy');
});

test('a save in another tab leaves a rename form open, with what was typed', async () => {
  const a = ctx.app;
  await a.open('#/start');
  await a.startAssessment({ name: 'St Albans District Council', kind: 'district' });
  await a.openQuestion('q2');

  const b = new AssessmentPage(await ctx.context.newPage(), ctx.server.origin);
  await b.page.goto(`${ctx.server.origin}/#/assessments`);
  const row = b.byTestId('assessment-list').locator('tbody tr').first();
  const id = (await row.getAttribute('data-testid')).replace(/^row-/, '');
  await b.byTestId(`rename-${id}`).click();
  await b.byTestId(`rename-input-${id}`).fill('St Albans DC and LSP');

  // The other tab saves a change to the same assessment.
  await a.tick('q2', 'lsp');
  await b.page.waitForFunction(
    (testid) => document.querySelector(`[data-testid="${testid}"]`)?.textContent.startsWith('1 of'),
    `progress-${id}`,
  );
  const input = b.byTestId(`rename-input-${id}`);
  assert.equal(await input.count(), 1, 'the rename form is still open');
  assert.equal(await input.inputValue(), 'St Albans DC and LSP');
  assert.equal(await b.page.evaluate(() => document.activeElement?.dataset.testid), `rename-input-${id}`, 'focus stays in the form');
  await b.byTestId(`rename-save-${id}`).click();
  assert.match(await row.locator('th').textContent(), /St Albans DC and LSP/);
});
