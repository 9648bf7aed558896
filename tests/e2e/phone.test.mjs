// Phones: on a 390 px or 320 px screen no table hides columns behind a sideways scroll
// (a wide table turns each row into a card whose every value shows its column's label, a
// narrow one fits as it is), every chart's Table view included; and the main navigation
// takes at most two rows at 390 px (three at 320 px, every link on screen).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, openPage, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ROUTES = [
  '',
  'institutes',
  'institutes/iacmi',
  'network?metric=workforce',
  'goals',
  'goals/2',
  'trl',
  'benchmarking',
  'agencies',
  'communities',
  'data',
  'embed/benchmarking',
  'embed/trl',
  'embed/network?metric=members',
];

/// Shows every chart's Table tab, so that its table is laid out and measured too.
async function openTableTabs(page) {
  const tabs = page.getByRole('tab', { name: 'Table' });
  for (let i = 0; i < await tabs.count(); i++) await tabs.nth(i).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.chart__tab')]
    .filter((t) => t.textContent.trim() === 'Table')
    .every((t) => t.getAttribute('aria-selected') === 'true'));
}

/// Every problem with the page's visible tables at the current width, as sentences.
const tableProblems = (page) => page.evaluate(() => {
  const problems = [];
  const visible = (el) => el.getClientRects().length > 0;
  const tables = [...document.querySelectorAll('main table, .embed table')].filter(visible);
  tables.forEach((table, n) => {
    const name = `${table.querySelector('caption')?.textContent.trim() || `table ${n + 1}`}`;
    const box = table.closest('.table-scroll') ?? table.parentElement;
    const edge = box.getBoundingClientRect();
    // Nothing of the table lies beyond its box's visible width.
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`${name}: ${box.scrollWidth} px of content in a ${box.clientWidth} px box`);
    if (table.getBoundingClientRect().width > box.clientWidth + 1) problems.push(`${name}: table ${Math.round(table.getBoundingClientRect().width)} px wide in a ${box.clientWidth} px box`);
    const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const thead = table.querySelector('thead');
    const headersShown = thead && thead.getBoundingClientRect().height > 2;
    const outside = new Set();
    const unlabelled = new Set();
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        const r = cell.getBoundingClientRect();
        if (r.width > 0 && (r.left < edge.left - 1 || r.right > edge.right + 1)) outside.add(labels[i]);
        if (headersShown) return;
        // A card: each value carries its column's label, shown before it.
        const before = getComputedStyle(cell, '::before');
        const shown = before.display !== 'none' && before.content !== 'none' && before.content !== 'normal';
        if (cell.dataset.label !== labels[i] || !shown) unlabelled.add(`${labels[i]} (data-label ${JSON.stringify(cell.dataset.label)}, ::before ${before.content})`);
      });
    }
    if (outside.size) problems.push(`${name}: columns outside the visible box: ${[...outside].join(', ')}`);
    if (unlabelled.size) problems.push(`${name}: cards without their column's label: ${[...unlabelled].join(', ')}`);
  });
  return { count: tables.length, problems };
});

/// The main navigation's rows, from the distinct tops of its links.
const navRows = (page) => page.evaluate(() => {
  const links = [...document.querySelectorAll('.site-nav a')];
  const tops = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)));
  const offscreen = links.filter((a) => {
    const r = a.getBoundingClientRect();
    return r.left < 0 || r.right > document.documentElement.clientWidth || r.height < 24;
  }).map((a) => a.textContent);
  return { rows: tops.size, links: links.length, offscreen };
});

describe('phones', () => {
  test('at 390 px and 320 px no table hides content sideways, and every card labels its values', async () => {
    const failures = [];
    let measured = 0;
    for (const [path, width] of ROUTES.flatMap((r) => [[r, 390], [r, 320]])) {
      const p = await openPage(env, { width, height: 844 });
      await p.page.goto(at(env, path));
      await p.page.locator('main h2, main figure, #trl-not-placed').first().waitFor();
      await openTableTabs(p.page);
      const { count, problems } = await tableProblems(p.page);
      measured += count;
      failures.push(...problems.map((m) => `/${path} at ${width} px: ${m}`));
      await assertClean(assert, p, env);
      await p.context.close();
    }
    assert.ok(measured >= 30, `only ${measured} tables measured`);
    assert.deepEqual(failures, []);
  });

  test('card tables keep their table semantics and have no axe violations at 390 px', async () => {
    for (const path of ['institutes', 'benchmarking', 'communities', '']) {
      const p = await openPage(env, { width: 390, height: 844 });
      await p.page.goto(at(env, path));
      await p.page.locator('main h2').first().waitFor();
      await openTableTabs(p.page);
      const table = p.page.getByRole('table').first();
      assert.ok(await table.getByRole('row').count() > 1, `${path}: rows`);
      assert.ok(await table.getByRole('columnheader').count() > 1, `${path}: column headers`);
      assert.ok(await table.getByRole('cell').count() > 1, `${path}: cells`);
      assert.deepEqual(await axeViolations(p.page), [], `${path} at 390 px`);
      await p.context.close();
    }
    // The table keeps its caption as its name, and a card's labels stay out of the cells'
    // names: a screen reader announces the column header instead.
    const p = await openPage(env, { width: 390, height: 844 });
    await p.page.goto(at(env, 'institutes'));
    const table = p.page.getByRole('table', { name: 'Institutes matching the filters' });
    assert.equal(await table.getByRole('rowheader', { name: 'AFFOA', exact: true }).count(), 1);
    assert.equal(await table.getByRole('cell', { name: 'Cambridge, MA', exact: true }).count(), 1);
    assert.equal(await table.getByRole('columnheader', { name: 'Headquarters', exact: true }).count(), 1);
    await p.context.close();
  });

  test('the main navigation takes at most two rows at 390 px, and every link stays on screen at 320 px', async () => {
    for (const [width, most] of [[390, 2], [320, 3]]) {
      const p = await openPage(env, { width, height: 844 });
      await p.page.goto(at(env, 'institutes'));
      await p.page.getByRole('navigation', { name: 'Main' }).waitFor();
      const nav = await navRows(p.page);
      assert.equal(nav.links, 9, 'every section is linked');
      assert.ok(nav.rows <= most, `${nav.rows} rows of navigation at ${width} px`);
      assert.deepEqual(nav.offscreen, [], `links off screen or smaller than 24 px at ${width} px`);
      await p.context.close();
    }
  });
});
