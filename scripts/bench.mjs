#!/usr/bin/env node
// Measures the release bundle in headless Chromium and writes BENCHMARKS.md and
// target/bench/results.json. Run through `scripts/bench`, which builds the bundle.
//
//   node scripts/bench.mjs DIST [RUNS]
//
// Bytes: every file raw, gzip and brotli, and the transfer of a cold first load (served
// brotli-compressed, as a real host would). Time: FCP, LCP, first chart drawn, total
// blocking time, unthrottled and with 4x CPU throttling, median of RUNS cold loads with
// min and max. Interaction: route change and filter keystroke to repaint, p50/p95.
// Scale: the same with datasets 10x and 100x larger from the scale-data generator.

import { createServer } from 'node:http';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CSP } from './serve.mjs';

const dist = process.argv[2] ?? 'target/bench-dist';
const RUNS = Number(process.argv[3] ?? 5);
const out = 'target/bench';
mkdirSync(out, { recursive: true });

const brotli11 = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const br = (buf) => brotli11(buf).length;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// Every file, raw / gzip / brotli. The build writes brotli and gzip copies beside each
// file (scripts/precompress.mjs), which the server sends as a static host would; a file
// without one is compressed here.
const files = {};
for (const path of walk(dist)) {
  if (/\.(br|gz)$/.test(path)) continue;
  const body = readFileSync(path);
  let brotli;
  try {
    brotli = readFileSync(path + '.br');
  } catch {
    brotli = brotli11(body);
  }
  files['/' + relative(dist, path)] = { body, brotli };
}
const sizes = Object.entries(files)
  .map(([name, f]) => ({ name, raw: f.body.length, gzip: gz(f.body), brotli: f.brotli.length }))
  .sort((a, b) => b.brotli - a.brotli);

// The comparison page: the same first chart drawn by Chart.js (bench/compare), served
// under /compare/ beside the app, when scripts/bench could install Chart.js from npm.
const COMPARE_LIB = 'node_modules/chart.js/dist/chart.umd.js';
let compareVersion = null;
try {
  const lib = readFileSync(COMPARE_LIB);
  compareVersion = JSON.parse(readFileSync('node_modules/chart.js/package.json', 'utf8')).version;
  for (const [name, body] of [['index.html', readFileSync('bench/compare/index.html')], ['page.js', readFileSync('bench/compare/page.js')], ['style.css', readFileSync('bench/compare/style.css')], ['chart.umd.js', lib]]) {
    files['/compare/' + name] = { body, brotli: brotli11(body) };
  }
} catch {
  // Chart.js not installed: the report says the comparison was not run.
}

// The second comparison page: the same chart drawn by Observable Plot (bench/compare-plot,
// d3 and Plot's UMD builds), served under /compare-plot/.
let plotVersion = null;
try {
  const plot = readFileSync('node_modules/@observablehq/plot/dist/plot.umd.min.js');
  const d3 = readFileSync('node_modules/d3/dist/d3.min.js');
  plotVersion = JSON.parse(readFileSync('node_modules/@observablehq/plot/package.json', 'utf8')).version;
  const d3Version = JSON.parse(readFileSync('node_modules/d3/package.json', 'utf8')).version;
  plotVersion = `Observable Plot ${plotVersion} with d3 ${d3Version}`;
  for (const [name, body] of [['index.html', readFileSync('bench/compare-plot/index.html')], ['page.js', readFileSync('bench/compare-plot/page.js')], ['style.css', readFileSync('bench/compare-plot/style.css')], ['plot.umd.min.js', plot], ['d3.min.js', d3]]) {
    files['/compare-plot/' + name] = { body, brotli: brotli11(body) };
  }
} catch {
  // Observable Plot not installed: the report says the comparison was not run.
}

