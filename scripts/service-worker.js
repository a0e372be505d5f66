// The service worker: keeps one build's files so the app opens and works
// with no network, and hands over to a newer build only when the page asks.
// scripts/write_worker.py fills in VERSION and FILES for each build, so a new
// deployment is a new worker, which the browser notices on its next visit.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = 'vcs-self-assessment-';
const CACHE = PREFIX + VERSION;

// A hashed name always has the same content, so a copy the browser already
// holds is good; the pages and the manifest are asked of the server.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

// Every file of this build into a cache of its own; if any file fails, the
// install fails and the build already in use stays.
self.addEventListener('install', (event) => {
  const requests = FILES.map((f) => new Request(f, { cache: HASHED.test(f) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

// Only pages that have finished with the old build reach here (see the
// message below), so old caches can go: each page runs one build's files.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's "Use the new version" button: a waiting build takes over, and
// the page reloads onto it.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// This build's files from its own cache; anything else from the network.
// A page (`./`, `results/`, `present/`, `county/`, `county/report/`) is
// its folder's index.html of this same build.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      let hit = await cache.match(request, { ignoreSearch: true });
      if (!hit && request.mode === 'navigate' && !url.pathname.endsWith('/')) {
        hit = await cache.match(url.pathname + '/');
      }
      return hit ?? fetch(request);
    }),
  );
});
