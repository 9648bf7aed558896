// Every route of the app: deep links and navigation, the institutes directory and
// detail, the communities list, the completed overview, unknown ids, headings,
// titles and axe-core on every route.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, openPage, PREFIX, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const search = (page) => new URL(page.url()).searchParams;

/// Exactly one h1, and no heading skips a level.
async function assertHeadings(page, route) {
  const levels = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .filter((h) => h.offsetParent !== null || h.closest('details'))
    .map((h) => Number(h.tagName[1])));
  assert.equal(levels.filter((l) => l === 1).length, 1, `${route}: one h1 in ${levels}`);
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `${route}: heading levels ${levels}`);
}

const ROUTES = [
  ['', 'Manufacturing USA at a glance', 'Overview'],
  ['institutes', 'Institutes', 'Institutes'],
  ['institutes/iacmi', 'IACMI', 'IACMI'],
  ['network?metric=projects', 'The network over time', 'The network over time'],
  ['goals', 'Goals and objectives', null],
  ['goals/2', null, null],
  ['trl', 'Technology readiness and project progression', 'Technology readiness'],
  ['benchmarking', 'International benchmarking', 'International benchmarking'],
  ['agencies', 'Federal partner agencies', null],
  ['communities', 'Manufacturing communities (IMCP)', 'Manufacturing communities'],
  ['data', 'Data and sources', 'Data and sources'],
  ['embed/benchmarking?kpi=budget', 'Budget or funding by program', null],
  ['embed/trl', null, null],
];

describe('every route', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`opens from a deep link with its title, one h1, ordered headings, no axe violations and no sideways scroll (${colorScheme})`, async () => {
      for (const [path, h1, title] of ROUTES) {
        for (const width of [320, 390, 1280]) {
          const p = await openPage(env, { width, colorScheme });
          await p.page.goto(at(env, path));
          await p.page.locator('main h2, main figure, #trl-not-placed').first().waitFor();
          if (h1) assert.equal(await p.page.locator('h1').innerText(), h1, path);
          if (title) assert.equal(await p.page.title(), `${title} · Manufacturing USA Explorer`, path);
          await assertHeadings(p.page, path);
          if (width !== 320) assert.deepEqual(await axeViolations(p.page), [], `${path} at ${width} (${colorScheme})`);
          const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} at ${width}: horizontal scroll`);
          await assertClean(assert, p, env);
          await p.context.close();
        }
      }
    });
  }

  test('keyboard: every control on a chart page can be reached with Tab and shows a visible focus', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking'));
    await p.page.getByRole('figure', { name: 'Centres or institutes by program' }).waitFor();
    const seen = new Set();
    for (let i = 0; i < 80; i++) {
      await p.page.keyboard.press('Tab');
      const info = await p.page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          || style.boxShadow !== 'none' || el.matches('.chart__tab');
        return { key: el.id || el.textContent.trim().slice(0, 40) || el.tagName, visible, tag: el.tagName };
      });
      if (info.tag === 'BODY') continue;
      assert.ok(info.visible, `no visible focus on ${info.key}`);
      seen.add(info.key);
    }
    for (const key of ['kpi', 'program-fraunhofer', 'benchmarking-kpi-tab-chart', 'CSV', 'SVG', 'PNG', 'Embed']) assert.ok(seen.has(key), `${key} not reached by Tab: ${[...seen]}`);
    await assertClean(assert, p, env);
  });

  test('the navigation marks the current section, also on detail pages', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    const nav = p.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Institutes' }).click();
    await p.page.locator('#institute-count').waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Institutes' }).getAttribute('aria-current'), 'page');
    assert.equal(await nav.getByRole('link', { name: 'Overview' }).getAttribute('aria-current'), null);
    await p.page.getByRole('link', { name: 'IACMI', exact: true }).click();
    await p.page.getByRole('heading', { level: 1, name: 'IACMI' }).waitFor();
    assert.equal(await p.page.title(), 'IACMI · Manufacturing USA Explorer');
    assert.equal(await nav.getByRole('link', { name: 'Institutes' }).getAttribute('aria-current'), 'page');
    const crumbs = p.page.getByRole('navigation', { name: 'Breadcrumb' });
    assert.equal(await crumbs.getByRole('link', { name: 'Institutes' }).getAttribute('href'), `${PREFIX}institutes`);
    await assertClean(assert, p, env);
  });
});

describe('/institutes', () => {
  test('filters, search and sort live in the URL and the count is announced', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes'));
    const count = p.page.locator('#institute-count');
    await count.waitFor();
    assert.equal(await count.getAttribute('role'), 'status');
    assert.equal(await count.innerText(), 'Showing 20 of 20 institutes.');
    const rows = p.page.locator('#institute-table tbody tr');
    assert.equal(await rows.count(), 20);

    await p.page.getByLabel('DoD').uncheck();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('sponsor') === 'doe,doc');
    assert.equal(await count.innerText(), 'Showing 11 of 20 institutes.');
    await p.page.getByLabel(/^Status on /).selectOption('established');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'established');
    assert.equal(await rows.count(), 8);
    await p.page.getByLabel('Sort by').selectOption('year');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'year');
    assert.equal(await rows.first().locator('th').innerText(), 'PowerAmerica');
    await p.page.getByLabel('Search acronym, name or technology').fill('composites');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'composites');
    assert.equal(await count.innerText(), 'Showing 1 of 20 institutes.');
    assert.equal(await rows.first().locator('th').innerText(), 'IACMI');
    // The charts follow the filters.
    const years = p.page.getByRole('figure', { name: 'Institutes established per year, by sponsor' });
    // (they follow a moment after typing pauses)
    await years.locator('.chart__takeaway').filter({ hasText: /^1 institute was established, in 2015\./ }).waitFor();

    const copied = p.page.url();
    const q = await openPage(env, { width: 390 });
    await q.page.goto(copied);
    await q.page.locator('#institute-count').waitFor();
    assert.equal(await q.page.locator('#institute-count').innerText(), 'Showing 1 of 20 institutes.');
    assert.equal(await q.page.getByLabel('DoD').isChecked(), false);
    assert.equal(await q.page.getByLabel('Search acronym, name or technology').inputValue(), 'composites');
    // A search that arrives by the address (here back/forward) replaces what the box holds.
    await q.page.evaluate(() => {
      history.pushState(null, '', location.pathname + '?q=lift');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await q.page.locator('#institute-table tbody tr th', { hasText: /^LIFT$/ }).waitFor();
    assert.equal(await q.page.getByLabel('Search acronym, name or technology').inputValue(), 'lift');
    assert.doesNotMatch(await q.page.locator('#institute-table').innerText(), /IACMI/);
    await assertClean(assert, p, env);
    await assertClean(assert, q, env);
  });

  test('state and year range filters; bad parameters give a note', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes?state=NY&from=2016&to=2017&sort=size'));
    await p.page.locator('#institute-count').waitFor();
    assert.equal(await p.page.locator('#institute-count').innerText(), 'Showing 2 of 20 institutes.');
    assert.match(await p.page.locator('.query-notes').innerText(), /sort="size"/);
    const map = p.page.getByRole('figure', { name: 'Where the institutes have their headquarters' });
    await map.getByRole('tab', { name: 'Table' }).click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('map') === 'table');
    assert.equal(await map.getByRole('table').locator('tbody tr').count(), 1);
    await assertClean(assert, p, env);
  });

  test('a detail page links its stories to objectives; an unknown id stays inside the page', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes/iacmi'));
    await p.page.getByRole('heading', { name: 'Success stories in the plan' }).waitFor();
    assert.ok(await p.page.locator('.story').count() >= 2);
    const objective = p.page.getByRole('link', { name: /^1\.1 / });
    assert.equal(await objective.getAttribute('href'), `${PREFIX}goals/1#objective-1-1`);
    assert.match(await p.page.locator('main').innerText(), /Fiber-reinforced polymer composites manufacturing/);

    const u = await openPage(env);
    await u.page.goto(at(env, 'institutes/no-such-institute'));
    await u.page.getByRole('heading', { level: 1, name: 'Institute not found' }).waitFor();
    assert.match(await u.page.getByRole('alert').innerText(), /no-such-institute/);
    assert.equal(await u.page.getByRole('link', { name: 'All institutes' }).getAttribute('href'), `${PREFIX}institutes`);
    assert.equal(await u.page.getByRole('navigation', { name: 'Main' }).count(), 1);
    assert.deepEqual(await axeViolations(u.page), []);
    await assertClean(assert, p, env);
    await assertClean(assert, u, env);
  });
});