// The stack's floor (bench/floor, built three ways by scripts/build-floor): the smallest
// app of this stack that reads the dataset, served under /floor/<variant>/ and timed like
// the comparison pages, so the targets can be set against what the stack itself needs.
const FLOOR_VARIANTS = [
  ['bare', 'Leptos, its router and gloo-net fetching the dataset as text'],
  ['model', '+ serde_json reading it into the app\'s record types'],
  ['checked', '+ the app\'s checker (explorer_core::load_dataset)'],
];
const floorsBuilt = FLOOR_VARIANTS.filter(([variant]) => {
  try {
    for (const name of ['index.html', 'start.js', 'floor.js', 'floor_bg.wasm']) {
      const body = readFileSync(`target/floor/${variant}/${name}`);
      files[`/floor/${variant}/${name}`] = { body, brotli: brotli11(body) };
    }
    return true;
  } catch {
    return false;
  }
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
let datasetOverride = null;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let f = files[path];
  let type = TYPES[extname(path)] ?? 'text/html';
  if (path === '/data/manufacturing-usa.json' && datasetOverride) f = datasetOverride;
  if (path === '/compare/') f = files['/compare/index.html'];
  if (path === '/compare-plot/') f = files['/compare-plot/index.html'];
  // A page prepared at build time (scripts/prerender.mjs), else the app's shell.
  if (!f) f = files[path.replace(/\/?$/, '/index.html')];
  if (!f) f = files['/shell.html'] ?? files['/index.html'];
  if (!extname(path) || path.endsWith('/')) type = 'text/html';
  const useBr = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', ...(useBr ? { 'Content-Encoding': 'br' } : {}) });
  res.end(useBr ? f.brotli : f.body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--disable-background-networking', '--js-flags=--expose-gc'],
});

// Registered before any page script: paint, LCP and long tasks, and two moments, so the
// app and the comparison page are timed the same way, whatever drew the chart. Each is
// the end of the first frame that paints it: the state is checked in every animation
// frame, and the time is read in a task posted from that frame, which runs once the
// frame's style, layout and paint are done.
//  - chart: the first frame with an element matching the page's chart selector;
//  - app: the first frame in which the app runs (no #boot: neither the loading note nor
//    the page's prepared copy, scripts/prerender.mjs, is left).
const OBSERVE = (chartSelector) => {
  window.__perf = { lcp: 0, longTasks: [], chart: null, app: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const afterPaint = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__perf[key] = performance.now(); };
    channel.port2.postMessage(null);
  };
  let chart = false, app = false;
  const frame = () => {
    if (!chart && chartSelector && document.querySelector(chartSelector)) { chart = true; afterPaint('chart'); }
    if (!app && document.readyState !== 'loading' && !document.getElementById('boot')) { app = true; afterPaint('app'); }
    if (!chart || !app) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

// Resolves once the app runs: the page's prepared copy, if any, has been replaced.
const appRunning = (p, timeout = 60000) => p.waitForFunction(() => !document.getElementById('boot'), null, { timeout });

async function page({ throttle = 1, chart = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const p = await context.newPage();
  await p.addInitScript(OBSERVE, chart);
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  return { p, context, bytes: () => bytes };
}

async function coldLoad(path, ready, throttle) {
  const { p, context, bytes } = await page({ throttle, chart: ready });
  await p.goto(origin + path);
  await p.waitForFunction(() => window.__perf.chart !== null && window.__perf.app !== null, null, { timeout: 60000 });
  const { chart: firstChart, app } = await p.evaluate(() => window.__perf);
  await p.waitForTimeout(300);
  const m = await p.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // Total blocking time as Lighthouse and web.dev define it: the part of each task
    // over 50 ms, counting only what runs after the first contentful paint (a task that
    // straddles it is cut there). No end is set (Lighthouse stops at Time to Interactive),
    // so every later task counts. \`blockedAll\` counts whole tasks from the navigation's
    // start, the measure BENCHMARKS.md reported as TBT before 2026-11-30.
    const tbt = window.__perf.longTasks.reduce((s, [start, d]) => s + Math.max(0, start + d - Math.max(start, fcp) - 50), 0);
    const blockedAll = window.__perf.longTasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    // The app's own marks (public/loader.js, src/lib.rs): when the loader asked for the
    // app's files, had the glue, had the main module compiled and instantiated, had the
    // page's part, had read the dataset, and had mounted the page in place of its copy.
    const marks = Object.fromEntries(performance.getEntriesByType('mark')
      .filter((e) => e.name.startsWith('explorer:')).map((e) => [e.name.slice(9), e.startTime]));
    const longest = Math.max(0, ...window.__perf.longTasks.map(([, d]) => d));
    return { fcp, lcp: window.__perf.lcp, tbt, blockedAll, longest, marks, heap: performance.memory?.usedJSHeapSize ?? 0, wasm: window.__explorerWasmBytes?.() ?? 0 };
  });
  const r = { ...m, firstChart, app, transfer: bytes() };
  for (const [k, v] of Object.entries(m.marks)) r[`mark_${k}`] = v;
  await context.close();
  return r;
}

const PAGES = [
  ['/', '.chart__svg svg'],
  ['/trl', '#trl-not-placed'],
  ['/benchmarking', '.chart__svg svg'],
  ['/network', '.chart__svg svg'],
];

// The start-up steps, in order (see coldLoad).
const MARKS = ['fetch', 'glue', 'instantiated', 'part', 'dataset', 'mounted'];

// RUNS cold loads of one page: each of `keys` as median, min and max.
async function coldLoads(path, ready, throttle, keys) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(path, ready, throttle));
  return Object.fromEntries(keys.map((k) => [k, stats(runs.map((r) => r[k] ?? NaN))]));
}

