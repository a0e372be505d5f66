// What the browser downloads for the app, with gzipped sizes.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { DIST } from './server.js';

export async function bundleSizes() {
  const files = [];
  for (const name of (await readdir(DIST)).sort()) {
    const body = await readFile(join(DIST, name));
    files.push({ name, kind: extname(name).slice(1), bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzipped: t.gzipped + f.gzipped }), { bytes: 0, gzipped: 0 });
  return { files, total };
}
