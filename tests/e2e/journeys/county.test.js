// The facilitator's county picture: many bodies' files dropped at once,
// each failure named and duplicates handled; the report, a page of its own
// given the set by the tab; the 2010 survey regenerated; filters, rounds,
// downloads, keeping the set, print and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertValidExport } from '../support/export-schema.js';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';
import { tabTo } from '../support/keyboard.js';
import { CountyPage, PEER_IDS, peerFile } from '../support/county-page.js';

const ctx = useApp();
const county = () => new CountyPage(ctx.page, ctx.server.origin);

// Appendix 1 Table 1 and Table 2, in the table's column order.
const TABLE_1 = { grants: 'XXXXXXXXXX..XXX', multi_year: 'XX...X..X...X.X', cvs_funding: 'XXX..XX.XX....X', recruitment: '..............X' };
// T: stated in the report's text but not marked in the table (kept out of the
// count); n: an option added since 2010, not asked.
const TABLE_2 = {
  lsp: 'X.XX.XX.XX....X',
  regular_meetings: '.X...X...X..TXX',
  joint_delivery: '...T....T....XX',
  consultation: 'nnnnnnnnnTnnnnT',
};
const marks = (row) => [...row].filter((m) => m === 'X').length;

test('fifteen files dropped at once: bodies counted, a broken file named, a later revision in place of the earlier, swapped back and forth', async () => {
  const c = county();
  await c.open();
  // Thirteen respondents, one broken file, and a later revision of
  // Dacorum's assessment (same id) with one answer added: fifteen files.
  const bodies = PEER_IDS.filter((id) => id !== 'police' && id !== 'pct');
  const files = bodies.map((id) => peerFile(id));
  const dacorum = JSON.parse(files[1].text).assessment.answers;
  const changed = { ...dacorum, choices: { ...dacorum.choices, q1: [...dacorum.choices.q1, 'recruitment'] } };
  files.push({ name: 'broken.json', text: '{"format": "thriving-third-sector-assessment", "schema_ver' });
  files.push(peerFile('dacorum', { answers: changed, name: 'Dacorum', revision: 2 }));
  files[files.length - 1].name = 'dacorum-later-copy.json';
  // The first file again: an identical copy, merged and counted.
  files.push(peerFile('broxbourne'));
  files[files.length - 1].name = 'broxbourne-again.json';
  assert.equal(files.length, 16);
  await c.drop(files);
  await c.waitForSet(13);

  const notice = await c.notice();
  assert.match(notice, /Read 16 files: 13 assessments added, 1 later revision in place of the earlier \(set aside\), 1 identical copy ignored, 1 file could not be read\./);
  assert.match(await c.byTestId('intake-failures').textContent(), /broken\.json: it is not a JSON file/);
  assert.equal(await c.byTestId('set-aside').count(), 1);
  // The words say which copy is newer, and the list shows the one in the picture.
  const dacorumRow = async () => {
    await c.byTestId('body-list').locator('summary').click();
    const row = c.byTestId('body-row').filter({ hasText: 'Dacorum' });
    const cells = [await row.getByTestId('body-source').textContent(), await row.getByTestId('body-changed').textContent()];
    await c.byTestId('body-list').locator('summary').click();
    return cells;
  };
  assert.match(await c.byTestId('set-aside').textContent(), /Dacorum.*file dacorum\.json, revision 1.*is an earlier revision of the assessment in the picture \(from file dacorum-later-copy\.json, revision 2/s);
  assert.deepEqual(await dacorumRow(), ['file dacorum-later-copy.json', '2026-11-22 09:00 (revision 2)']);
  assert.deepEqual(await violations(ctx.page), [], 'with a failure and a duplicate on show');

  // Columns are the thirteen bodies; counts follow the marks, the later revision's.
  await c.openReport();
  await c.waitForBodies(13);
  assert.equal(await c.count('q1', 'grants'), 12);
  assert.equal(await c.count('q1', 'recruitment'), 2);
  // Back to the set: the earlier copy is still set aside, for a choice.
  await c.addMore();
  await c.waitForSet(13);
  assert.equal(await c.byTestId('set-aside').count(), 1);
  // Chosen back: every cell now shows the earlier copy, and the later is set aside as later.
  await c.byTestId('use-set-aside').click();
  assert.match(await c.notice(), /now shows the copy from file dacorum\.json/);
  assert.deepEqual(await dacorumRow(), ['file dacorum.json', '2026-11-22 09:00 (revision 1)']);
  assert.match(await c.byTestId('set-aside').textContent(), /dacorum-later-copy\.json, revision 2.*is a later revision of the assessment in the picture \(from file dacorum\.json, revision 1/s);
  await c.openReport();
  await c.waitForBodies(13);
  assert.equal(await c.count('q1', 'recruitment'), 1);
  // And forth again.
  await c.addMore();
  await c.byTestId('use-set-aside').click();
  assert.deepEqual(await dacorumRow(), ['file dacorum-later-copy.json', '2026-11-22 09:00 (revision 2)']);
  await c.byTestId('dismiss-set-aside').click();
  assert.equal(await c.byTestId('set-aside').count(), 0);
  assert.deepEqual(await violations(ctx.page), []);
  // Left out for good: not back after a reload either.
  await ctx.page.reload();
  await c.waitForSet(13);
  assert.equal(await c.byTestId('set-aside').count(), 0);
});

test('the 2010 respondents regenerate Tables 1 and 2 and restate the report', async () => {
  const c = county();
  await c.open();
  assert.deepEqual(await violations(ctx.page), [], 'the empty view');
  // By keyboard alone: Tab to the button, Enter.
  await tabTo(ctx.page, 'add-2010');
  await ctx.page.keyboard.press('Enter');
  await c.waitForSet(15);
  await tabTo(ctx.page, 'open-report');
  await ctx.page.keyboard.press('Enter');
  await c.waitForBodies(15);
  for (const [option, row] of Object.entries(TABLE_1)) {
    assert.equal(await c.marks('q1', option), row, `Table 1 ${option}`);
    assert.equal(await c.count('q1', option), marks(row));
  }
  for (const [option, row] of Object.entries(TABLE_2)) {
    assert.equal(await c.marks('q2', option), row, `Table 2 ${option}`);
    assert.equal(await c.count('q2', option), marks(row));
  }
  // The marks other than a plain yes are explained beside the table.
  assert.match(await c.byTestId('matrix-legend').first().textContent(), /not asked/);
  const q1 = await c.sentences('analysis-q1');
  assert.ok(q1.includes('All but two of the 15 respondents report grants or other funding: Fire and Rescue, and Police do not.'), q1.join('\n'));
  assert.ok(q1.includes('Six of the 15 respondents report multi-year funding.'));
  const q2 = await c.sentences('analysis-q2');
  assert.ok(q2.includes('Eight of the 11 councils report the VCS on their LSP; Dacorum, North Herts and Three Rivers do not.'));
  assert.ok(q2.includes("Six of the 15 respondents report regular meetings with the VCS. The PCT rests on the report's text, not a mark in its table."), q2.join('\n'));
  const q5 = await c.sentences('analysis-q5');
  assert.ok(q5.includes('Not asked of the 15 respondents of 2010 (added to the questionnaire since they answered): asking the VCS for its view of their support.'), q5.join('\n'));
  // Each body's text evidence is quoted beside its snapshot.
  const evidence = (await c.byTestId('text-evidence').allTextContents()).join('\n');
  assert.match(evidence, /Regular meetings with the VCS: “partnership working is done through regular meetings”/);
  const q3 = await c.sentences('analysis-q3');
  assert.ok(q3.includes('Only North Herts reports regular meetings of the Compact group.'));
  const standards = await c.sentences('analysis-standards');
  assert.ok(
    standards.some((s) => s.endsWith('Among the councils: met by eight of the 11 councils; not met by Hertsmere, North Herts and Three Rivers.')),
    standards.join('\n'),
  );
  // The chart has its text and table equivalents.
  const svg = c.byTestId('county-chart').locator('svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.locator('desc').textContent(), /Responsible officer: 15 met, 0 partly met/);
  assert.equal(await c.byTestId('county-row-officer').locator('td').first().textContent(), '15');
  // Where each body sits: a chart of the bands, with its text and table.
  const spread = c.byTestId('spread-chart').locator('svg');
  assert.equal(await spread.getAttribute('role'), 'img');
  assert.match(await spread.locator('desc').textContent(), /^Bodies per band: 90–100%: \d+;/);
  assert.equal(await c.byTestId('spread-table').locator('tbody tr').count(), 10);
  assert.match(await c.byTestId('spread-median').textContent(), /The middle body scores \d+%/);
  // The key driver leads the county next steps.
  const first = c.byTestId('county-steps').locator('li.county-step').first();
  assert.equal(await first.getAttribute('data-testid'), 'county-step-influence');
  assert.deepEqual(await violations(ctx.page), [], 'the view with fifteen bodies');

  // Councils only, chosen by keyboard: the sentences speak of councils.
  await tabTo(ctx.page, 'county-filter');
  await ctx.page.keyboard.press('ArrowDown');
  await c.waitForBodies(11);
  assert.ok((await c.sentences('analysis-q1')).includes('All 11 councils report grants or other funding.'));
  // The filter is in the address: the view survives a reload.
  assert.match(ctx.page.url(), /#filter=councils$/);
  await ctx.page.reload();
  await c.waitForBodies(11);
  assert.equal(await c.byTestId('county-filter').inputValue(), 'councils');
  assert.ok((await c.sentences('analysis-q1')).includes('All 11 councils report grants or other funding.'));
});

test('names and contacts stay out unless asked; CSV is formula-safe; the set downloads as one collection', async () => {
  const c = county();
  await c.open();
  const stevenage = peerFile('stevenage', { name: '=HYPERLINK("http://x")' });
  const doc = JSON.parse(stevenage.text);
  doc.assessment.answers = { ...doc.assessment.answers, texts: { ...doc.assessment.answers.texts, q10_name: 'Jane Officer', q10_contact: 'jane@example.org', q1_notes: 'Grants panel meets monthly' } };
  doc.assessment.body.completed_by = 'Pat Filler';
  await c.choose([{ name: 'stevenage.json', text: JSON.stringify(doc) }, peerFile('watford')]);
  await c.waitForSet(2);
  await c.openReport();
  await c.waitForBodies(2);

  await ctx.page.locator('summary', { hasText: 'What each body wrote (Question 10)' }).click();
  const written = await c.byTestId('appendix-q10').textContent();
  assert.ok(!written.includes('Jane Officer'), 'no names until asked');
  await ctx.page.locator('summary', { hasText: 'What each body wrote (Question 1)' }).click();
  assert.match(await c.byTestId('appendix-q1').textContent(), /Grants panel meets monthly/);

  // The analysts' long files: a header row, then one observation per row.
  const header = (text) => text.replace(/^\uFEFF/, '').split('\r\n')[0];
  const long = {};
  for (const [id, name] of [['county-answers-csv', 'answers'], ['county-standards-csv', 'standards'], ['county-free-text-csv', 'free-text']]) {
    const [file] = await Promise.all([ctx.page.waitForEvent('download'), c.byTestId(id).click()]);
    assert.equal(file.suggestedFilename(), `county-${name}-all.csv`);
    long[name] = await readFile(await file.path(), 'utf8');
  }
  assert.equal(header(long.answers), '"body","kind","date","round","assessment_id","questionnaire_version","question","question_title","part","part_label","option","option_label","value"');
  assert.equal(header(long.standards), '"body","kind","date","round","assessment_id","questionnaire_version","standard","standard_title","key_driver","status","on_a_plan_alone","on_fewer_questions"');
  assert.match(long.answers, /"Watford","District or borough council[^"]*","2010-02","1",[^\r]*"q1","[^"]*","grants","Grants and funding","ticked"/);
  assert.match(long['free-text'], /Grants panel meets monthly/);
  assert.ok(long.answers.includes(`"'=HYPERLINK(""http://x"")"`), 'the formula is defused');
  assert.ok(!long['free-text'].includes('Jane Officer'), 'no names until asked');

  const [json] = await Promise.all([ctx.page.waitForEvent('download'), c.byTestId('county-json').click()]);
  const set = JSON.parse(await readFile(await json.path(), 'utf8'));
  assertValidExport(set);
  assert.equal(set.format, 'thriving-third-sector-collection');
  assert.equal(set.assessments.length, 2);
  const jsonText = JSON.stringify(set);
  for (const personal of ['Jane Officer', 'jane@example.org', 'Pat Filler']) assert.ok(!jsonText.includes(personal), personal);

  await c.byTestId('county-personal').check();
  assert.match(await c.byTestId('appendix-q10').textContent(), /Jane Officer/);
});

test('two rounds of a body show what moved; the set stays with the tab, and in the browser only when kept', async () => {
  const c = county();
  await c.open();
  const feb = peerFile('welwyn_hatfield', { assessmentId: 'wh-2010' });
  const may = peerFile('welwyn_hatfield', { assessmentId: 'wh-2009', date: '2009-05', answers: { choices: { q10: ['no'], q3_1: ['no'] }, texts: {} } });
  may.name = 'welhat-may-2009.json';
  await c.choose([feb, may, peerFile('hertsmere')]);
  await c.waitForSet(3);
  await c.openReport();
  await c.waitForBodies(2);
  const rounds = c.byTestId('round-changes');
  await rounds.waitFor();
  assert.match(await c.byTestId('round-body').textContent(), /Welwyn Hatfield, 2009-05 to 2010-02: .*Responsible officer up \(not met to met\)/);
  assert.deepEqual(await violations(ctx.page), []);
  // A reload keeps the tab's set.
  await ctx.page.reload();
  await c.waitForBodies(2);

  // Another tab has a set of its own: nothing of this one unless kept.
  const other = new CountyPage(await ctx.context.newPage(), ctx.server.origin);
  await other.open();
  assert.equal(await other.byTestId('county-set').count(), 0, 'nothing stored unless kept');
  await other.choose([peerFile('hertsmere')]);
  await other.waitForSet(1);
  // This tab keeps its set; the other's stays its own, and not kept.
  await c.addMore();
  await c.byTestId('county-keep').check();
  await other.page.reload();
  await other.waitForSet(1);
  assert.equal(await other.byTestId('county-keep').isChecked(), false, 'each tab keeps its own set or not');
  // A new tab opens the kept set, and holds it once it is no longer kept.
  const third = new CountyPage(await ctx.context.newPage(), ctx.server.origin);
  await third.open();
  await third.waitForSet(3);
  assert.equal(await third.byTestId('body-row').count(), 3, 'both rounds kept');
  assert.equal(await third.byTestId('county-keep').isChecked(), true);
  await third.byTestId('county-keep').uncheck();
  await third.openReport();
  await third.waitForBodies(2);
  const fourth = new CountyPage(await ctx.context.newPage(), ctx.server.origin);
  await fourth.open();
  assert.equal(await fourth.byTestId('county-set').count(), 0, 'no longer kept');

  // Emptying the picture forgets the tab's copy too: a reload stays empty.
  ctx.page.once('dialog', (d) => d.accept());
  await c.byTestId('county-clear').click();
  assert.equal(await c.byTestId('county-set').count(), 0);
  await ctx.page.reload();
  await c.byTestId('county-files').waitFor({ state: 'attached' });
  assert.equal(await c.byTestId('county-set').count(), 0);
  await ctx.page.goto(`${ctx.server.origin}/county/report/`);
  await c.byTestId('county-none').waitFor();
  assert.deepEqual(await violations(ctx.page), [], 'the report page with no set');
});

test('from the self-assessment to the county picture, with this browser\'s assessments', async () => {
  const { app, page } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Broxbourne Council', kind: 'district', completedBy: 'Jim B' });
  await app.openQuestion('q1');
  await app.tick('q1', 'grants');
  await page.goto(`${ctx.server.origin}/#/assessments`);
  await app.byTestId('assessments-county').click();
  await page.waitForURL(/\/county\/$/);
  const c = county();
  await c.byTestId('browser-assessments').locator('summary').click();
  await c.byTestId('local-choice').first().check();
  await c.byTestId('add-local').click();
  await c.waitForSet(1);
  await c.openReport();
  await c.waitForBodies(1);
  assert.equal(await c.count('q1', 'grants'), 1);
  assert.match(await c.byTestId('county-summary').textContent(), /1 body in the picture\. District or borough council \(with its Local Strategic Partnership\): 1\./);
  // Many bodies: bodies become rows, under sticky headings.
  const many = Array.from({ length: 20 }, (_, i) => peerFile(PEER_IDS[i % 15], { name: `Body ${i}`, assessmentId: `many-${i}` }));
  await c.addMore();
  await c.choose(many);
  await c.waitForSet(21);
  await c.openReport();
  await c.waitForBodies(21);
  assert.match(await c.byTestId('standards-matrix').locator('caption').textContent(), /Bodies \(rows\) by standard \(columns\)/);
  const sticky = await c.byTestId('standards-matrix').locator('thead th').first().evaluate((th) => getComputedStyle(th).position);
  assert.equal(sticky, 'sticky');
  assert.deepEqual(await violations(page), []);
});

test('the county report on a 320 px phone: nothing makes the page scroll sideways, and axe is clean', async () => {
  const c = county();
  await ctx.page.setViewportSize({ width: 320, height: 700 });
  await c.open();
  await c.addSurvey2010();
  // Every folded section open, as a reader would leave them.
  await ctx.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const { page, view } = await ctx.page.evaluate(() => ({ page: document.scrollingElement.scrollWidth, view: innerWidth }));
  assert.ok(page <= view, `the page is ${page}px wide in a ${view}px screen`);
  const filter = await c.byTestId('county-filter').boundingBox();
  assert.ok(filter.x + filter.width <= 320, `the filter ends at ${filter.x + filter.width}px`);
  assert.deepEqual(await violations(ctx.page), [], 'the report at 320 px');
  // On a phone the chart's figures come first: its labels would be too small to read.
  await ctx.page.setViewportSize({ width: 390, height: 800 });
  for (const [chart, table] of [['county-chart', 'county-table'], ['spread-chart', 'spread-table']]) {
    const svg = await c.byTestId(chart).locator('.chart__svg').boundingBox();
    const figures = await c.byTestId(table).boundingBox();
    assert.ok(figures.y < svg.y, `at 390 px the ${table} comes before the ${chart}`);
  }
  await ctx.page.setViewportSize({ width: 1024, height: 800 });
  const wide = await c.byTestId('county-chart').locator('.chart__svg').boundingBox();
  assert.ok(wide.y < (await c.byTestId('county-table').boundingBox()).y, 'on a wider screen the chart comes first');
});