async function loads(throttle) {
  const result = {};
  for (const [path, ready] of PAGES) {
    result[path] = await coldLoads(path, ready, throttle, ['transfer', 'fcp', 'lcp', 'firstChart', 'app', 'tbt', 'blockedAll', 'longest', ...MARKS.map((m) => `mark_${m}`)]);
  }
  return result;
}

async function routeChanges() {
  const { p, context } = await page();
  await p.goto(origin + '/');
  await appRunning(p);
  await p.locator('.chart__svg svg').first().waitFor();
  const times = [];
  const nav = p.getByRole('navigation', { name: 'Main' });
  for (let i = 0; i < 10; i++) {
    for (const [name, ready] of [['Institutes', '#institute-count'], ['Overview', '.goal-card']]) {
      await p.evaluate(() => { window.__t0 = performance.now(); });
      await nav.getByRole('link', { name, exact: true }).click();
      await p.locator(ready).first().waitFor();
      times.push(await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now() - window.__t0)))));
    }
  }
  await context.close();
  // The first change opens /institutes for the first time, so it fetches and compiles that
  // page's part; it is also given alone, and the changes after it, between pages already
  // fetched, apart.
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), n: times.length, first: times[0], laterP95: pct(times.slice(1), 0.95) };
}

// The keystrokes in a main-thread trace: for each input event, its dispatch and the
// top-level rendering steps of the first frame painted after it.
function keystrokes(traceEvents) {
  const main = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const ev = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const steps = /^(FireAnimationFrame|UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit)$/;
  const out = [];
  for (const input of ev.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')) {
    const inputEnd = input.ts + input.dur;
    const paint = ev.find((e) => e.name === 'Paint' && e.ts >= inputEnd);
    if (!paint) continue;
    let wall = input.dur, cpu = input.tdur ?? input.dur, covered = inputEnd;
    for (const e of ev) {
      if (e.ts < covered || e.ts > paint.ts) continue;
      if (steps.test(e.name)) { wall += e.dur; cpu += e.tdur ?? e.dur; covered = e.ts + e.dur; }
    }
    out.push({ wall: wall / 1000, cpu: cpu / 1000, toPaint: (paint.ts + paint.dur - input.ts) / 1000 });
  }
  return out;
}

/// Loads the dataset scaled `factor` times (1: the shipped one) for the pages that follow.
function useScale(factor) {
  if (factor > 1) {
    const file = join(out, `dataset-x${factor}.json`);
    execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'explorer-core', '--bin', 'scale-data', '--', String(factor), file], { stdio: 'inherit' });
    const body = readFileSync(file);
    datasetOverride = { body, brotli: brotliCompressSync(body) };
  } else {
    datasetOverride = null;
  }
}

