// Starts the app. It replaces trunk's inline loader so the page runs under a strict
// Content-Security-Policy (script-src 'self'), with no inline script.
const tag = document.querySelector('script[data-app]');
// The folder of the app's wasm parts (scripts/build-wasm, scripts/hash-parts.mjs), and on
// a prepared page the parts its route needs (scripts/prerender.mjs).
const app = new URL(tag.dataset.app, document.baseURI);
const routeParts = (tag.dataset.parts ?? '').split(' ').filter(Boolean);

// A page prepared at build time shows its default view. Opened with view state in its
// address (`/institutes?sponsor=doe`), the parts that follow that state are marked as
// updating until the app, which reads the address, takes the page over.
const prepared = document.querySelector('#boot[data-prerendered]');
const viewState = [...new URLSearchParams(location.search).keys()].filter((key) => key !== 'v');
if (prepared && viewState.length > 0) {
  const parts = prepared.querySelectorAll('[data-follows-view]');
  for (const part of parts) {
    part.classList.add('is-updating');
    part.setAttribute('aria-busy', 'true');
  }
  if (parts.length > 0) {
    const note = document.createElement('p');
    note.id = 'view-updating';
    note.className = 'prerender-note';
    note.setAttribute('role', 'status');
    note.textContent = 'Updating this page to the view in its address…';
    (prepared.querySelector('main') ?? prepared).prepend(note);
  }
}

// Listen before the app starts: the service worker may report a newer dataset while
// the app is still loading the saved one. The app shows a notice on this event.
let datasetUpdated = false;
try {
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'explorer-dataset-updated') {
      datasetUpdated = true;
      window.dispatchEvent(new CustomEvent('explorer-dataset-updated'));
    }
  });
  navigator.serviceWorker?.startMessages();
} catch (err) {
  // No service workers here (opaque-origin frame): nothing will be reported.
}

function tell(text) {
  let message = document.getElementById('boot-message');
  const boot = document.getElementById('boot');
  // A copy of the page made at build time has no loading note: say it above the page.
  if (!message && boot) {
    message = document.createElement('p');
    message.id = 'boot-message';
    message.className = 'prerender-note';
    message.setAttribute('role', 'alert');
    boot.prepend(message);
  }
  if (message) message.textContent = text;
}

/// Resolves once the browser has painted a frame: the rendering of the next animation
/// frame, then a task posted from it, which runs after that frame's paint.
const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/// Asks for a file now, so it is on its way when the app needs it.
function preload(href, as) {
  const link = document.createElement('link');
  if (as === 'module') {
    link.rel = 'modulepreload';
  } else {
    link.rel = 'preload';
    link.as = as;
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

try {
  // On a prepared page (scripts/prerender.mjs) the app is fetched and started only
  // after the copy has been painted: the page's text is on screen before the glue, the
  // wasm and the dataset take the connection and the start-up takes the main thread.
  // Then everything the page needs is asked for, in a few short tasks in a row: the glue,
  // the main module, the dataset and the parts of the wasm its route uses, so none waits
  // for another. Asked for in one task, they made one of the start-up's longest (60 to
  // 120 ms at 4x CPU, most of it the browser starting a dozen or so fetches).
  const nextTask = () => new Promise((next) => setTimeout(next, 0));
  if (prepared) await painted();
  performance.mark('explorer:fetch');
  const glueUrl = new URL('main.js', app);
  const wasmUrl = new URL('main_bg.wasm', app);
  preload(glueUrl, 'module');
  preload(new URL('__wasm_split.js', app), 'module');
  preload(wasmUrl, 'fetch');
  preload(new URL('data/manufacturing-usa.json', document.baseURI), 'fetch');
  await nextTask();
  const loading = import(glueUrl);
  loading.catch(() => {});
  // The page's parts are fetched and compiled now, beside the main module, off the main
  // thread, four to a task; the parts' loader (__wasm_split.js, see scripts/build-wasm)
  // takes them from here.
  window.__explorerParts = new Map();
  for (const [k, part] of routeParts.entries()) {
    if (k % 4 === 0) await nextTask();
    const url = new URL(part, app);
    const compiled = WebAssembly.compileStreaming(fetch(url));
    compiled.catch(() => {});
    window.__explorerParts.set(url.href, compiled);
  }
  const glue = await loading;
  performance.mark('explorer:glue');
  const wasm = await glue.default({ module_or_path: wasmUrl });
  performance.mark('explorer:instantiated');
  // For the benchmark (scripts/bench.mjs): the size of the wasm linear memory.
  window.__explorerWasmBytes = () => wasm?.memory?.buffer?.byteLength ?? 0;
  // The app starts in a task of its own: the main module's instantiation is one of the
  // start-up's longer tasks, and so is the app's first run (much of it V8 compiling the
  // functions it calls for the first time).
  await nextTask();
  glue.start();
  // Reported before the app was listening: say it again.
  if (datasetUpdated) window.dispatchEvent(new CustomEvent('explorer-dataset-updated'));
} catch (err) {
  tell('Manufacturing USA Explorer could not start (' + err + '). ' +
    'Reload the page. If this page is embedded in another site, open it directly, ' +
    'or use a current version of Firefox, Chrome, Edge or Safari.');
  throw err;
}

// Offline copy: a service worker beside this file saves the app and its data. Where
// the browser or the embedding page does not allow it (a sandboxed frame, private
// modes), the app simply works online only.
async function registerOffline() {
  try {
    if (!('serviceWorker' in navigator)) return;
    await navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: new URL('./', document.baseURI).pathname });
  } catch (err) {
    // SecurityError in an opaque-origin frame, or storage turned off: nothing to do.
  }
}
registerOffline();

// Inside a frame, tell the host page how tall the content is, so a few lines of host
// script can size the frame (see README, "Embedding"). Without that script the view
// still fits the frame's width and scrolls inside a fixed height.
if (window.parent !== window && 'ResizeObserver' in window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'manufacturing-usa-explorer:height', height, href: location.href }, '*');
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
