// Every page is valid HTML by the W3C Nu Html Checker (vnu, from npm's vnu-jar, run on
// Debian's Java): the pages prepared at build time as the server sends them, and the
// page the running app builds in the browser, serialised from its live DOM. Errors fail
// the test; warnings are reported with it. One checker run covers every file, since
// starting Java costs seconds.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { appReady, at, DATASET_PATH, openPage, runVnu, startAll } from './harness.mjs';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');

/// Every page file the server sends: `**/index.html` (a prepared page) and shell.html
/// (the bare shell, for addresses with no prepared page), as paths relative to DIST.
function pageFiles(dir = DIST) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // (Not a hidden folder: trunk stages a build in .stage before it replaces DIST.)
    if (entry.isDirectory()) files.push(...(entry.name.startsWith('.') ? [] : pageFiles(path)));
    else if (entry.name === 'index.html' || (dir === DIST && entry.name === 'shell.html')) files.push(relative(DIST, path));
  }
  return files.sort();
}

/// `institutes/lift/index.html` → `institutes/lift`; `index.html` → ``.
const routeOf = (file) => file.replace(/(^|\/)index\.html$/, '');

// Views of the running app that no prepared page shows: other tabs and views picked in
// the address, and addresses the app does not know. (And, below, a dataset that fails
// to load.)
const STATES = [
  'institutes?years=table&map=table',
  'institutes?funding=table&fsort=name',
  'network?metric=workforce&tab=table',
  'embed/network?metric=members&tab=table',
  'embed/institutes?chart=funding',
  'search?q=additive',
  'search?q=zzzz',
  'communities?tab=table&by=year',
  'trl?view=flow',
  'trl?tab=table',
  'benchmarking?tab=table',
  'embed/benchmarking?tab=table&kpi=patents',
  'embed/trl?tab=table',
  'no-such-page',
  'institutes/no-such-institute',
  'institutes?status=terminated',
  'timeline?tab=table&kind=award',
];

let env;
let tmp;
let prepared = [];
let live = [];
// vnu's messages by the page they are about.
const messages = new Map();
let checkSeconds = 0;
const CHECKER = '(the checker)';

before(async () => {
  env = await startAll();
  tmp = mkdtempSync(join(tmpdir(), 'html-validity-'));
  prepared = pageFiles().map((file) => ({ label: `${file} (prepared)`, path: join(DIST, file) }));
  assert.ok(prepared.some((p) => p.label.startsWith('shell.html')), `${DIST} has no shell.html: build with trunk build --release`);
  assert.ok(prepared.length > 2, `${DIST} has no prepared pages: build with trunk build --release`);

  // The live DOM of every page the app serves, and of the states above.
  const routes = [...prepared.filter((p) => !p.label.startsWith('shell.html')).map((p) => routeOf(relative(DIST, p.path))), ...STATES];
  const dir = join(tmp, 'live');
  mkdirSync(dir, { recursive: true });
  const keep = async (page, label) => {
    const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
    const path = join(dir, `${String(live.length).padStart(3, '0')}.html`);
    writeFileSync(path, html);
    live.push({ label, path });
  };
  const { page, context } = await openPage(env);
  for (const route of routes) {
    await page.goto(at(env, route));
    await appReady(page);
    await keep(page, `/${route} (live DOM)`);
  }
  await context.close();
  // In a fresh context: once the service worker holds the dataset, it answers instead.
  const failing = await openPage(env);
  await failing.page.route('**/' + DATASET_PATH, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }));
  await failing.page.goto(at(env));
  await failing.page.getByRole('alert').getByRole('heading', { name: 'The dataset could not be loaded' }).waitFor();
  await keep(failing.page, '/ (live DOM, the dataset failed to load)');
  await failing.context.close();

  const started = performance.now();
  const all = [...prepared, ...live];
  const byPath = new Map(all.map((p) => [p.path, p.label]));
  for (const m of await runVnu(all.map((p) => p.path))) {
    // (A message about no file given, such as a failure of the checker itself, is
    // reported by both tests.)
    const label = byPath.get(m.file) ?? CHECKER;
    if (!messages.has(label)) messages.set(label, []);
    messages.get(label).push(m);
  }
  checkSeconds = (performance.now() - started) / 1000;
});

