// What the browser downloads for the app, with gzipped sizes.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { DIST } from './server.js';

/// The files of one page's download: the self-assessment's (dist/) by
/// default, or the county view's (dist/county/). Folders are other pages.
export async function bundleSizes(folder = '') {
  const dir = join(DIST, folder);
  const files = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) continue;
    const name = entry.name;
    const body = await readFile(join(dir, name));
    files.push({ name, kind: extname(name).slice(1), bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzipped: t.gzipped + f.gzipped }), { bytes: 0, gzipped: 0 });
  return { files, total };
}
