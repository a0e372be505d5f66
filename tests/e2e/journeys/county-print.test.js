// The county report as a partnership board reads it: titled, introduced,
// printed as the board report and as the full report at 15 and at 60
// bodies, and read back from the PDF: page sizes, text size, page numbers
// and running header, every body and every answer in the tables, nothing
// that tells a reader of paper to use a screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';
import { CountyPage } from '../support/county-page.js';
import { exportedBody } from '../support/generated-bodies.js';

const ctx = useApp();
const county = () => new CountyPage(ctx.page, ctx.server.origin);
const questionnaire = JSON.parse(readFileSync(new URL('../../../seeds/questionnaire.json', import.meta.url), 'utf8'));
const parts = questionnaire.questions.flatMap((q) => q.parts);

/// Words that tell a reader to do something on a screen.
const SCREEN_WORDS = /open this section|on screen|click|Show a snapshot|Show the tables|Choose another/i;

/// The PDF of the page as printed, read back: each page's size, the text in
/// reading order, and the height of every word (points).
async function printed(page, name) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  // PDFS=dir keeps each PDF there to read; otherwise it is removed once read.
  const dir = process.env.PDFS ?? (await mkdtemp(join(tmpdir(), 'county-print-')));
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  try {
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', maxBuffer: 1 << 28 }))[1]);
    const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount), file], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const pages = text.split('\f').map((t) => t.replace(/\s+/g, ' '));
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const heights = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)]
      .map((m) => Number(m[2]) - Number(m[1]))
      .sort((a, b) => a - b);
    return { pageCount, sizes, pages, all: pages.join(' '), heights };
  } finally {
    if (!process.env.PDFS) await rm(dir, { recursive: true, force: true });
  }
}

const median = (list) => list[Math.floor(list.length / 2)];
const isA4 = ({ w, h }) => Math.abs(Math.min(w, h) - 595.3) < 2 && Math.abs(Math.max(w, h) - 841.9) < 2;
const landscape = ({ w, h }) => w > h;

/// Checks every printed page and says what was printed, for the notes.
function checkPaper(doc, label) {
  assert.ok(doc.sizes.every(isA4), `${label}: every page is A4 (${JSON.stringify(doc.sizes)})`);
  assert.ok(!SCREEN_WORDS.test(doc.all), `${label}: no screen instructions on paper (${SCREEN_WORDS.exec(doc.all)})`);
  assert.match(doc.pages[1], new RegExp(`Page 2 of ${doc.pageCount}`), `${label}: pages are numbered`);
  assert.match(doc.pages[1], /Support for the voluntary and community sector in Hertfordshire, Autumn 2026/, `${label}: a running header`);
  const bodyText = median(doc.heights);
  console.log(`${label}: ${doc.pageCount} pages (${doc.sizes.filter(landscape).length} landscape); median word height ${bodyText.toFixed(1)} pt, lowest tenth ${doc.heights[Math.floor(doc.heights.length / 10)].toFixed(1)} pt`);
  return bodyText;
}

/// Sets the report's framing as a facilitator would.
async function frame(c, invited) {
  await c.setReportText('area', 'Hertfordshire');
  await c.setReportText('period', 'Autumn 2026');
  await c.setReportText('publisher', 'Herts CVS');
  await c.setInvited(invited);
}

/// Each body's name is in the full report once per table of answers (and
/// in the list of respondents and the standards matrix).
function tablesOfAnswers(bodies) {
  return bodies > 16 ? parts.reduce((n, p) => n + Math.ceil(p.options.length / 8), 0) : parts.length;
}

function checkFull(doc, names, label) {
  const tables = tablesOfAnswers(names.length);
  for (const name of names) {
    const times = doc.all.split(name).length - 1;
    assert.ok(times >= tables + 2, `${label}: ${name} is in every table (${times} times, ${tables} tables)`);
  }
  // A heading wrapped after a hyphen ("sub-" / "groups") reads back with a space.
  const joined = doc.all.replace(/-\s/g, '-');
  for (const part of parts) {
    for (const option of part.options) {
      assert.ok(joined.includes(option.label), `${label}: the answer "${option.label}" is printed`);
    }
  }
  for (const heading of ['Appendix A: snapshots of each body', 'Appendix B: survey responses', 'Where each body sits']) {
    assert.ok(doc.all.includes(heading), `${label}: "${heading}"`);
  }
}

function checkBoard(doc, names, label) {
  for (const heading of ['Contents', '1. Introduction', '2. Method', 'Who responded', '3. Summary', '4. Meeting the standards',
    '5. Each body against the thirteen standards', "6. The sector's view", '7. Analysis', '8. Recommendations', '9. Examples of good practice', '10. Conclusion', '11. Sources']) {
    assert.ok(doc.all.includes(heading), `${label}: "${heading}"`);
  }
  for (const name of names) assert.ok(doc.all.includes(name), `${label}: ${name} is named`);
  for (const left of ['Appendix B: survey responses', 'Where each body sits']) {
    assert.ok(!doc.all.includes(left), `${label}: "${left}" is for the full report`);
  }
}

