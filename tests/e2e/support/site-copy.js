// Copies of the built site for the offline journeys: a folder the test
// server serves, whose files a test can replace as a deployment would.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './server.js';

const WRITE_WORKER = new URL('../../../scripts/write_worker.py', import.meta.url).pathname;

export async function siteCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'vcs-site-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/// Publishes `from` in place of what `site` holds, all at once.
export async function deploy(from, site) {
  for (const entry of await readdir(site)) await rm(join(site, entry), { recursive: true });
  await cp(from, site, { recursive: true });
}

/// A second build made from the first, as a release would differ: the
/// self-assessment's stylesheet changes (so its hashed name changes, with
/// the page's link and integrity), and the worker is written again.
export async function secondBuild() {
  const dir = await siteCopy();
  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');
  const [, oldCss] = html.match(/href="\.\/(main-[0-9a-f]+\.css)"/);
  const css = (await readFile(join(dir, oldCss), 'utf8')) + '\n:root { --build: "second"; }\n';
  const newCss = `main-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(dir, newCss), css);
  await rm(join(dir, oldCss));
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  html = html.replace(
    new RegExp(`href="\\./${oldCss}" integrity="[^"]*"`),
    `href="./${newCss}" integrity="${integrity}"`,
  );
  await writeFile(index, html);
  execFileSync('python3', [WRITE_WORKER, dir], { stdio: 'ignore' });
  return { dir, css: newCss, oldCss };
}
