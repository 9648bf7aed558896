#!/usr/bin/env node
// Writes every page of a built bundle as its own HTML file, so a visitor sees the page,
// charts included, as soon as its HTML arrives instead of after the wasm has loaded and
// run. The app then takes the page over (src/lib.rs, `start`): it replaces the prepared
// copy with the live page, built from the dataset it loads, in one task, so nothing
// blinks.
//
// How: the bundle is served as scripts/serve.mjs serves it, each page is opened in
// headless Chromium, and once the app has drawn it, the page's DOM is written into a
// copy of index.html:
//   - `/` into index.html, every other page into PATH/index.html (`/trl` → trl/index.html),
//     which static hosts serve for PATH;
//   - the untouched index.html into shell.html: the file for addresses with no prepared
//     page (an unknown id, a mistyped route), which the host should send for them
//     (scripts/serve.mjs does) and which the service worker keeps for offline use.
// A prepared page keeps no preload links (see below). Pages are found by following the
// app's own links from the main navigation, plus the embed views. Form controls are written disabled, since they only work once the app
// runs; links work from the start.
//
// Run by trunk after each release build (Trunk.toml) on its staging directory, or by hand
// after replacing the dataset in a built bundle, so the prepared pages show the new
// figures too:   node scripts/prerender.mjs DIST
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const root = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!root) {
  console.error('usage: node scripts/prerender.mjs DIST (or run as a trunk hook)');
  process.exit(2);
}
if (process.env.EXPLORER_PREPARE === '0') {
  console.log('prerender: EXPLORER_PREPARE=0, pages are not prepared');
  process.exit(0);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') {
  console.log('prerender: debug build, pages are not prepared (the app builds them when it starts)');
  process.exit(0);
}

// The overview, whose navigation and "Explore" list link every other page; and the embed
// views, which the pages' "Embed" panels give as code to copy, not as links.
const START = ['', 'embed/trl', 'embed/benchmarking', 'embed/institutes', 'embed/communities', 'embed/network', 'embed/timeline'];
const BOOT = /<div id="boot"[^>]*>[\s\S]*?<\/div>/;
// The widths each page is drawn at: a desktop's, and a phone's for the charts.
const WIDE = 1280;
const NARROW = 390;

const shellPath = join(root, 'shell.html');
// Run twice on one bundle (by hand after a dataset change), the first run's index.html
// is a prepared page: start again from the shell it kept.
const shell = readFileSync(existsSync(shellPath) ? shellPath : join(root, 'index.html'), 'utf8');
if ((shell.match(new RegExp(BOOT.source, 'g')) ?? []).length !== 1) {
  throw new Error('prerender: index.html must hold exactly one <div id="boot">…</div> (the loading note) to replace');
}
const base = shell.match(/<base href="([^"]*)"/)?.[1];
if (!base?.startsWith('/')) {
  throw new Error(`prerender: the bundle's <base href> is ${JSON.stringify(base)}; prepared pages in sub-folders need an absolute --public-url such as / or /explorer/`);
}
writeFileSync(shellPath, shell);

const server = await startServer({ root, prefix: base });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
// Said only where scripts do not run: the copy is the page as built, and it stays static.
const NOSCRIPT = '<noscript><p class="alert alert--info">This is a static copy of the page, made from the dataset when the site was built. Filters, view switches and downloads need JavaScript and WebAssembly: turn on JavaScript, or use a current version of Firefox, Chrome, Edge or Safari.</p></noscript>';
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