describe('links between stories, objectives and institutes', () => {
  test('goal → story institute → objective, by clicking', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'goals/1'));
    await p.page.getByRole('heading', { level: 2, name: /^Objective 1\.1/ }).waitFor();
    await p.page.locator('main').getByRole('link', { name: 'IACMI', exact: true }).first().click();
    await p.page.getByRole('heading', { level: 1, name: 'IACMI' }).waitFor();
    assert.equal(new URL(p.page.url()).pathname, `${PREFIX}institutes/iacmi`);
    await p.page.getByRole('link', { name: /^1\.1 / }).click();
    await p.page.waitForURL(/goals\/1#objective-1-1$/);
    await p.page.getByRole('heading', { level: 1, name: /^Goal 1/ }).waitFor();
    assert.ok(await p.page.locator('#objective-1-1').count() === 1);
    await assertClean(assert, p, env);
  });
});

describe('/communities', () => {
  test('lists the 24 communities, filters by round and state in the URL, charts by year', async () => {
    const p = await openPage(env, { width: 390 });
    await p.page.goto(at(env, 'communities'));
    const rows = p.page.locator('#community-table tbody tr');
    await p.page.locator('#community-count').waitFor();
    assert.equal(await rows.count(), 24);
    await p.page.getByLabel('Round').selectOption('2');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('round') === '2');
    assert.equal(await rows.count(), 12);
    await p.page.getByLabel('State', { exact: true }).selectOption('WA');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('state') === 'WA');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /Pacific Northwest/);
    await p.page.getByRole('button', { name: 'By year' }).click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('by') === 'year');
    await p.page.getByRole('figure', { name: 'Designated communities by year of designation' }).waitFor();
    assert.equal(search(p.page).get('round'), '2');
    await assertClean(assert, p, env);
  });
});

describe('overview', () => {
  test('has the four goals as entry points, the founding timeline and a way into every page', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    const goals = p.page.locator('.goal-card a');
    await goals.first().waitFor();
    assert.equal(await goals.count(), 4);
    assert.equal(await goals.nth(2).getAttribute('href'), `${PREFIX}goals/3`);
    await p.page.getByRole('figure', { name: 'Institutes established per year, by sponsor' }).waitFor();
    const explore = p.page.locator('.explore-list a');
    assert.equal(await explore.count(), 8); // every page, the timeline included
    await goals.first().click();
    await p.page.waitForURL(/goals\/1$/);
    await assertClean(assert, p, env);
  });
});
