// What a reader can rely on around every chart: each frame offers a link to its view and
// an embed that fits; a filtered view says so in the frame and in its downloads; a page
// prepared at build time, opened with view state in its address, marks what will change
// until the app has applied it; the wording notices say how the plan was read.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, DATASET_PATH, download, openPage, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ds = shippedDataset();

// Every page with a chart frame.
const CHART_PAGES = ['', 'institutes', 'trl?example=1', 'benchmarking', 'communities'];

describe('chart frames', () => {
  test('every chart frame offers its downloads, a link to its view and an embed', async () => {
    const p = await openPage(env);
    let frames = 0;
    for (const path of CHART_PAGES) {
      await p.page.goto(at(env, path));
      await p.page.locator('main h1').first().waitFor();
      for (const frame of await p.page.locator('figure.chart').all()) {
        frames += 1;
        const name = await frame.getAttribute('aria-labelledby');
        for (const label of ['CSV', 'SVG', 'PNG', 'Copy link']) {
          assert.equal(await frame.getByRole('button', { name: label, exact: true }).count(), 1, `/${path} ${name}: ${label}`);
        }
        assert.equal(await frame.locator('details.chart__embed').count(), 1, `/${path} ${name}: Embed`);
      }
    }
    // (/trl draws its chart frame once a file is read: tests/e2e/trl.test.mjs)
    assert.ok(frames >= 5, `${frames} chart frames seen`);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('the embed snippet fits its view on a phone and a wide screen, and the panel shows the sizing script', async () => {
    const p = await openPage(env);
    const snippets = [];
    for (const path of CHART_PAGES) {
      await p.page.goto(at(env, path));
      await p.page.locator('main h1').first().waitFor();
      for (const frame of await p.page.locator('figure.chart').all()) {
        await frame.locator('details.chart__embed summary').click();
        const code = await frame.getByLabel('Embed code').inputValue();
        const script = await frame.getByLabel('Script that sizes the frame').inputValue();
        assert.match(script, /manufacturing-usa-explorer:height/);
        assert.ok(script.includes(`event.origin !== '${new URL(env.server.url).origin}'`), script);
        snippets.push({ path, src: code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'), height: Number(code.match(/height="(\d+)"/)[1]) });
      }
    }
    assert.ok(snippets.length >= 5);
    for (const width of [390, 1280]) {
      for (const s of snippets) {
        const q = await openPage(env, { width, height: s.height });
        await q.page.goto(s.src);
        const link = q.page.getByRole('link', { name: 'Open the full page' });
        await link.waitFor();
        await q.page.waitForFunction(() => [...document.querySelectorAll('.chart__svg')].every((c) => c.closest('[hidden]') || c.querySelector('svg')));
        const bottom = await link.evaluate((a) => a.getBoundingClientRect().bottom + window.scrollY);
        assert.ok(bottom <= s.height, `${s.src} at ${width} px: the link ends at ${Math.round(bottom)} px, the frame is ${s.height} px high`);
        await assertClean(assert, q, env);
        await q.context.close();
      }
    }
    await p.context.close();
  });

  test('a filtered view says so under its title and in its CSV, SVG and PNG', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes?sponsor=doe&from=2015'));
    const frame = p.page.getByRole('figure', { name: 'Institutes established per year, by sponsor' });
    const said = await frame.locator('.chart__filter').innerText();
    assert.match(said, /^Filtered view: sponsor DOE; established 2015 or later \(\d+ of \d+ institutes\)\.$/);
    const csv = await download(p.page, frame.getByRole('button', { name: 'CSV' }));
    const [header, ...rows] = csv.text.trim().split('\n');
    assert.equal(header, 'year,sponsor,institutes,source,filter,view,dataset');
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.ok(row.includes(',sponsor DOE; established 2015 or later ('), row);
      assert.ok(row.includes(env.server.url + 'institutes?sponsor=doe&from=2015'), row);
      assert.ok(row.includes(`dataset version ${ds.dataset_version}, released `), row);
    }
    const svg = await download(p.page, frame.getByRole('button', { name: 'SVG' }));
    assert.match(svg.text.replace(/\s+/g, ' '), /Filtered view: sponsor DOE; established 2015 or later/);
    // Copy link copies the address of this view.
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
    await frame.getByRole('button', { name: 'Copy link' }).click();
    await frame.getByRole('status').filter({ hasText: 'Link to this view copied.' }).waitFor();
    assert.equal(await p.page.evaluate(() => navigator.clipboard.readText()), env.server.url + 'institutes?sponsor=doe&from=2015');

    // The same chart unfiltered says nothing of a filter.
    await p.page.goto(at(env, 'institutes'));
    assert.equal(await p.page.getByRole('figure', { name: 'Institutes established per year, by sponsor' }).locator('.chart__filter').count(), 0);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a selection of programs is said under the benchmarking chart and in its embed view', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking?programs=fraunhofer,china-mics'));
    const frame = p.page.getByRole('figure', { name: 'Centres or institutes by program' });
    assert.match(await frame.locator('.chart__filter').innerText(), /^Filtered view: 2 of \d+ programs: /);
    await p.page.goto(at(env, 'embed/benchmarking?programs=fraunhofer,china-mics'));
    assert.match(await p.page.locator('.chart__filter').innerText(), /^Filtered view: 2 of \d+ programs: /);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('prepared pages with view state in the address', () => {
  test('what will change is marked as updating until the app applies the address', async () => {
    for (const [path, marked] of [['institutes?sponsor=doe', true], ['communities?round=2', true], ['benchmarking?kpi=patents', true], ['institutes', false], ['institutes?v=' + ds.dataset_version, false]]) {
      const p = await openPage(env, { waitForApp: false });
      // The dataset is held: the app cannot take the page over.
      await p.page.route('**/' + DATASET_PATH, () => new Promise(() => {}));
      await p.page.goto(at(env, path));
      await p.page.locator('#boot[data-prerendered]').waitFor({ state: 'attached' });
      await p.page.waitForFunction(() => document.readyState === 'complete');
      const state = await p.page.evaluate(() => ({
        parts: document.querySelectorAll('[data-follows-view]').length,
        updating: document.querySelectorAll('[data-follows-view].is-updating[aria-busy="true"]').length,
        note: document.getElementById('view-updating')?.textContent ?? null,
      }));
      assert.ok(state.parts > 0, `/${path}: parts that follow the address`);
      if (marked) {
        assert.equal(state.updating, state.parts, `/${path}: every such part is marked as updating`);
        assert.equal(state.note, 'Updating this page to the view in its address…', path);
      } else {
        assert.deepEqual([state.updating, state.note], [0, null], `/${path}: nothing to update`);
      }
      await p.context.close();
    }
  });

  test('once the app runs, the page shows the state of its address and no updating mark', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes?sponsor=doe'));
    assert.match(await p.page.locator('#institute-count').innerText(), /^Showing 7 of \d+ institutes\.$/);
    assert.equal(await p.page.locator('.is-updating, #view-updating').count(), 0);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('how the plan was read', () => {
  test('the overview, /goals and each goal page say in plain words which wording comes from the machine translation, with a link to the plan', async () => {
    const p = await openPage(env);
    const plan = ds.sources.find((s) => s.id === 'plan2024');
    for (const path of ['', 'goals', ...ds.plan.goals.map((g) => `goals/${g.id}`)]) {
      await p.page.goto(at(env, path));
      const notice = p.page.locator('.wording-notice').first();
      await notice.waitFor();
      const text = await notice.innerText();
      assert.match(text, /^How this wording was read: .* Korean machine translation of the 2024 Strategic Plan/, path);
      assert.equal(await notice.getByRole('link', { name: plan.title }).getAttribute('href'), plan.url, path);
      // It comes before the first objective or goal wording on the page.
      const first = await p.page.evaluate(() => {
        const n = document.querySelector('.wording-notice');
        const w = document.querySelector('.goal-grid, .plan-map, .objective');
        return !w || !!(n.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(first, `/${path}: the notice comes before the wording`);
    }
    await assertClean(assert, p, env);
    await p.context.close();
  });
});
