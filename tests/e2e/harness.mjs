// Shared set-up for the browser tests: the release bundle from dist/, served under a
// sub-path with the strict CSP, driven in Debian's headless Chromium.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const PREFIX = process.env.E2E_PREFIX ?? '/a/b/explorer/';
export const DATASET_PATH = 'data/manufacturing-usa.json';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const shippedDataset = () => JSON.parse(readFileSync(new URL('../../public/data/manufacturing-usa.json', import.meta.url), 'utf8'));

export async function startAll() {
  const server = await startServer({ root: process.env.E2E_DIST ?? 'dist', prefix: PREFIX });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

// Runs before any of the page's own scripts: records CSP violations as they happen.
const RECORD_CSP = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  });
};

/// Resolves once the app runs: a page prepared at build time (scripts/prerender.mjs) has
/// been replaced by the app. A page served as the bare shell has nothing to wait for.
export const appStarted = (page) => page.waitForFunction(() => !document.querySelector('#boot[data-prerendered]'));

/// A fresh page that records everything the checks below assert on. Its `goto` and
/// `reload` return once the app runs, so a test does not act on the prepared copy of a
/// page the app is about to replace; `waitForApp: false` returns at the load event.
export async function openPage(env, { width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'no-preference', waitForApp = true, serviceWorkers = 'allow' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, serviceWorkers });
  const page = await context.newPage();
  if (waitForApp) {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await appStarted(page);
        return response;
      };
    }
  }
  await page.addInitScript(RECORD_CSP);
  const seen = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  return { page, context, seen };
}

/// A fresh page with scripts off, which shows a page's copy prepared at build time.
export async function openPageWithoutScripts(env, { width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

/// Page url under the served prefix: `at(env, 'institutes')`.
export const at = (env, path = '') => env.server.url + path;

/// Zero CSP violations, zero page errors, zero requests off the origin, and no console
/// errors except those `allowConsole` expects (a deliberately failing dataset request).
export async function assertClean(assert, { page, seen }, env, { allowConsole = [] } = {}) {
  const csp = await page.evaluate(() => window.__cspViolations ?? ['listener missing']);
  assert.deepEqual(csp, [], 'CSP violations');
  assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
  const offOrigin = seen.requests.filter((u) => !u.startsWith(env.server.origin + '/'));
  assert.deepEqual(offOrigin, [], 'requests to other origins');
  const unexpected = seen.consoleErrors.filter((t) => !allowConsole.some((re) => re.test(t)));
  assert.deepEqual(unexpected, [], 'console errors');
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/// axe-core's violations on the current page (WCAG 2.1 A/AA and best practices).
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  await page.evaluate(AXE + '\n;undefined');
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return violations;
}

/// Resolves once the app has drawn the page: the static content of index.html is gone,
/// the main content is there, and every chart frame holds its chart (as
/// scripts/prerender.mjs waits before it copies a page).
export const appReady = (page, { timeout = 60000 } = {}) => page.waitForFunction(() => !document.getElementById('boot')
  && document.getElementById('main-content')
  && [...document.querySelectorAll('.chart__svg')].every((f) => f.querySelector('svg')), null, { timeout });

/// Runs the W3C Nu Html Checker (npm's vnu-jar, on `java` or $JAVA) once over these HTML
/// files and returns its messages, each with `file` (the absolute path it is about),
/// `type` ("error", "info", "non-document-error"), `subType` ("warning" for warnings),
/// `message`, `extract` and `lastLine`.
export async function runVnu(files) {
  const { execFile } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const jar = String((await import('vnu-jar')).default);
  const java = process.env.JAVA ?? 'java';
  const stdout = await new Promise((ok, fail) => {
    execFile(java, ['-jar', jar, '--format', 'json', '--exit-zero-always', '--stdout', ...files], { maxBuffer: 256 * 1024 * 1024 }, (error, out, err) => {
      if (error) fail(new Error(`${java} -jar vnu.jar failed (scripts/setup installs Java): ${error.message}\n${err}`));
      else ok(out);
    });
  });
  return JSON.parse(stdout).messages.map((m) => ({ ...m, file: m.url?.startsWith('file:') ? fileURLToPath(new URL(m.url)) : m.url }));
}

/// Clicks `locator` and returns the file the page offers for download: its suggested
/// name, its bytes and its text (UTF-8).
export async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}
