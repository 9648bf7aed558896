// Offline support for Manufacturing USA Explorer. A plain script, registered by
// loader.js, scoped to the folder the app is served from.
//  - On install it saves the app shell (index.html, shell.html and every file
//    index.html's head names), the dataset and its schema.
//  - Pages are fetched from the network first, and saved; offline, a page is answered
//    from its saved copy, else from the saved shell, so every route opens offline.
//    (A release build has a prepared copy of each page, scripts/prerender.mjs; shell.html
//    is the app without one.)
//  - The dataset is answered from the saved copy at once (marked with the date it was
//    saved) and refreshed in the background; when the refreshed file differs, open
//    pages are told, so they can offer a reload.
//  - Other files (content-hashed) are answered from the cache, then the network.

// Bumped when the dataset's schema changes, so a returning visitor's new app is not
// first handed a saved file of the old schema: the new worker replaces the old caches.
const VERSION = 'v4';
const SHELL = `explorer-shell-${VERSION}`;
const DATA = `explorer-data-${VERSION}`;
const BASE = new URL('./', self.location).href;
const DATASET = new URL('data/manufacturing-usa.json', BASE).href;
const SCHEMA = new URL('data/manufacturing-usa.schema.json', BASE).href;
const SHELL_PAGE = new URL('shell.html', BASE).href;
const SAVED_HEADER = 'x-explorer-saved';

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('explorer-') && key !== SHELL && key !== DATA) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

async function precache() {
  const shell = await caches.open(SHELL);
  const index = await fetch(BASE, { cache: 'no-cache' });
  if (!index.ok) throw new Error(`index.html: HTTP ${index.status}`);
  const html = await index.clone().text();
  await shell.put(BASE, index);
  const urls = new Set([SCHEMA, SHELL_PAGE]);
  // The head names the app's files; the body of a prepared page links to other pages,
  // which are saved when visited.
  const head = html.slice(0, html.search(/<\/head>/i) >>> 0);
  for (const m of head.matchAll(/(?:href|src)="([^"#]+)"/g)) {
    const url = new URL(m[1], BASE);
    if (url.origin === self.location.origin && url.href !== BASE) urls.add(url.href);
  }
  urls.add(new URL('loader.js', BASE).href);
  // The app's wasm, in parts (scripts/build-wasm): the glue, the main module, and every
  // page's part and shared chunk, which __wasm_split.js names. All are saved now, so
  // every page opens offline, also one not visited online.
  const app = head.match(/data-app="([^"#]+)"/)?.[1];
  if (app) {
    const folder = new URL(app, BASE);
    for (const name of ['main.js', 'main_bg.wasm']) urls.add(new URL(name, folder).href);
    const splitUrl = new URL('__wasm_split.js', folder).href;
    const split = await fetch(splitUrl, { cache: 'no-cache' });
    if (split.ok) {
      await shell.put(splitUrl, split.clone());
      for (const m of (await split.text()).matchAll(/new URL\("\.\/([\w.-]+\.wasm)"/g)) urls.add(new URL(m[1], folder).href);
    }
  }
  await Promise.all([...urls].map(async (url) => {
    const res = await fetch(url, { cache: 'no-cache' });
    if (res.ok) await shell.put(url, res);
  }));
  const data = await fetch(DATASET, { cache: 'no-cache' });
  if (data.ok) await saveDataset(await data.text(), data.headers);
}

async function saveDataset(text, headers) {
  const cache = await caches.open(DATA);
  const h = new Headers();
  h.set('content-type', headers.get('content-type') || 'application/json; charset=utf-8');
  h.set(SAVED_HEADER, new Date().toISOString());
  await cache.put(DATASET, new Response(text, { status: 200, headers: h }));
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

async function dataset(event) {
  const cache = await caches.open(DATA);
  const saved = await cache.match(DATASET);
  // Read the saved copy now: once it is handed to the page its body is gone.
  const savedText = saved ? saved.clone().text() : Promise.resolve(null);
  const refresh = (async () => {
    try {
      const res = await fetch(event.request, { cache: 'no-cache' });
      if (!res.ok) return res;
      const text = await res.clone().text();
      const before = await savedText;
      await saveDataset(text, res.headers);
      if (before !== null && before !== text) await tell({ type: 'explorer-dataset-updated' });
      return res;
    } catch (err) {
      return null;
    }
  })();
  if (saved) {
    event.waitUntil(refresh);
    return saved;
  }
  const res = await refresh;
  return res || Response.error();
}

async function shellFile(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') await cache.put(request, res.clone());
  return res;
}

async function page(request) {
  const cache = await caches.open(SHELL);
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  try {
    const res = await fetch(request);
    if (res.ok && res.type === 'basic') await cache.put(key, res.clone());
    return res;
  } catch (err) {
    return (await cache.match(key)) || (await cache.match(SHELL_PAGE)) || (await cache.match(BASE)) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.origin + url.pathname === DATASET) {
    event.respondWith(dataset(event));
  } else {
    event.respondWith(shellFile(request));
  }
});
