// Benchmark: download size, load to a usable questionnaire, and an answer
// to an updated score, in the system Chromium. Prints a report; asserts nothing.
import { startServer } from '../support/server.js';
import { launch } from '../support/browser.js';
import { bundleSizes } from '../support/bundle.js';

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

const server = await startServer();
const browser = await launch();
const load = [];
const answer = [];
const results = [];
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
  await context.close();
}
await browser.close();
await server.close();
console.log('Timings (headless Chromium, this machine):');
console.log(`  load to usable questionnaire:      ${stats(load)}`);
console.log(`  answer to updated score (painted): ${stats(answer)}`);
console.log(`  question to results page + chart:  ${stats(results)}`);
