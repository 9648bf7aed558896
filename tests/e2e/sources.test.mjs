// Every figure shown has its source with it, on every page: a number in the page's text
// must sit inside an element that names its sources (`data-sources`, ids of the
// dataset's sources), or inside one marked as not being a figure (`data-not-figure`,
// with the reason: a heading's ordinal, the count of rows the reader's filter lists).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { assertClean, at, openPage, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ds = shippedDataset();

/// Every route of the app with a page of its own, and views in a filtered state.
export const ROUTES = [
  '',
  'institutes',
  'institutes?sponsor=doe&from=2015',
  'institutes?funding=table',
  'network',
  ...ds.network.metrics.map((m) => `network?metric=${m.id}&tab=table`),
  'embed/network?metric=workforce',
  'timeline',
  'timeline?institute=chips-digital-twin&tab=table',
  'embed/timeline',
  'search?q=manufacturing',
  'search?q=workforce',
  ...ds.institutes.map((i) => `institutes/${i.id}`),
  'goals',
  ...ds.plan.goals.map((g) => `goals/${g.id}`),
  'trl',
  'benchmarking',
  'benchmarking?kpi=budget&tab=table',
  'agencies',
  'communities',
  'communities?by=year',
  'data',
  'embed/benchmarking',
  'embed/trl',
  'no-such-page',
];

/// Numbers that are part of a name, not figures: the sources' titles ("2024 Strategic
/// Plan", "GAO-22-103979") and ids, program and institute names ("Made in China 2025"),
/// and web addresses.
export const NAMES = [
  ...ds.sources.flatMap((s) => [s.title, s.short_title, s.id]),
  ...ds.benchmarking.programs.map((p) => p.name),
  ...ds.institutes.map((i) => i.name),
].sort((a, b) => b.length - a.length);

/// In the page: the text of every number outside an element that says where it is from.
function unsourcedNumbers(names = []) {
  const out = [];
  const strip = (t) => {
    let rest = t.replace(/\bhttps?:\/\/\S+/g, ' ');
    for (const n of names) rest = rest.split(n).join(' ');
    return rest;
  };
  const root = document.querySelector('main');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!/\d/.test(strip(node.data))) continue;
    const el = node.parentElement;
    // Where a number is not a figure of the program: a source line's page numbers, the
    // controls' option values, the code to copy, the breadcrumbs.
    if (el.closest('[data-sources], [data-not-figure], .source-line, option, textarea, nav, script, style')) continue;
    const context = (el.closest('p, li, tr, h1, h2, h3, h4, dd, dt, figcaption, div') ?? el).textContent.trim().replace(/\s+/g, ' ');
    out.push(`${node.data.trim()} — in: ${context.slice(0, 140)}`);
  }
  return [...new Set(out)];
}

/// In the page: the ids named by `data-sources`, and elements that name none.
function namedSources() {
  const ids = [];
  let empty = 0;
  for (const el of document.querySelectorAll('main [data-sources]')) {
    const list = el.dataset.sources.split(/\s+/).filter(Boolean);
    if (list.length === 0) empty += 1;
    ids.push(...list);
  }
  const reasons = [...document.querySelectorAll('main [data-not-figure]')].filter((el) => !el.dataset.notFigure.trim()).length;
  return { ids: [...new Set(ids)], empty, reasonless: reasons };
}

const KPIS = ['centres', 'budget', 'patents', 'licence_revenue', 'project_revenue', 'people_trained'];

/// The text of each page, for the check that every record is shown somewhere.
const pageTexts = new Map();
const normal = (t) => t.replace(/[†]/g, '').replace(/\s+/g, ' ').trim();

test('no page shows a number without its source', async () => {
  const p = await openPage(env);
  const known = new Set(ds.sources.map((s) => s.id));
  const problems = [];
  for (const route of [...ROUTES, ...KPIS.map((k) => `benchmarking?kpi=${k}`)]) {
    await p.page.goto(at(env, route));
    await p.page.locator('main h1').first().waitFor();
    // Charts are drawn once their frame is measured: wait for them.
    await p.page.waitForFunction(() => [...document.querySelectorAll('.chart__svg')].every((s) => s.closest('[hidden]') || s.querySelector('svg')));
    pageTexts.set(route, normal(await p.page.locator('main').evaluate((m) => m.textContent)));
    for (const n of await p.page.evaluate(unsourcedNumbers, NAMES)) problems.push(`/${route}: ${n}`);
    const { ids, empty, reasonless } = await p.page.evaluate(namedSources);
    for (const id of ids) if (!known.has(id)) problems.push(`/${route}: data-sources names "${id}", which is not a source of the dataset`);
    if (empty) problems.push(`/${route}: ${empty} element(s) with an empty data-sources`);
    if (reasonless) problems.push(`/${route}: ${reasonless} element(s) with data-not-figure but no reason`);
  }
  assert.deepEqual(problems, []);
  await assertClean(assert, p, env);
  await p.context.close();
});

test('the check finds a number without its source', async () => {
  const p = await openPage(env);
  await p.page.goto(at(env, 'agencies'));
  await p.page.locator('main h1').first().waitFor();
  assert.deepEqual(await p.page.evaluate(unsourcedNumbers, NAMES), []);
  await p.page.evaluate(() => {
    const planted = document.createElement('p');
    planted.textContent = 'The program has 42 institutes.';
    document.querySelector('main').append(planted);
  });
  const found = await p.page.evaluate(unsourcedNumbers, NAMES);
  assert.equal(found.length, 1);
  assert.match(found[0], /^The program has 42 institutes\./);
  await p.context.close();
});

test('every record of the dataset is on some page, or /data lists it as held but not shown', () => {
  assert.ok(pageTexts.size > 20, 'the pages were read by the test before');
  const inventory = JSON.parse(execFileSync('cargo', ['check-data', '--inventory', 'public/data/manufacturing-usa.json'], { encoding: 'utf8' }));
  const held = new Set(inventory.held_not_shown.map((h) => `${h.kind} ${h.id}`));
  const heldKinds = new Set((inventory.held_not_shown_kinds ?? []).map((h) => h.kind));
  const all = [...pageTexts.values()].join(' \u0000 ');
  const missing = inventory.records
    .filter((r) => !held.has(`${r.kind} ${r.id}`) && !heldKinds.has(r.kind))
    .filter((r) => !all.includes(normal(r.text)))
    .map((r) => `${r.kind} ${r.id}: "${r.text.slice(0, 80)}"`);
  assert.deepEqual(missing, []);
  const data = pageTexts.get('data');
  for (const h of inventory.held_not_shown) assert.ok(data.includes(normal(h.why)), `/data lists ${h.kind} ${h.id} with its reason`);
  for (const h of inventory.held_not_shown_kinds ?? []) assert.ok(data.includes(normal(h.why)), `/data lists every ${h.kind} with its reason`);
});
