// The results print as an A4 report: title block, summary, gap chart, the
// standards with evidence and next steps, and the answers as an appendix;
// no navigation or buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { violations } from '../support/axe.js';
import { useApp } from '../support/fixture.js';

const ctx = useApp();

test('the results print as an A4 report', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'North Herts District Council', kind: 'district', completedBy: 'Jim B' });
  await app.openQuestion('q1');
  await app.tick('q1', 'grants', 'iag', 'rate_relief');
  await app.openQuestion('q2');
  await app.tick('q2', 'liaison');
  await app.field('q2_notes').fill('Area Champions in every ward');
  await app.openQuestion('q3');
  await app.tick('q3_1', 'yes');
  await app.tick('q3_2', 'inform_practice', 'group_meets');
  await app.openQuestion('q10');
  await app.tick('q10', 'yes');
  await app.field('q10_role').fill('Community Development Officer');
  await page.goto(`${ctx.server.origin}/#/results`);
  await app.byTestId('gap-chart').locator('svg').waitFor();
  // The page as printed: print rules show and hide, so axe reads it again.
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await violations(page), [], 'axe, the results as printed');
  await page.emulateMedia({ media: null });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'report-'));
  const file = join(dir, 'report.pdf');
  await writeFile(file, pdf);

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  assert.match(info, /Page size:.*\(A4\)/);
  assert.ok(pages >= 3 && pages <= 12, `${pages} pages`);

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  for (const expected of [
    'North Herts District Council · District or borough council',
    'completed by Jim B',
    'Results',
    '2 met, 2 partly met, 3 not met and 6 not yet answered',
    'Gap chart',
    'Standards, evidence and next steps',
    'Community Development Officer',
    'Compared with Hertfordshire in 2010',
    'Appendix: the answers',
    'Area Champions in every ward',
    'Hertfordshire\'s baseline was 14%, and its target was 17.9% by autumn 2010',
  ]) {
    assert.ok(flat.includes(expected), `the report says "${expected}"`);
  }
  for (const absent of ['Skip to main content', 'Download this chart', 'Print or save as PDF', 'Open downloaded', 'Score so far']) {
    assert.ok(!flat.includes(absent), `no "${absent}" on paper`);
  }
  // The appendix starts on a page of its own.
  const pagesText = text.split('\f');
  const appendixPage = pagesText.findIndex((p) => p.includes('Appendix: the answers'));
  assert.ok(appendixPage > 0);
  assert.match(pagesText[appendixPage].trimStart(), /^(VCS support self-assessment[\s\S]*)?Appendix: the answers/);
});
