// One server, one browser and a fresh context per test, recording every
// request so that tests can assert none left the page's origin.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.js';
import { launch } from './browser.js';
import { AssessmentPage } from './assessment-page.js';

/// `root` and `base` serve another copy of the site, or the site from a
/// folder of the host (`/tools/vcs-self-assessment/`); `ctx.site` is the
/// address of the site's own folder, without its final slash.
export function useApp({ viewport = { width: 1280, height: 900 }, root, base } = {}) {
  const ctx = { server: null, site: null, browser: null, context: null, page: null, app: null, requests: [], errors: [] };
  before(async () => {
    ctx.server = await startServer({ root, base });
    ctx.site = ctx.server.url.replace(/\/$/, '');
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  beforeEach(async () => {
    ctx.context = await ctx.browser.newContext({ viewport, acceptDownloads: true });
    ctx.page = await ctx.context.newPage();
    ctx.requests = [];
    ctx.errors = [];
    ctx.context.on('request', (r) => ctx.requests.push(r.url()));
    ctx.page.on('pageerror', (e) => ctx.errors.push(e.message));
    ctx.page.on('console', (m) => {
      if (m.type() === 'error') ctx.errors.push(m.text());
    });
    ctx.app = new AssessmentPage(ctx.page, ctx.site);
  });
  afterEach(async () => {
    await ctx.context?.close();
    // Every journey: nothing may leave the page's origin, and nothing may
    // go wrong in the page unnoticed.
    assert.deepEqual(foreignRequests(ctx), [], 'no request left the page origin');
    assert.deepEqual(ctx.errors, [], 'no error in the page or its console');
  });
  return ctx;
}

/// Requests to anywhere but the app's own origin (data: and blob: are local).
export function foreignRequests(ctx) {
  return ctx.requests.filter(
    (url) => !url.startsWith(ctx.server.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}
