// Benchmark: what each page downloads (gzip and brotli), load to a usable
// questionnaire, an answer to the updated score and to redrawn charts, the
// memory after a full assessment, and the county picture at 15 to 400
// bodies, in the system Chromium. Writes benches/results.md (and appends a
// line to benches/history.md, labelled by LABEL); asserts nothing.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { startServer } from '../support/server.js';
import { launch } from '../support/browser.js';
import { bundleSizes, offlineSizes } from '../support/bundle.js';
import { generatedFiles } from '../support/generated-bodies.js';

const RUNS = Number(process.env.RUNS ?? 15);
const ANSWERS = Number(process.env.ANSWERS ?? 200);
const COUNTY_RUNS = Number(process.env.COUNTY_RUNS ?? 5);
const BENCHES = new URL('../../../benches/', import.meta.url);
const questionnaire = JSON.parse(await readFile(new URL('../../../seeds/questionnaire.json', import.meta.url), 'utf8'));

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => `${n.toFixed(1)} ms`;
const at = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const out = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

// Sizes, by page and by kind of file.
const pages = [
  ['The questions (the officer\'s first load), first load', await bundleSizes()],
  ['Presentation mode (present/), first load', await bundleSizes('present')],
  ['The results (results/), first load', await bundleSizes('results')],
  ['The county picture, adding assessments (county/), first load', await bundleSizes('county')],
  ['The county report (county/report/), first load', await bundleSizes('county/report')],
  ["The sector's page, on a phone (sector/), first load", await bundleSizes('sector')],
  ['Kept for offline use after the first visit (every page and the worker)', await offlineSizes()],
];
say('## Download');
say();
for (const [title, { files, total }] of pages) {
  say(`${title}:`);
  say();
  say('| kind | raw KB | gzip KB | brotli KB |');
  say('|---|---:|---:|---:|');
  const kinds = {};
  for (const f of files) {
    const k = (kinds[f.kind] ??= { bytes: 0, gzipped: 0, brotli: 0 });
    for (const m of Object.keys(k)) k[m] += f[m];
  }
  for (const [kind, k] of Object.entries(kinds).sort((a, b) => b[1].gzipped - a[1].gzipped)) {
    say(`| ${kind} | ${kb(k.bytes)} | ${kb(k.gzipped)} | ${kb(k.brotli)} |`);
  }
  say(`| **total** | ${kb(total.bytes)} | **${kb(total.gzipped)}** | ${kb(total.brotli)} |`);
  say();
}

const server = await startServer();
const browser = await launch();
const fresh = async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
};

// Navigation to the first option on screen and able to take input, in fresh
// contexts (nothing cached); then, in each, a second visit from the
// worker's copy, as on the day the network fails.
const load = [];
const reload = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await fresh();
  await page.goto(`${server.origin}/#/q/q2`);
  await page.locator('[data-testid="option-q2-lsp"]').waitFor();
  load.push(await page.evaluate(() => performance.now()));
  // Builds from before the worker have no second visit to measure.
  const kept = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() =>
        navigator.serviceWorker.controller ? true : new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(true), { once: true })),
      ),
      new Promise((r) => setTimeout(() => r(false), 10000)),
    ]),
  );
  if (!kept) {
    await context.close();
    continue;
  }
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-testid="option-q2-lsp"]').waitFor();
  reload.push(await page.evaluate(() => performance.now()));
  await context.close();
}

// A tick to the score summary showing the new score, painted: the same
// option on and off, each a change of score.
const { context: answering, page } = await fresh();
await page.goto(`${server.origin}/#/q/q2`);
await page.locator('[data-testid="option-q2-lsp"]').waitFor();
const tick = await page.evaluate(
  (n) =>
    (async () => {
      const summary = document.querySelector('aside[aria-label="Score so far"]');
      const option = document.querySelector('[data-testid="option-q2-lsp"]');
      const times = [];
      for (let i = 0; i < n; i++) {
        times.push(
          await new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            });
            observer.observe(summary, { characterData: true, childList: true, subtree: true, attributes: true });
            const start = performance.now();
            option.click();
          }),
        );
      }
      return times;
    })(),
  ANSWERS,
);

