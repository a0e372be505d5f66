// Benchmark: download size, load to a usable questionnaire, and an answer
// to an updated score, in the system Chromium. Prints a report; asserts nothing.
import { startServer } from '../support/server.js';
import { launch } from '../support/browser.js';
import { bundleSizes } from '../support/bundle.js';
import { generatedFiles } from '../support/generated-bodies.js';

const RUNS = Number(process.env.RUNS ?? 15);
const kb = (n) => (n / 1024).toFixed(1);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)} ms (${s.length} runs)`;
};

const { files, total } = await bundleSizes();
console.log('Download (release build):');
for (const f of files) console.log(`  ${f.name.padEnd(52)} ${kb(f.bytes).padStart(8)} KB  ${kb(f.gzipped).padStart(7)} KB gzipped`);
console.log(`  ${'total'.padEnd(52)} ${kb(total.bytes).padStart(8)} KB  ${kb(total.gzipped).padStart(7)} KB gzipped`);

const county = await bundleSizes('county');
console.log('County picture (county/, downloaded only by facilitators who open it):');
for (const f of county.files) console.log(`  ${f.name.padEnd(52)} ${kb(f.bytes).padStart(8)} KB  ${kb(f.gzipped).padStart(7)} KB gzipped`);
console.log(`  ${'total'.padEnd(52)} ${kb(county.total.bytes).padStart(8)} KB  ${kb(county.total.gzipped).padStart(7)} KB gzipped`);

const server = await startServer();
const browser = await launch();
const load = [];
const answer = [];
const results = [];
const chart = [];
const chartDom = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/#/q/q2`);
  const option = page.locator('[data-testid="option-q2-lsp"]');
  await option.waitFor();
  // Navigation start to the first option on screen and able to take input.
  load.push(await page.evaluate(() => performance.now()));

  // A click to the score summary showing the new score, painted.
  answer.push(
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const target = document.querySelector('[data-testid="count-partly"]');
          const start = performance.now();
          new MutationObserver(() => requestAnimationFrame(() => resolve(performance.now() - start))).observe(target, {
            characterData: true,
            childList: true,
            subtree: true,
          });
          document.querySelector('[data-testid="option-q2-lsp"]').click();
        }),
    ),
  );

  // Opening the results page: scores, explanations and the gap chart drawn.
  results.push(
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const done = () => {
            if (document.querySelector('[data-testid="gap-chart"] svg')) requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(done);
          };
          location.hash = '#/results';
          requestAnimationFrame(done);
        }),
    ),
  );
  // A changed answer arriving while the results page is open (as from
  // another tab): decode, rescore and redraw all three charts, painted.
  const [dom, painted] = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const key = Object.keys(localStorage).find((k) => k.includes('/v2/assessment/'));
          const record = JSON.parse(localStorage.getItem(key));
          record.assessment.revision += 1;
          record.assessment.answers.choices.q2 = ['liaison', 'lsp', 'regular_meetings'];
          const desc = () => document.querySelector('[data-testid="change-chart"], [data-testid="peer-chart"] desc')
            && document.querySelector('[data-testid="gap-chart"] desc')?.textContent;
          const before = desc();
          const observer = new MutationObserver(() => {
            if (desc() !== before) {
              observer.disconnect();
              const dom = performance.now() - start;
              requestAnimationFrame(() => resolve([dom, performance.now() - start]));
            }
          });
          observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
          const start = performance.now();
          window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(record) }));
        }),
  );
  chartDom.push(dom);
  chart.push(painted);
  await context.close();
}
// The county picture: files chosen to the whole report drawn and painted
// (read, validated, scored, aggregated, every open section rendered).
const COUNTY_RUNS = Number(process.env.COUNTY_RUNS ?? 5);
const countyTimes = {};
for (const n of [15, 100, 200, 400]) {
  const files = generatedFiles(n);
  countyTimes[n] = [];
  for (let i = 0; i < COUNTY_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/county/`);
    await page.locator('[data-testid="county-files"]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.addEventListener('change', () => { window.benchStart = performance.now(); }, true));
    await page.locator('[data-testid="county-files"]').setInputFiles(files);
    await page.locator(`[data-testid="county-report"][data-bodies="${n}"]`).waitFor({ timeout: 60000 });
    countyTimes[n].push(
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - window.benchStart), 0)))),
    );
    await context.close();
  }
}
await browser.close();
await server.close();
console.log('Timings (headless Chromium, this machine):');
console.log(`  load to usable questionnaire:      ${stats(load)}`);
console.log(`  answer to updated score (painted): ${stats(answer)}`);
console.log(`  question to results page + charts: ${stats(results)}`);
console.log(`  answer to charts redrawn in the DOM:  ${stats(chartDom)}`);
console.log(`  answer to redrawn charts, painted:    ${stats(chart)}`);
for (const [n, times] of Object.entries(countyTimes)) {
  console.log(`  county picture, ${String(n).padStart(3)} files to report painted: ${stats(times)}`);
}
