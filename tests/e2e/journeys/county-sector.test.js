// The sector's view in the county report (issue 22): per body its
// responses, NI7-style figure and gaps from five; one county figure over
// every response counted once; the Value and Volume survey's groups per
// district for district councils (000), as context. Comments and names
// never reach the combined report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from '../support/fixture.js';
import { violations } from '../support/axe.js';
import { CountyPage } from '../support/county-page.js';

const ctx = useApp();
const fixture = readFileSync(new URL('../../fixtures/sector-county.json', import.meta.url), 'utf8');

test('a set with the sector\'s responses: a county figure, each body\'s line, and the districts as context', async () => {
  const c = new CountyPage(ctx.page, ctx.server.origin);
  await c.open();
  await c.choose([{ name: 'sector-county.json', text: fixture }]);
  await c.waitForSet(3);
  await c.openReport();
  await c.waitForBodies(3);
  const lead = await c.byTestId('county-sector-lead').textContent();
  assert.equal(lead, "9 responses from the sector came back to 2 bodies, each counted once. Of the organisations that answered these bodies' invitations on the five-point scale, 67% (4 of 6) say the body they were asked about has a very positive or positive influence on their success. 3 responses to bodies whose own figure is not shown are left out of it, so that their answers cannot be worked out from the county figure.");
  assert.match(await c.byTestId('county-sector-not-ni7').textContent(), /^This is not NI7 and cannot be compared with its figures/);
  const rows = await c.sectorRows();
  // In the report's order of bodies; a body with nothing to show is named
  // under the table, not given a row of dashes.
  assert.deepEqual(rows.map((r) => r[0]), ['Dacorum Borough Council', 'Watford Borough Council']);
  const [dacorum, watford] = rows;
  assert.deepEqual(dacorum, ['Dacorum Borough Council', '6', '67%', 'None', 'None', '617', '4.48']);
  assert.deepEqual(watford, ['Watford Borough Council', '3 (figures from 5)', '–', '–', '–', '382', '4.79']);
  assert.equal(await c.byTestId('county-sector-left-out').textContent(), "Hertfordshire Constabulary has brought back no responses to this tool's sector questions, and is not a district council, so it is not in the table.");
  assert.match(await c.byTestId('county-sector-districts').textContent(), /5,254 groups in Hertfordshire, 5\.08 per 1,000 people/);
  // Each section numbered once on screen, as on paper. The numbers are a
  // CSS counter, which no API reads back: what would restart it on every
  // heading is style containment (content-visibility: auto), so no
  // numbered section may have it.
  const contained = await ctx.page.locator('.county-report .report-section').evaluateAll((sections) => sections
    .map((s) => getComputedStyle(s))
    .filter((cs) => cs.contentVisibility === 'auto' || /style|content|strict/.test(cs.contain)).length);
  assert.equal(contained, 0, 'no numbered section is style contained');
  assert.ok(await ctx.page.locator('.county-report .report-section > h3').count() > 3);
  // The contents list the section, and what organisations wrote is absent.
  assert.match(await c.byTestId('report-contents').textContent(), /The sector's view/);
  const report = await c.byTestId('county-report').textContent();
  assert.ok(!report.includes('Friends of the Park') && !report.includes('Never in the county report'));
  assert.deepEqual(await violations(ctx.page), [], 'axe, the sector\'s view');
});

test('the 2010 respondents asked nothing of the sector: the section says so, and each district shows its groups', async () => {
  const c = new CountyPage(ctx.page, ctx.server.origin);
  await c.open();
  await c.addSurvey2010();
  assert.match(await c.byTestId('county-sector-lead').textContent(), /^No body in this report has brought back responses from the sector yet\./);
  // The ten district councils, each with its district's groups.
  const rows = await c.sectorRows();
  assert.equal(rows.length, 10);
  const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
  assert.deepEqual(byName['Broxbourne'], ['Broxbourne', 'None brought back', '–', '–', '–', '292', '3.35']);
  assert.deepEqual(byName['East Herts'].slice(5), ['1,010', '7.83']);
  assert.ok(rows.every((r) => r[5] !== '–'));
  assert.match(await c.byTestId('county-sector-left-out').textContent(), /^Not in the table: .*Police.*County Council, which have brought back no responses to this tool's sector questions and are not district councils\.$/);
});