test('the 2010 respondents as a board report and a full report: titled, numbered, every table whole', async () => {
  const c = county();
  await c.open();
  await c.addSurvey2010();
  await frame(c, 20);
  await c.choosePrint('full');
  const names = await ctx.page.locator('[data-testid="respondents"] li').allTextContents();
  assert.equal(names.length, 15);
  assert.deepEqual(await violations(ctx.page), [], 'axe, the texts form open, the full report chosen');
  await c.choosePrint('board');

  assert.equal(await c.byTestId('report-title').innerText(), 'Support for the voluntary and community sector in Hertfordshire');
  assert.match(await c.byTestId('report-method').textContent(), /15 of the 20 bodies invited, a response rate of 75%/);

  await ctx.page.emulateMedia({ media: 'print' });
  assert.deepEqual(await violations(ctx.page), [], 'axe, the board report as printed');
  await ctx.page.emulateMedia({ media: null });
  const board = await printed(ctx.page, 'board-15');
  const boardText = checkPaper(board, 'board report, 15 bodies');
  checkBoard(board, names, 'board report, 15 bodies');
  assert.match(board.pages[0], /Support for the voluntary and community sector in Hertfordshire/);
  assert.match(board.pages[0], /Autumn 2026\. Published by Herts CVS\./);
  assert.ok(board.sizes.some(landscape), 'the standards matrix on a landscape page');

  await c.choosePrint('full');
  const full = await printed(ctx.page, 'full-15');
  const fullText = checkPaper(full, 'full report, 15 bodies');
  checkFull(full, names, 'full report, 15 bodies');
  assert.ok(full.pageCount > board.pageCount);
  assert.ok(Math.abs(fullText - boardText) < 0.5, `the full report is never scaled down (${fullText} against ${boardText})`);
  assert.ok(boardText >= 10, `body text stays about 10.5 pt (${boardText})`);
});

test('60 bodies with earlier rounds: good practice from every round, the same text size, every body in every table', async () => {
  const c = county();
  await c.open();
  const files = Array.from({ length: 60 }, (_, i) => ({ name: `body-${i + 1}.json`, text: JSON.stringify(exportedBody(i)) }));
  // An earlier round of one body, whose example the latest round dropped.
  const earlier = exportedBody(1, { date: '2009-11-02' });
  earlier.assessment.id = 'dacorum-2009';
  earlier.assessment.answers.texts.q7_examples = 'Free meeting rooms at the Civic Centre for the sector\u2019s groups.';
  files.push({ name: 'body-2-2009.json', text: JSON.stringify(earlier) });
  await c.choose(files);
  await c.waitForSet(61);
  await c.openReport();
  await c.waitForBodies(60);
  await frame(c, 75);
  await c.setReportText('conclusion', 'The board is asked to note the gaps.\n\nAnd to agree the recommendations.');
  const names = Array.from({ length: 60 }, (_, i) => `Body ${String(i + 1).padStart(3, '0')}`);

  const examples = await c.byTestId('good-practice').textContent();
  assert.match(examples, /Free meeting rooms at the Civic Centre/, "the earlier round's example");
  assert.match(examples, /November 2009/);
  assert.match(examples, /\[contact detail hidden\]/);
  assert.ok(!examples.includes('01234 567890'), 'no phone numbers unless asked');

  // The texts are kept with the set: a reload finds them.
  await ctx.page.reload();
  await c.waitForBodies(60);
  assert.deepEqual(await c.byTestId('report-conclusion').locator('p').allTextContents(),
    ['The board is asked to note the gaps.', 'And to agree the recommendations.'], 'a blank line divides paragraphs');
  assert.equal(await c.byTestId('report-byline').innerText(), 'Autumn 2026. Published by Herts CVS.');

  const board = await printed(ctx.page, 'board-60');
  const boardText = checkPaper(board, 'board report, 60 bodies');
  checkBoard(board, names, 'board report, 60 bodies');
  assert.match(board.all, /60 of the 75 bodies invited, a response rate of 80%/);

  await c.choosePrint('full');
  const last = questionnaire.questions.at(-1).id;
  await c.byTestId('appendix').locator(`[data-testid="appendix-${last}"]`).waitFor({ state: 'attached' });
  const full = await printed(ctx.page, 'full-60');
  const fullText = checkPaper(full, 'full report, 60 bodies');
  checkFull(full, names, 'full report, 60 bodies');
  assert.ok(full.sizes.some(landscape), 'wide tables on landscape pages');
  assert.ok(Math.abs(fullText - boardText) < 0.5, `the full report is never scaled down (${fullText} against ${boardText})`);
  assert.ok(boardText >= 10, `body text stays about 10.5 pt (${boardText})`);

  // The JSON collection carries the texts.
  const [json] = await Promise.all([ctx.page.waitForEvent('download'), c.byTestId('county-json').click()]);
  const doc = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(doc.report.area, 'Hertfordshire');
  assert.equal(doc.report.invited, 75);
  assert.match(doc.report.conclusion, /note the gaps/);
});