try {
  const context = await browser.newContext({ viewport: { width: WIDE, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const queue = [...START];
  const seen = new Set(queue);
  let written = 0;
  // The parts of the wasm each page fetches as it starts (src/parts.rs), which its copy
  // then names for public/loader.js to ask for at once.
  const app = shell.match(/data-app="([^"]+)"/)?.[1];
  if (!app) throw new Error('prerender: index.html\'s loader has no data-app (run scripts/hash-parts.mjs first)');
  let parts = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    const name = url.pathname.startsWith(base + app) ? url.pathname.slice((base + app).length) : null;
    if (name && name.endsWith('.wasm') && name !== 'main_bg.wasm' && !parts.includes(name)) parts.push(name);
  });
  while (queue.length) {
    const path = queue.shift();
    parts = [];
    await page.goto(server.url + path);
    // The app has replaced the loading note with the page, and every chart frame holds its chart.
    await page.waitForFunction(() => !document.getElementById('boot') && document.getElementById('main-content')
      && [...document.getElementById('main-content').children].some((n) => !n.matches('.data-notices, .loading'))
      && [...document.querySelectorAll('.chart__svg')].every((f) => f.querySelector('svg')), null, { timeout: 60000 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.evaluate(([noscript]) => {
      const body = document.body.cloneNode(true);
      window.__copy = body;
      // Form state the app set as properties (checked boxes, chosen options, typed text)
      // becomes attributes, which is all a copy keeps.
      const controls = body.querySelectorAll('input, select, textarea');
      document.body.querySelectorAll('input, select, textarea').forEach((live, i) => {
        const copy = controls[i];
        if (live.type === 'checkbox' || live.type === 'radio') copy.toggleAttribute('checked', live.checked);
        else if (live.tagName === 'SELECT') [...copy.options].forEach((o, k) => o.toggleAttribute('selected', live.options[k].selected));
        // Text that holds this build server's address (the embed code, a link to copy)
        // is left out: the app writes it for the address the page is served from.
        else if (live.value.includes(location.origin)) copy.tagName === 'TEXTAREA' ? (copy.textContent = '') : copy.removeAttribute('value');
        else if (live.tagName === 'TEXTAREA') copy.textContent = live.value;
        else if (live.type !== 'file') copy.setAttribute('value', live.value);
      });
      body.querySelectorAll('script').forEach((n) => n.remove());
      // Links the app made absolute (a file's address) point to the same place by path.
      for (const n of body.querySelectorAll('[href], [src]')) {
        for (const name of ['href', 'src']) {
          const value = n.getAttribute(name);
          if (value?.startsWith(location.origin + '/')) n.setAttribute(name, value.slice(location.origin.length));
        }
      }
      // The app's placeholders for views that may come and go: the copy never changes.
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((n) => n.remove());
      for (const n of body.querySelectorAll('button, input, select, textarea')) n.setAttribute('disabled', '');
      const note = document.createElement('template');
      note.innerHTML = noscript;
      (body.querySelector('main') ?? body).prepend(note.content);
    }, [NOSCRIPT]);
    // Charts are drawn for the width they have. A phone would show the wide drawing
    // scaled down to unreadable text until the app redraws it, so each chart is also
    // drawn at a phone's width, and style/main.css shows the one that fits the screen.
    await page.setViewportSize({ width: NARROW, height: 900 });
    // (A frame that is not laid out, in a hidden tab, keeps its drawing and gets no second one.)
    await page.waitForFunction((max) => [...document.querySelectorAll('.chart__svg')]
      .every((f) => f.clientWidth === 0 || Number(f.querySelector('svg')?.getAttribute('width') ?? 0) <= max), NARROW, { timeout: 60000 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const snap = await page.evaluate(([prefix]) => {
      const body = window.__copy;
      const wide = body.querySelectorAll('.chart__svg');
      const narrow = document.querySelectorAll('.chart__svg');
      if (wide.length === narrow.length) {
        narrow.forEach((frame, i) => {
          const svg = frame.querySelector('svg');
          const wideSvg = wide[i].querySelector('svg');
          if (!svg || !wideSvg || frame.clientWidth === 0) return;
          const copy = svg.cloneNode(true);
          wideSvg.classList.add('prerender-wide');
          copy.classList.add('prerender-narrow');
          wide[i].append(copy);
        });
      }
      const links = [...document.querySelectorAll('a[href]')]
        .map((a) => new URL(a.getAttribute('href'), document.baseURI))
        .filter((u) => u.origin === location.origin && u.pathname.startsWith(prefix) && !u.search && !/\.[a-z0-9]+$/i.test(u.pathname))
        .map((u) => u.pathname.slice(prefix.length).replace(/\/$/, ''));
      return {
        html: body.innerHTML,
        title: document.title,
        styled: [...body.querySelectorAll('[style]')].map((n) => n.outerHTML.slice(0, 120)),
        notFound: /not found/i.test(document.title),
        links,
      };
    }, [base]);
    await page.setViewportSize({ width: WIDE, height: 900 });
    // A style attribute in HTML is blocked by the CSP (style-src 'self'); the app sets
    // styles through the CSSOM, which the CSP allows, but a copy cannot.
    if (snap.styled.length) throw new Error(`prerender: /${path} has inline styles a strict CSP would block: ${snap.styled.join(' | ')}`);
    if (snap.html.includes(server.origin)) throw new Error(`prerender: /${path} holds this build server's address (${server.origin}), which would be wrong where the site is served`);
    if (snap.notFound) throw new Error(`prerender: /${path} is linked from the app but shows "page not found"`);
    for (const link of snap.links) {
      if (!seen.has(link)) { seen.add(link); queue.push(link); }
    }
    // A prepared page is painted before anything else is fetched: it holds no preload of
    // the dataset, the glue or the wasm, and public/loader.js asks for them, and for the
    // parts of the wasm the page names, once the page has been painted. (A preload fetched
    // before the first paint puts hundreds of KB in front of the page's largest text on a
    // slow connection; shell.html, which has nothing to paint, keeps its preloads.)
    const html = shell
      .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
      .replace(`data-app="${app}"`, () => `data-app="${app}" data-parts="${[...parts].sort().join(' ')}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(snap.title)}</title>`)
      .replace(BOOT, () => `<div id="boot" data-prerendered>${snap.html}</div>`);
    const file = path ? join(root, path, 'index.html') : join(root, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    written++;
  }
  if (problems.length) throw new Error(`prerender: the app reported errors: ${problems.join(' | ')}`);
  await context.close();
  console.log(`prerender: ${written} pages prepared in ${root}`);
} finally {
  await browser.close();
  await server.close();
}
