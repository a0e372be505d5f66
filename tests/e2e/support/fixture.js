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
  const ctx = { server: null, site: null, browser: null, context: null, page: null, app: null, requests: [], errors: [], warnings: [] };
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
    ctx.requests = [];
    ctx.errors = [];
    ctx.warnings = [];
    ctx.context = await ctx.browser.newContext({ viewport, acceptDownloads: true });
    watchContext(ctx.context, ctx);
    ctx.page = await ctx.context.newPage();
    ctx.app = new AssessmentPage(ctx.page, ctx.site);
  });
  afterEach(async () => {
    await ctx.context?.close();
    // Every journey: nothing may leave the page's origin, and nothing may
    // go wrong in the page unnoticed.
    assert.deepEqual(foreignRequests(ctx), [], 'no request left the page origin');
    assert.deepEqual(ctx.errors, [], 'no error in the page or its console');
    assert.deepEqual(ctx.warnings, [], 'no warning in the console');
  });
  return ctx;
}

/// Watches every page of a browser context, the first and any opened later
/// (second tabs, popups such as the audience window): every request, and
/// every page error, console error and console warning, named with the
/// page's address.
export function watchContext(context, ctx) {
  context.on('request', (r) => ctx.requests.push(r.url()));
  const watch = (page) => {
    page.on('pageerror', (e) => ctx.errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') ctx.errors.push(`${page.url()}: ${m.text()}`);
      if (m.type() === 'warning') ctx.warnings?.push(`${page.url()}: ${m.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/// Requests to anywhere but the app's own origin (data: and blob: are local).
export function foreignRequests(ctx) {
  return ctx.requests.filter(
    (url) => !url.startsWith(ctx.server.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}
