// What the browser downloads for a page before it can be used: the page
// and every file it links (styles, scripts, wasm, icon, manifest), with
// gzipped and brotli sizes. The service worker and the files it keeps for
// offline use come after, in the background.
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, extname, relative } from 'node:path';
import { DIST } from './server.js';

async function sized(path) {
  const body = await readFile(path);
  return {
    name: relative(DIST, path),
    kind: extname(path).slice(1),
    bytes: body.length,
    gzipped: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function totalled(files) {
  const total = { bytes: 0, gzipped: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}

/// The first load of one page: the questions' (dist/) by default, or another
/// page's folder (`results`, `present`, `county`, `county/report`).
export async function bundleSizes(folder = '') {
  const dir = join(DIST, folder);
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const linked = new Set([...html.matchAll(/(?:href|src)="([^"#:]+)"/g)].map((m) => join(dir, m[1])));
  return totalled(await Promise.all([join(dir, 'index.html'), ...[...linked].sort()].map(sized)));
}

/// Everything the service worker keeps after the first visit, itself included.
export async function offlineSizes() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)).sort();
  return totalled(await Promise.all(paths.map(sized)));
}