// On the results page, an answer arriving (as from another tab): decode,
// rescore and redraw all three charts; alternately two answers to q2.
// The results are a page of their own (before they were a fragment, which
// now leads there too).
await page.goto(`${server.origin}/#/results`);
await page.locator('[data-testid="gap-chart"] svg').waitFor();
const charts = await page.evaluate(
  (n) =>
    (async () => {
      const key = Object.keys(localStorage).find((k) => k.includes('/v2/assessment/'));
      const record = JSON.parse(localStorage.getItem(key));
      const desc = () => document.querySelector('[data-testid="gap-chart"] desc')?.textContent;
      const dom = [];
      const painted = [];
      for (let i = 0; i < n; i++) {
        record.assessment.revision += 1;
        record.assessment.answers.choices.q2 = i % 2 ? ['lsp'] : ['liaison', 'lsp', 'regular_meetings'];
        const before = desc();
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (desc() === before) return;
            observer.disconnect();
            dom.push(performance.now() - start);
            requestAnimationFrame(() => setTimeout(() => resolve(painted.push(performance.now() - start)), 0));
          });
          observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
          const start = performance.now();
          window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(record) }));
        });
      }
      return { dom, painted };
    })(),
  ANSWERS,
);
await answering.close();

// Memory after a full assessment: every question answered (the first
// option of every part, a sentence in every box), on the results page,
// after a garbage collection.
const { context: full, page: officer } = await fresh();
await officer.addInitScript(() =>
  addEventListener('TrunkApplicationStarted', (e) => (window.benchMemory = e.detail.wasm.memory)),
);
await officer.goto(`${server.origin}/#/start`);
await officer.locator('[data-testid="body-name"]').fill('Benchmark Borough Council');
await officer.locator('[data-testid="kind-district"]').check();
await officer.locator('[data-testid="start"]').click();
for (const q of questionnaire.questions) {
  await officer.goto(`${server.origin}/#/q/${q.id}`);
  await officer.locator(`[data-testid="question-${q.id}"]`).waitFor();
  for (const part of q.parts) await officer.locator(`[data-testid="option-${part.id}-${part.options[0].id}"]`).check();
  for (const field of q.fields) await officer.locator(`[data-testid="field-${field.id}"]`).fill(`What ${field.id} says, in a sentence or two of practice.`);
}
await officer.goto(`${server.origin}/#/results`);
await officer.locator('[data-testid="gap-chart"] svg').waitFor();
const cdp = await full.newCDPSession(officer);
await cdp.send('HeapProfiler.collectGarbage');
const heap = await cdp.send('Runtime.getHeapUsage');
const wasmMemory = await officer.evaluate(() => window.benchMemory?.buffer.byteLength ?? 0);
const domNodes = await officer.evaluate(() => document.getElementsByTagName('*').length);
await full.close();

// The county picture: files chosen to the set added and painted (read,
// validated, scored, held for the tab), then the report page opened to the
// whole report painted (loaded, the set read back and scored, aggregated,
// every open section rendered): the facilitator's two steps, without the
// click between them.
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
const countyTimes = {};
const countySteps = {};
for (const n of [15, 100, 200, 400]) {
  const files = generatedFiles(n);
  countyTimes[n] = [];
  countySteps[n] = { added: [], report: [] };
  for (let i = 0; i < COUNTY_RUNS; i++) {
    const { context, page: county } = await fresh();
    await county.goto(`${server.origin}/county/`);
    await county.locator('[data-testid="county-files"]').waitFor({ state: 'attached' });
    await county.evaluate(() => document.addEventListener('change', () => (window.benchStart = performance.now()), true));
    await county.locator('[data-testid="county-files"]').setInputFiles(files);
    await county.locator(`[data-testid="county-set"][data-bodies="${n}"]`).waitFor({ timeout: 60000 });
    const added = (await county.evaluate(painted)) - (await county.evaluate(() => window.benchStart));
    await county.locator('[data-testid="open-report"]').click();
    await county.locator(`[data-testid="county-report"][data-bodies="${n}"]`).waitFor({ timeout: 60000 });
    // The report page's clock starts as the browser begins to load it.
    const report = await county.evaluate(painted);
    countySteps[n].added.push(added);
    countySteps[n].report.push(report);
    countyTimes[n].push(added + report);
    await context.close();
  }
}
// Presentation mode: a key in the presenter's window to the next slide
// painted in the room's window (two windows, one BroadcastChannel), and to
// the presenter's own view painted.
const present = { room: [], presenter: [] };
{
  const { context, page: presenter } = await fresh();
  await presenter.goto(`${server.origin}/`);
  await presenter.locator('[data-testid="body-name"]').fill('Bench Borough Council');
  await presenter.locator('[data-testid="kind-district"]').check();
  await presenter.locator('[data-testid="start"]').click();
  await presenter.goto(`${server.origin}/present/#/present/q/q1`);
  await presenter.locator('[data-testid="present-page"]').waitFor();
  const [room] = await Promise.all([context.waitForEvent('page'), presenter.locator('[data-testid="open-audience"]').click()]);
  await room.locator('.audience [data-testid="slide-progress"]').waitFor();
  await presenter.evaluate(() => document.addEventListener('keydown', () => (window.benchKey = performance.timeOrigin + performance.now()), true));
  // In the page: once the slide's progress line differs from `before`, the
  // time of the next paint (on the machine's clock, shared by both windows).
  const changed = (page, scope, before) => page.evaluate(([s, b]) => new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
    const now = () => document.querySelector(`${s} [data-testid="slide-progress"]`)?.textContent;
    if (now() !== b) return done();
    const watch = new MutationObserver(() => {
      if (now() !== b) {
        watch.disconnect();
        done();
      }
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
  }), [scope, before]);
  const progress = (page, scope) => page.evaluate((s) => document.querySelector(`${s} [data-testid="slide-progress"]`).textContent, scope);
  for (let i = 0; i < RUNS * 2; i++) {
    const [roomBefore, presenterBefore] = [await progress(room, '.audience'), await progress(presenter, '.presenter__stage')];
    const roomAt = changed(room, '.audience', roomBefore);
    const presenterAt = changed(presenter, '.presenter__stage', presenterBefore);
    await presenter.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
    const key = await presenter.evaluate(() => window.benchKey);
    present.room.push((await roomAt) - key);
    present.presenter.push((await presenterAt) - key);
  }
  await context.close();
}
await browser.close();
await server.close();

