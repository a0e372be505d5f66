// Offline and installable, from a folder of a shared host: after one visit
// the app opens and scores with no network; a later deployment is taken
// only when the user asks, and never mixed with the build in use.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { useApp } from '../support/fixture.js';
import { siteCopy, deploy, secondBuild } from '../support/site-copy.js';
import { CountyPage } from '../support/county-page.js';
import { violations } from '../support/axe.js';

const BASE = '/tools/vcs-self-assessment/';
const site = await siteCopy();
const ctx = useApp({ root: site, base: BASE });
after(() => rm(site, { recursive: true }));

/// Waits until the worker has kept this build and controls the page.
async function waitUntilKept(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

// The page's own stylesheet (after the shared base.css): the one a release changes.
const stylesheet = (page) => page.locator('link[rel="stylesheet"][href^="./main-"]').getAttribute('href');
const buildMark = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build').trim());

test('the app installs from a sub-folder and, after one visit, opens and scores with no network', async () => {
  const { app, page, context } = ctx;
  await app.open('#/start');
  assert.ok(page.url().startsWith(`${ctx.server.origin}${BASE}`));
  // Installable: the manifest is found, names the app and stays in its folder.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return { url: link.href, body: await (await fetch(link.href)).json() };
  });
  assert.equal(manifest.url, `${ctx.server.origin}${BASE}manifest.webmanifest`);
  assert.equal(manifest.body.name, 'VCS support self-assessment');
  assert.equal(new URL(manifest.body.start_url, manifest.url).href, `${ctx.server.origin}${BASE}`);
  assert.equal(manifest.body.display, 'standalone');
  await waitUntilKept(page);
  // Chromium's own verdict: nothing but the test's private window stands in
  // the way of installing it (icon, manifest, worker and scope all pass).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), [], 'installable');

  await app.startAssessment({ name: 'Broxbourne Borough Council', kind: 'district' });
  await context.setOffline(true);
  await app.openQuestion('q1');
  await app.reload();
  const before = await app.counts();
  await app.tick('q1', 'grants', 'sla', 'cvs_funding');
  const after = await app.counts();
  assert.ok(after.met + after.partly > before.met + before.partly, `the score moved offline: ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
  await app.reload();
  assert.equal(await app.option('q1', 'grants').isChecked(), true, 'the answer given offline was kept');
  // The results and presentation mode, pages of their own, are kept too.
  await page.getByRole('link', { name: 'See results in full' }).click();
  await page.waitForURL(`${ctx.site}/results/#/results`);
  assert.match(await app.byTestId('results-summary').textContent(), /^2 met/);
  await app.byTestId('present').click();
  await app.byTestId('slide-chart').waitFor();

  // The county picture, kept by the same worker, opens offline too.
  const county = new CountyPage(page, ctx.site);
  await county.open();
  await county.addSurvey2010();
  assert.equal(await county.count('q1', 'grants'), 13);
  await context.setOffline(false);
});

test('a later deployment is announced, taken on request, and never mixed with the build in use', async () => {
  const { app, page } = ctx;
  const second = await secondBuild();
  try {
    await app.open('#/start');
    await waitUntilKept(page);
    await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
    const first = await stylesheet(page);
    assert.equal(await app.byTestId('update-banner').count(), 0, 'no update to announce');

    await deploy(second.dir, site);
    // The visit after the deployment still runs the first build, whole,
    // while the second installs beside it; then the banner says so.
    await app.reload();
    await app.byTestId('update-banner').waitFor();
    assert.equal(await stylesheet(page), first);
    assert.equal(await buildMark(page), '');
    assert.match(await app.byTestId('update-banner').textContent(), /A new version of this tool is ready\. Your answers are saved/);
    assert.deepEqual(await violations(page), [], 'axe finds nothing with the update banner on show');

    await app.byTestId('update-take').click();
    await page.waitForFunction((css) => document.querySelector('link[rel="stylesheet"][href^="./main-"]')?.getAttribute('href') === `./${css}`, second.css);
    await page.locator('#page-heading').waitFor();
    assert.equal(await buildMark(page), '"second"');
    assert.equal(await app.byTestId('update-banner').count(), 0);
    // Every file of the page is the second build's, and only its cache is left.
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1);
    const worker = await page.evaluate(async () => (await fetch('sw.js')).text());
    assert.ok(worker.includes(caches[0].replace('vcs-self-assessment-', '')), 'the cache left is the new worker\'s');
    assert.ok(!worker.includes(`"./${second.oldCss}"`));
    await app.open('#/assessments');
    assert.match(await page.locator('main').textContent(), /Dacorum Borough Council/);
  } finally {
    await deploy((await import('../support/server.js')).DIST, site);
    await rm(second.dir, { recursive: true });
  }
});