/// Keystroke latency of typing six words in a text box: on /institutes its filter
/// (`filter`), or the site search box in the header of / (`search`).
async function typingLatency(factor, where = 'filter') {
  useScale(factor);
  const target = where === 'search'
    ? { path: '/', ready: '.chart__svg svg', box: (p) => p.getByLabel('Search the site') }
    : { path: '/institutes', ready: '#institute-count', box: (p) => p.getByLabel('Search acronym, name or technology') };
  // Three sessions of typing, each in a fresh page: 180 keystrokes, so the p95 does not
  // hang on two or three of them.
  const lat = [], loads = [];
  let mem, institutes;
  for (let session = 0; session < 3; session++) {
    const { p, context } = await page();
    const t0 = Date.now();
    await p.goto(origin + target.path);
    await appRunning(p, 120000);
    await p.locator(target.ready).first().waitFor({ timeout: 120000 });
    loads.push(Date.now() - t0);
    const box = target.box(p);
    // Each keystroke is read from a trace of the page's main thread, so neither the
    // driver's latency nor the wait for the display's next frame counts as work:
    // - work: the input event's dispatch (the app's handler and microtasks), then the
    //   rendering steps (animation frame callbacks, style, layout, paint) of the first
    //   frame painted after it: wall time, and the thread's CPU time, which leaves out
    //   time the thread was descheduled on a shared machine;
    // - to paint: from the start of the input event to the end of that frame's paint,
    //   the wait for the frame included (up to about 16 ms at 60 Hz).
    await browser.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const words = ['manufacturing', 'composites', 'robot', 'additive', 'semiconductor', 'energy'];
    for (const word of words) {
      await box.fill('');
      await box.pressSequentially(word, { delay: 60 });
      await p.waitForTimeout(100);
    }
    const found = keystrokes(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    const typed = words.join('').length;
    if (found.length < typed) {
      throw new Error(`the trace of the typing holds ${found.length} keystrokes, but ${typed} keys were typed: has Chromium renamed its trace events?`);
    }
    lat.push(...found);
    await box.fill('');
    await p.waitForTimeout(300);
    mem = await p.evaluate(() => { window.gc?.(); return { heap: performance.memory?.usedJSHeapSize ?? 0, wasm: window.__explorerWasmBytes?.() ?? 0 }; });
    institutes = where === 'search' ? '—' : (await p.locator('#institute-count').innerText()).match(/of (\d+)/)?.[1] ?? '?';
    await context.close();
  }
  const work = lat.map((l) => l.wall);
  const cpu = lat.map((l) => l.cpu);
  const frame = lat.map((l) => l.toPaint);
  const load = pct(loads, 0.5);
  datasetOverride = null;
  return { factor, p50: pct(work, 0.5), p95: pct(work, 0.95), cpuP50: pct(cpu, 0.5), cpuP95: pct(cpu, 0.95), frameP50: pct(frame, 0.5), frameP95: pct(frame, 0.95), n: lat.length, load, ...mem, institutes };
}

const comparison = (throttle, path = '/compare/') =>
  coldLoads(path, '#chart[data-drawn]', throttle, ['transfer', 'fcp', 'lcp', 'firstChart', 'tbt', 'blockedAll']);

// The floor app: its line (#floor) on screen is both its first "chart" and the app
// running, since it does nothing else.
const stackFloor = (variant, throttle) =>
  coldLoads(`/floor/${variant}/`, '#floor', throttle, ['transfer', 'fcp', 'firstChart', 'tbt', 'blockedAll', 'longest', 'mark_fetch']);

async function staticFloor() {
  const { p, context } = await page();
  await p.goto(origin + '/');
  await appRunning(p);
  await p.locator('.chart__svg svg').first().waitFor();
  const html = await p.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((n) => n.remove());
    return '<!doctype html>' + doc.outerHTML;
  });
  await context.close();
  return { html: br(Buffer.from(html)) + br(files['/' + readdirSync(dist).find((f) => f.startsWith('main-') && f.endsWith('.css'))].body) };
}

const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  runs: RUNS,
  sizes,
  unthrottled: await loads(1),
  throttled4x: await loads(4),
  routeChange: await routeChanges(),
  filter: [await typingLatency(1), await typingLatency(10), await typingLatency(100)],
  search: [await typingLatency(1, 'search'), await typingLatency(10, 'search'), await typingLatency(100, 'search')],
  compare: compareVersion ? { library: `Chart.js ${compareVersion}`, unthrottled: await comparison(1), throttled4x: await comparison(4) } : null,
  comparePlot: plotVersion ? { library: plotVersion, unthrottled: await comparison(1, '/compare-plot/'), throttled4x: await comparison(4, '/compare-plot/') } : null,
  stackFloor: Object.fromEntries(await (async () => {
    const out = [];
    for (const [variant, what] of floorsBuilt) {
      const wasm = files[`/floor/${variant}/floor_bg.wasm`].brotli.length;
      out.push([variant, { what, wasm, unthrottled: await stackFloor(variant, 1), throttled4x: await stackFloor(variant, 4) }]);
    }
    return out;
  })()),
  floor: { dataset: br(files['/data/manufacturing-usa.json'].body), ...(await staticFloor()) },
};
await browser.close();

