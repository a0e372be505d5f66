// Lighthouse's mobile figures (its default: a mid-range phone on slow 4G,
// simulated) for every page of seeds/pages.json, the site served gzipped
// as a host would serve it. Appended to benches/results.md by
// scripts/bench.sh; run alone with `node tests/e2e/bench/lighthouse.js`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/server.js';
import { invitationFragment } from '../support/sector-page.js';

const ROOT = new URL('../../../', import.meta.url);
const LIGHTHOUSE = new URL('lighthouse/node_modules/.bin/lighthouse', import.meta.url).pathname;
const pages = JSON.parse(await readFile(new URL('seeds/pages.json', ROOT), 'utf8')).pages;
const server = await startServer({ gzip: true });
const out = await mkdtemp(join(tmpdir(), 'lighthouse-'));
const rows = [];
try {
  for (const page of pages) {
    // The sector's page opens from an invitation's link.
    const fragment = page.id === 'Sector' ? invitationFragment() : '';
    const url = `${server.origin}/${page.folder}${fragment}`;
    const report = join(out, `${page.id}.json`);
    // Not a synchronous call: the server answering Lighthouse runs in this process.
    await promisify(execFile)(LIGHTHOUSE, [
      url,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${report}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    const lhr = JSON.parse(await readFile(report, 'utf8'));
    const score = (c) => lhr.categories[c].score.toFixed(2);
    const audit = (a) => lhr.audits[a].displayValue.replace(/\u00a0/g, ' ');
    rows.push(`| ${page.title} (\`${page.folder || '/'}\`) | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${audit('first-contentful-paint')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} |`);
    console.log(rows.at(-1));
  }
} finally {
  await server.close();
  await rm(out, { recursive: true, force: true });
}
const table = [
  '',
  '## Lighthouse, mobile (simulated slow 4G, served gzipped)',
  '',
  `Lighthouse ${JSON.parse(await readFile(new URL('lighthouse/node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version}, each page opened afresh (the sector's page from an invitation's link).`,
  '',
  '| page | performance | accessibility | best practices | first contentful paint | largest contentful paint | total blocking time | layout shift |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
].join('\n');
await appendFile(new URL('benches/results.md', ROOT), table);
console.log('\nLighthouse figures appended to benches/results.md.');
