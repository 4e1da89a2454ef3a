/*
 * Leverboard's service worker: lets a board reload while the server is unreachable.
 * - /assets/* (hashed, immutable): cache first.
 * - page navigations: network first; the app's one index.html is kept and served when offline
 *   (every route, / and /b/<id>, is the same page).
 * - /api and /sync are never touched: the app handles their failures itself (the board then
 *   opens from this browser's offline copy in IndexedDB).
 * A new index.html means a new build: assets it no longer names are dropped from the cache.
 */
const CACHE = 'leverboard-shell-v1';
const INDEX = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try { await refreshIndex(cache, await fetch(INDEX, { cache: 'no-cache' })); } catch { /* offline install: nothing yet */ }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The page sends the asset URLs it loaded before this worker controlled it (lazy chunks too).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string' && isAsset(new URL(u, self.location.origin))).slice(0, 200);
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    for (const u of urls) if (!(await cache.match(u))) await cache.add(u).catch(() => {});
  }));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync') || url.pathname === '/healthz' || url.pathname === '/metrics') return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (isAsset(url)) event.respondWith(asset(request));
});

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

async function navigate(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      await refreshIndex(cache, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(INDEX);
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function refreshIndex(cache, response) {
  if (!response.ok) return;
  const html = await response.clone().text();
  const previous = await cache.match(INDEX);
  const changed = !previous || (await previous.text()) !== html;
  await cache.put(INDEX, response);
  if (!changed) return;
  const named = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]));
  for (const key of await cache.keys()) {
    const path = new URL(key.url).pathname;
    if (path.startsWith('/assets/') && !named.has(path)) await cache.delete(key);
  }
  await Promise.all([...named].map((u) => cache.add(u).catch(() => {})));
}