say('## Timings (headless Chromium, this machine)');
say();
say('| measure | runs | p50 | p95 |');
say('|---|---:|---:|---:|');
const row = (label, xs) => say(`| ${label} | ${xs.length} | ${ms(at(xs, 0.5))} | ${ms(at(xs, 0.95))} |`);
row('navigation to a usable questionnaire, first visit', load);
if (reload.length) row('the same, a second visit with no network (worker cache)', reload);
row('tick to updated score, painted', tick);
row('answer to the three charts redrawn (DOM)', charts.dom);
row('answer to the three charts redrawn, painted', charts.painted);
row("presentation: key in the presenter's window to the room's window painted", present.room);
row("presentation: key to the presenter's own view painted", present.presenter);
for (const [n, times] of Object.entries(countyTimes)) {
  row(`county picture, ${n} files chosen to the set added, painted`, countySteps[n].added);
  row(`county report page with ${n} bodies, opened to painted`, countySteps[n].report);
  row(`county picture, ${n} files to the report painted (both steps)`, times);
}
say();
say('## Memory after a full assessment (results page, after garbage collection)');
say();
say(`- JS heap used: ${kb(heap.usedSize)} KB (of ${kb(heap.totalSize)} KB allocated)`);
say(`- wasm linear memory: ${kb(wasmMemory)} KB`);
say(`- DOM elements: ${domNodes}`);
if (process.env.NATIVE) {
  say();
  say('## Native (`cargo bench`)');
  say();
  for (const line of (await readFile(process.env.NATIVE, 'utf8')).trim().split('\n')) say(`    ${line}`);
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
await writeFile(
  new URL('results.md', BENCHES),
  `# Benchmark results\n\n\`bash scripts/bench.sh\` at ${commit}, ${when} UTC. Median of ${RUNS} fresh contexts for loads, ${ANSWERS} answers for ticks and charts, ${COUNTY_RUNS} runs per county size.\n\n${out.join('\n')}\n`,
);
// The county column holds the heavier of the county's two pages, the report.
const [officerLoad, , , , countyLoad] = pages;
await appendFile(
  new URL('history.md', BENCHES),
  `| ${when} | ${commit} | ${process.env.LABEL ?? ''} | ${kb(officerLoad[1].total.gzipped)} | ${kb(officerLoad[1].total.brotli)} | ${kb(countyLoad[1].total.gzipped)} | ${ms(at(load, 0.5))} | ${ms(at(tick, 0.5))} / ${ms(at(tick, 0.95))} | ${ms(at(charts.painted, 0.5))} / ${ms(at(charts.painted, 0.95))} | ${kb(heap.usedSize)} | ${ms(at(countyTimes[15], 0.5))} | ${ms(at(countyTimes[400], 0.5))} |\n`,
);
console.log('\nWritten to benches/results.md; a line added to benches/history.md.');