after(async () => {
  await env?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/// vnu's plain "info" messages (not warnings) that are left out of the report. Only one:
/// "Trailing slash on void elements has no effect…", which is about the `<base href="…" />`
/// and `<link rel="stylesheet" … />` that trunk itself writes into every page. A slash on a
/// void element means nothing in HTML, and its hazard (an unquoted attribute value running
/// into the slash) cannot happen there, since trunk quotes every value. Every other info
/// message, and every warning, is reported; only errors fail.
const IGNORED_INFO = [/^Trailing slash on void elements has no effect/];

/// The offending markup vnu highlights (`<th scope="col" role="columnheader">`), or the
/// extract around it when it highlights nothing.
const markupOf = (m) => {
  const extract = m.extract ?? '';
  const hilite = Number.isInteger(m.hiliteStart) && m.hiliteLength > 0 ? extract.substr(m.hiliteStart, m.hiliteLength) : extract;
  return hilite.replace(/\s+/g, ' ').trim();
};

/// vnu's messages about these pages, grouped by message and the offending element's name:
/// for each, a few examples of the markup and the pages it is on (with lines). Errors fail
/// the test; warnings and notes are printed as diagnostics.
function report(pages, t) {
  const groups = new Map();
  for (const { label } of [...pages, { label: CHECKER }]) {
    for (const m of messages.get(label) ?? []) {
      const isError = m.type === 'error' || m.type === 'non-document-error';
      if (!isError && IGNORED_INFO.some((re) => re.test(m.message))) continue;
      const kind = isError ? 'error' : m.subType === 'warning' ? 'warning' : 'info';
      const markup = markupOf(m);
      const element = markup.match(/^<\/?([a-zA-Z][\w:-]*)/)?.[1] ?? '';
      const key = `${kind}\u0000${m.message}\u0000${element}`;
      if (!groups.has(key)) groups.set(key, { kind, message: m.message, markup: new Set(), where: new Map() });
      const g = groups.get(key);
      g.markup.add(markup);
      if (!g.where.has(label)) g.where.set(label, []);
      if (m.lastLine) g.where.get(label).push(m.lastLine);
    }
  }
  const lines = (g) => {
    const examples = [...g.markup];
    return [
      `${g.kind}: ${g.message}`,
      ...examples.slice(0, 3).map((x) => `    markup: ${x}`),
      ...(examples.length > 3 ? [`    (and ${examples.length - 3} more like these)`] : []),
      `    on ${g.where.size} page(s): ${[...g.where].map(([label, at]) => (at.length ? `${label} line ${[...new Set(at)].join(', ')}${at.length > 1 ? ` (${at.length}×)` : ''}` : label)).join('; ')}`,
    ];
  };
  const all = [...groups.values()];
  const errors = all.filter((g) => g.kind === 'error');
  for (const g of all.filter((g) => g.kind !== 'error')) lines(g).forEach((l) => t.diagnostic(l));
  t.diagnostic(`${pages.length} pages checked: ${errors.length} distinct errors, ${all.length - errors.length} distinct warnings and notes; one vnu run over all ${prepared.length + live.length} files took ${checkSeconds.toFixed(1)} s`);
  assert.equal(errors.length, 0, `vnu found ${errors.length} distinct error(s):\n${errors.flatMap(lines).join('\n')}`);
}

describe('HTML validity (W3C Nu Html Checker)', () => {
  test('every page as the server sends it (prepared pages and the shell)', (t) => {
    report(prepared, t);
  });

  test('every route as the running app builds it (the live DOM)', (t) => {
    report(live, t);
  });
});