// Lighthouse (mobile profile) for /, when it is installed (scripts/bench installs it).
// Run asynchronously: the server above must keep answering while it loads the page. Its
// scores move by several points between runs on this 2-core machine (one build's TBT went
// from 75 to 455 ms between runs), so each page is run LIGHTHOUSE_RUNS times: the run with
// the median performance score is reported, with the range over all runs.
const LIGHTHOUSE_RUNS = 5;
results.lighthouse = {};
for (const path of ['/', '/institutes', ...(floorsBuilt.some(([v]) => v === 'checked') ? ['/floor/checked/'] : [])]) {
  try {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const { stdout } = await promisify(execFile)('node_modules/.bin/lighthouse', [origin + path, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices', '--chrome-flags=--headless=new --no-sandbox'], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
      const j = JSON.parse(stdout);
      runs.push({
        ...Object.fromEntries(Object.entries(j.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
        'LCP s': (j.audits['largest-contentful-paint'].numericValue / 1000).toFixed(1),
        'TBT ms': Math.round(j.audits['total-blocking-time'].numericValue),
        CLS: j.audits['cumulative-layout-shift'].numericValue.toFixed(3),
      });
    }
    const sorted = [...runs].sort((a, b) => a.performance - b.performance);
    const range = (k) => `${Math.min(...runs.map((r) => Number(r[k])))}–${Math.max(...runs.map((r) => Number(r[k])))}`;
    results.lighthouse[path] = {
      ...sorted[Math.floor((sorted.length - 1) / 2)],
      [`over ${runs.length} runs`]: `performance ${range('performance')}, LCP ${range('LCP s')} s, TBT ${range('TBT ms')} ms, CLS ${range('CLS')}`,
    };
  } catch (err) {
    results.lighthouse[path] = { error: String(err.message ?? err).split('\n')[0] };
  }
}

server.close();
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');

const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const floorTable = () => {
  const rows = Object.entries(results.stackFloor ?? {});
  if (rows.length === 0) return 'Not run: scripts/build-floor did not build the floor app.';
  const ms = (r, k) => `${r[k].median.toFixed(0)} (${r[k].min.toFixed(0)}–${r[k].max.toFixed(0)})`;
  return ['| floor | what | wasm brotli KB | transfer KB | running ms | running ms, 4× CPU | TBT ms | TBT ms, 4× CPU | longest task ms, 1× / 4× |', '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(([v, r]) => `| ${v} | ${r.what} | ${kb(r.wasm)} | ${kb(r.unthrottled.transfer.median)} | ${ms(r.unthrottled, 'firstChart')} | ${ms(r.throttled4x, 'firstChart')} | ${ms(r.unthrottled, 'tbt')} | ${ms(r.throttled4x, 'tbt')} | ${r.unthrottled.longest.median.toFixed(0)} / ${r.throttled4x.longest.median.toFixed(0)} |`)].join('\n');
};
// What the floor says about the targets of a first load of at most 200 KB and an app
// running at most 1.3x the faster comparison page's first chart.
const floorSummary = () => {
  const checked = results.stackFloor?.checked;
  const pages = [results.compare, results.comparePlot].filter(Boolean);
  if (!checked || pages.length === 0) return '';
  const fastest = (k) => Math.min(...pages.map((c) => c[k].firstChart.median));
  const target1 = 1.3 * fastest('unthrottled'), target4 = 1.3 * fastest('throttled4x');
  const withPage = checked.unthrottled.transfer.median + results.floor.html;
  // The app starts asking for its files once its prepared copy is painted (its `fetch`
  // mark); from then on it needs at least what the floor needs from the same mark to the
  // running app, with less to fetch and nothing to build.
  const startup = (t) => checked[t].firstChart.median - checked[t].mark_fetch.median;
  const bound = (t, path) => results[t][path].mark_fetch.median + startup(t);
  const paths = Object.keys(results.unthrottled);
  const bounds = paths.map((path) => `\`${path}\` ${bound('unthrottled', path).toFixed(0)} / ${bound('throttled4x', path).toFixed(0)} ms`).join(', ');
  const over = paths.filter((path) => bound('unthrottled', path) > target1 || bound('throttled4x', path) > target4);
  return `The floor's start-up, from asking for its files to running, takes ${startup('unthrottled').toFixed(0)} ms (4× CPU: ${startup('throttled4x').toFixed(0)} ms). The app asks for its files once its prepared copy is painted, so no page can be running before that moment plus the floor's start-up: ${bounds} (1× / 4× CPU); ${over.length === 0 ? 'every page is under' : `${over.length} of ${paths.length} pages are over`} the 1.3× target there.

Against the targets: the checked floor transfers ${kb(checked.unthrottled.transfer.median)} KB before any page of the app exists; with the prepared \`/\` and its stylesheet (${kb(results.floor.html)} KB, above) that is ${kb(withPage)} KB, ${withPage > 200 * 1024 ? 'over' : 'under'} 200 KB, with no page code, shell or site search yet. It is running at ${checked.unthrottled.firstChart.median.toFixed(0)} ms (4× CPU: ${checked.throttled4x.firstChart.median.toFixed(0)} ms), against 1.3× the faster comparison page's first chart, ${target1.toFixed(0)} ms (4× CPU: ${target4.toFixed(0)} ms); its TBT is ${checked.unthrottled.tbt.median.toFixed(0)} ms (4× CPU: ${checked.throttled4x.tbt.median.toFixed(0)} ms). The app on \`/\`: ${kb(results.unthrottled['/'].transfer.median)} KB, running at ${results.unthrottled['/'].app.median.toFixed(0)} ms (4× CPU: ${results.throttled4x['/'].app.median.toFixed(0)} ms), ${(results.unthrottled['/'].app.median / checked.unthrottled.firstChart.median).toFixed(2)}× the checked floor (4× CPU: ${(results.throttled4x['/'].app.median / checked.throttled4x.firstChart.median).toFixed(2)}×).`;
};
const loadTable = (r, app = true) => [`| page | transfer KB | FCP ms | LCP ms | first chart ms | ${app ? 'app running ms | ' : ''}TBT ms | blocking from the start ms |`, `|---|---|---|---|---|${app ? '---|' : ''}---|---|`,
  ...Object.entries(r).map(([path, m]) => `| \`${path}\` | ${kb(m.transfer.median)} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${ms(m.firstChart)} | ${app ? ms(m.app) + ' | ' : ''}${ms(m.tbt)} | ${ms(m.blockedAll)} |`)].join('\n');
// Where the start-up time goes on each page (median of the runs, ms from the start of
// the navigation): each step's end, and its length since the step before.
const takeoverTable = (r) => [
  '| page | asked for files (after paint) | glue | main module compiled + instantiated | page\'s part | dataset read and checked | app mounted | first frame of the app, page built | longest task |',
  '|---|---|---|---|---|---|---|---|---|',
  ...Object.entries(r).map(([path, m]) => {
    let last = 0;
    const cells = [...MARKS.map((k) => m[`mark_${k}`]?.median), m.app.median].map((t) => {
      if (t === undefined || Number.isNaN(t)) return 'n/a';
      const cell = `${t.toFixed(0)} (+${(t - last).toFixed(0)})`;
      last = Math.max(last, t);
      return cell;
    });
    return `| \`${path}\` | ${cells.join(' | ')} | ${m.longest.median.toFixed(0)} |`;
  })].join('\n');
const md = `# Benchmarks

Measured by \`scripts/bench\` on ${results.date.slice(0, 10)} in Chromium ${results.chromium}, headless, on this
machine; every timing is the median of ${RUNS} cold loads (min–max in brackets), served
brotli-compressed with caching off. The machine-readable results are in \`target/bench/results.json\`.

## Bytes (every file of the bundle)

| file | raw KB | gzip KB | brotli KB |
|---|---|---|---|
${sizes.map((s) => `| \`${s.name}\` | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`).join('\n')}

Physical floor: the dataset alone is ${kb(results.floor.dataset)} KB brotli; a plain static HTML rendering of \`/\`
with its stylesheet is ${kb(results.floor.html)} KB brotli. The first load of \`/\` is ${(results.unthrottled['/'].transfer.median / results.floor.dataset).toFixed(1)}× the dataset and
${(results.unthrottled['/'].transfer.median / results.floor.html).toFixed(1)}× the static page; the main wasm module alone is ${(sizes.find((s) => s.name.endsWith('.wasm')).brotli / results.floor.dataset).toFixed(1)}× the dataset.

## First load, no throttling

*First chart* is the end of the first frame that paints the page's first chart (on
\`/trl\`, its list of unplaced projects); *app running* the end of the first frame in which
the app has replaced the page's static content: the copy of the page made at build time
(scripts/prerender.mjs) or, for an address without one, the loading note. Both are read in
the page (checked in each animation frame, timed by a task posted from it, which runs once
that frame is painted), in the same way on the comparison page below. FCP and LCP are the
browser's own, which it takes when the frame reaches the screen. *TBT* is total blocking
time as Lighthouse defines it: of every task after the first contentful paint (a task that
straddles it cut there), the part over 50 ms, with no end (Lighthouse stops at Time to
Interactive). *Blocking from the start* counts the same for every task from the start of
the navigation, before the first paint too; it is what this report gave as TBT until
2026-11-30.

${loadTable(results.unthrottled)}

Where the start-up goes (ms from the start of the navigation, the step's length in brackets;
the part and the dataset are fetched side by side, so their lengths overlap):

${takeoverTable(results.unthrottled)}

## First load, 4× CPU throttling

${loadTable(results.throttled4x)}

${takeoverTable(results.throttled4x)}

## Interaction

Route change (click in the navigation to the new page painted): p50 ${results.routeChange.p50.toFixed(1)} ms, p95 ${results.routeChange.p95.toFixed(1)} ms (${results.routeChange.n} changes). The first change, right after the app is running, opens \`/institutes\` for the first time and fetches and compiles its part: ${results.routeChange.first.toFixed(1)} ms; the ${results.routeChange.n - 1} after it, between pages already fetched: p95 ${results.routeChange.laterP95.toFixed(1)} ms.

Filter keystroke on /institutes (typing six words, 60 ms between keys, in each of three fresh
pages), p50 and p95 over ${results.filter[0].n} keystrokes, read from a trace of the page's main thread. *Work* is the input
event's dispatch (the app's handler and what it schedules) plus the rendering steps of the
first frame painted after it (animation frame callbacks, style, layout, paint): its wall
time, and the thread's CPU time, which leaves out time the thread was descheduled on this
shared 2-core machine. *To paint* runs from the input event to the end of that paint and
adds the wait for the display's next frame (up to about 16 ms at 60 Hz), which no app can
shorten. After a keystroke the table paints its first 10 rows in that frame and the rest of
its page of rows in the frame after. Memory is read after a garbage collection.

| dataset | institutes | load to list ms (median of 3) | work p50 ms | work p95 ms | work CPU p50 ms | work CPU p95 ms | to paint p50 ms | to paint p95 ms | JS heap MB | wasm memory MB |
|---|---|---|---|---|---|---|---|---|---|---|
${results.filter.map((f) => `| ${f.factor}× | ${f.institutes} | ${f.load} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.cpuP50.toFixed(1)} | ${f.cpuP95.toFixed(1)} | ${f.frameP50.toFixed(1)} | ${f.frameP95.toFixed(1)} | ${(f.heap / 1048576).toFixed(1)} | ${(f.wasm / 1048576).toFixed(1)} |`).join('\n')}

Growth from 1× to 100× data: load to list ×${(results.filter[2].load / results.filter[0].load).toFixed(1)}, keystroke work p95 ×${(results.filter[2].p95 / results.filter[0].p95).toFixed(1)}, JS heap + wasm memory ×${((results.filter[2].heap + results.filter[2].wasm) / (results.filter[0].heap + results.filter[0].wasm)).toFixed(1)} (linear would be ×100). The 100× keystroke work p95 is ${results.filter[2].p95.toFixed(1)} ms wall (${results.filter[2].cpuP95.toFixed(1)} ms CPU), ${results.filter[2].p95 < 16 ? 'under' : 'over'} one frame (16 ms).

Site search keystroke (the search box in the header of \`/\`, the same six words typed the same
way; each keystroke searches the index built in the browser from the loaded dataset and
paints the grouped results):

| dataset | load to page ms (median of 3) | work p50 ms | work p95 ms | work CPU p50 ms | work CPU p95 ms | to paint p50 ms | to paint p95 ms | JS heap MB | wasm memory MB |
|---|---|---|---|---|---|---|---|---|---|
${results.search.map((f) => `| ${f.factor}× | ${f.load} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.cpuP50.toFixed(1)} | ${f.cpuP95.toFixed(1)} | ${f.frameP50.toFixed(1)} | ${f.frameP95.toFixed(1)} | ${(f.heap / 1048576).toFixed(1)} | ${(f.wasm / 1048576).toFixed(1)} |`).join('\n')}

The 100× search keystroke work p95 is ${results.search[2].p95.toFixed(1)} ms wall (${results.search[2].cpuP95.toFixed(1)} ms CPU), ${results.search[2].p95 < 16 ? 'under' : 'over'} one frame (16 ms); 1× to 100×: ×${(results.search[2].p95 / results.search[0].p95).toFixed(1)}.

## Against a chart page in JavaScript

${results.compare ? `The same dataset and the same kind of first chart (bars of the plan's figures) on one page drawn by ${results.compare.library} (the library's minified UMD build, from npm; \`bench/compare\`), served the same way:

${loadTable({ ['/compare/ (' + results.compare.library + ', no throttling)']: results.compare.unthrottled, ['/compare/ (' + results.compare.library + ', 4× CPU)']: results.compare.throttled4x }, false)}

The app's whole first load of \`/\` is ${kb(results.unthrottled['/'].transfer.median)} KB against ${kb(results.compare.unthrottled.transfer.median)} KB for that one chart page; first chart ${results.unthrottled['/benchmarking'].firstChart.median.toFixed(0)} ms on \`/benchmarking\` against ${results.compare.unthrottled.firstChart.median.toFixed(0)} ms (4× CPU: ${results.throttled4x['/benchmarking'].firstChart.median.toFixed(0)} against ${results.compare.throttled4x.firstChart.median.toFixed(0)} ms). The line chart of \`/network\` is drawn ${results.unthrottled['/network'].firstChart.median.toFixed(0)} ms after the start of its cold load, ${(results.unthrottled['/network'].firstChart.median / results.compare.unthrottled.firstChart.median).toFixed(2)}× the comparison page's first chart (4× CPU: ${results.throttled4x['/network'].firstChart.median.toFixed(0)} ms, ${(results.throttled4x['/network'].firstChart.median / results.compare.throttled4x.firstChart.median).toFixed(2)}×).` : 'Not run: Chart.js could not be installed from npm.'}

