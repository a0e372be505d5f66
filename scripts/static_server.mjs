// Serves a built site (dist/ by default) on loopback, as any static host
// would: used by `scripts/serve.sh` and by the journeys and the benchmark.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Hashed files never change under their name; the pages, the worker and the
// manifest keep their names from build to build, so they are checked each time.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

// `base` is the folder the site is published under, as on a shared host
// (`/tools/vcs-self-assessment/`); anything outside it is not found.
// `gzip` compresses what a browser accepts compressed, as a real host does:
// Lighthouse's simulated 4G load of an uncompressed wasm is twice as slow.
export async function startServer({ root = DIST, port = 0, base = '/', gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const asked = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!`${asked}/`.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    if (`${asked}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const path = `/${asked.slice(base.length)}`;
    // A folder is served by its index.html: / and /county/.
    const file = join(root, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    // A folder asked for without its slash: send the browser to the folder,
    // so the page's relative links resolve inside it.
    if (!extname(path) && !path.endsWith('/')) {
      res.writeHead(301, { location: `${asked}/` }).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, url: `http://127.0.0.1:${server.address().port}${base}`, close: () => new Promise((r) => server.close(r)) };
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080), base: process.env.BASE ?? '/' });
  console.log(`Serving ${DIST} on ${url} (the county picture is at ${url}county/)`);
}