${results.comparePlot ? `The same chart drawn by ${results.comparePlot.library} (the libraries' documented \`<script>\` route: their UMD builds from npm; \`bench/compare-plot\`), served the same way:

${loadTable({ ['/compare-plot/ (no throttling)']: results.comparePlot.unthrottled, ['/compare-plot/ (4× CPU)']: results.comparePlot.throttled4x }, false)}

Against that page: the app's first load of \`/\` is ${(results.unthrottled['/'].transfer.median / results.comparePlot.unthrottled.transfer.median).toFixed(1)}× its bytes; the app is running on \`/\` at ${(results.unthrottled['/'].app.median / results.comparePlot.unthrottled.firstChart.median).toFixed(2)}× its first chart (4× CPU: ${(results.throttled4x['/'].app.median / results.comparePlot.throttled4x.firstChart.median).toFixed(2)}×); TBT ${results.unthrottled['/'].tbt.median.toFixed(0)} ms against ${results.comparePlot.unthrottled.tbt.median.toFixed(0)} ms (4× CPU: ${results.throttled4x['/'].tbt.median.toFixed(0)} against ${results.comparePlot.throttled4x.tbt.median.toFixed(0)} ms).` : 'Observable Plot comparison not run: the library could not be installed from npm.'}

## The stack's floor

The smallest app this stack makes that reads the dataset (\`bench/floor\`: one route that
fetches the dataset and shows one line about it, built by \`scripts/build-floor\` with the
app's release profile, wasm-bindgen and wasm-opt, unsplit), in three steps, each served and
timed like the comparison pages; *running* is the end of the first frame that paints its line,
the moment its one control (the router) and its data are live:

${floorTable()}

${floorSummary()}

## Lighthouse (mobile profile)

Lighthouse 12 from npm, simulated throttling (its mobile default); each page is run ${LIGHTHOUSE_RUNS} times, and the run with the median performance score is shown, then the range over the runs.

${Object.entries(results.lighthouse).map(([path, r]) => `- \`${path}\`: ${r.error ? `not run: ${r.error}` : Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n')}
`;
// The hand-written log of changes and their before/after numbers is kept across runs.
const MARK = '\n## Changes and their effect\n';
let log = '';
try {
  const old = readFileSync('BENCHMARKS.md', 'utf8');
  const at = old.indexOf(MARK);
  if (at >= 0) log = old.slice(at);
} catch {
  // first run
}
writeFileSync('BENCHMARKS.md', md + (log || MARK));
console.log(md);
