// The pages prepared at build time (scripts/prerender.mjs): each address has its page in
// its HTML, readable with scripts off, and the app takes it over without a frame in
// which the page is doubled, empty, or missing a chart.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appStarted, assertClean, at, axeViolations, DATASET_PATH, openPage, openPageWithoutScripts, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

// Pages with their heading and whether they have a chart.
const PAGES = [
  ['', 'Manufacturing USA at a glance', true],
  ['institutes', 'Institutes', true],
  ['institutes/lift', 'LIFT', false],
  ['goals/2', null, false],
  ['trl', 'Technology readiness and project progression', false],
  ['benchmarking', 'International benchmarking', true],
  ['embed/benchmarking', null, true],
  ['data', null, false],
];

describe('prepared pages', () => {
  test('every page reads without JavaScript, with its title, heading and charts', async () => {
    const { context, page } = await openPageWithoutScripts(env);
    // The same pages with the app running, to compare with.
    const live = await openPage(env);
    for (const [path, heading, chart] of PAGES) {
      const response = await page.goto(at(env, path));
      assert.equal(response.status(), 200, path);
      // Made on a local server at build time: that server's address must not be in it.
      assert.doesNotMatch(await response.text(), /127\.0\.0\.1|localhost/, `/${path} names the build server`);
      await live.page.goto(at(env, path));
      if (chart) await live.page.locator('.chart__svg svg').first().waitFor();
      const read = (p) => p.evaluate(() => ({
        title: document.title,
        h1: document.querySelector('h1')?.textContent ?? null,
        // (A copy holds each chart twice, for wide and narrow screens: one is shown.)
        charts: document.querySelectorAll('.chart__svg svg:not(.prerender-narrow)').length,
        nav: [...document.querySelectorAll('nav a[aria-current="page"]')].map((a) => a.textContent),
        // The state of the page's controls: boxes ticked, options chosen, text entered.
        // (Not the embed code: the app writes it for the address the page is served from.)
        controls: [...document.querySelectorAll('main :is(input, select)')].map((c) => (c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value)),
      }));
      const [copy, app] = [await read(page), await read(live.page)];
      assert.deepEqual(copy, app, `/${path}: the copy and the running app agree`);
      if (heading) assert.equal(copy.h1, heading, path);
      assert.equal(copy.charts > 0, chart, `/${path} charts`);
      // With scripts off, the noscript note is parsed as elements and shown.
      const note = await page.evaluate(() => {
        const p = document.querySelector('main noscript > p');
        return p && p.getBoundingClientRect().height > 0 ? p.textContent : null;
      });
      assert.match(note ?? '', /^This is a static copy of the page/, `/${path} says it is a static copy`);
      // Controls only work with the app: the copy shows them disabled.
      const enabled = await page.locator('#boot :is(button, input, select, textarea):not([disabled])').count();
      assert.equal(enabled, 0, `/${path} enabled controls in the copy`);
    }
    await assertClean(assert, live, env);
    await live.context.close();
    await context.close();
  });

  test('a copy shows each chart drawn for the screen: for a phone on a phone, for a desktop on a desktop', async () => {
    for (const width of [390, 1280]) {
      const { context, page } = await openPageWithoutScripts(env, { width });
      await page.goto(at(env, 'benchmarking'));
      const shown = await page.evaluate(() => [...document.querySelectorAll('.chart__svg svg')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => ({ drawn: Number(s.getAttribute('width')), shown: Math.round(s.getBoundingClientRect().width) })));
      assert.equal(shown.length, 1, `${width} px: one drawing of the chart shown`);
      // Drawn for about the width it is shown at, so its text is at its intended size.
      assert.ok(Math.abs(shown[0].drawn - shown[0].shown) <= 40, `${width} px: drawn ${shown[0].drawn} px wide, shown ${shown[0].shown} px`);
      await context.close();
    }
  });

  test('a copy has no axe-core violations while the app waits for the dataset', async () => {
    for (const [path, width] of [['', 390], ['institutes', 1280], ['benchmarking', 390]]) {
      const p = await openPage(env, { width, waitForApp: false });
      await p.page.route('**/' + DATASET_PATH, () => new Promise(() => {}));
      await p.page.goto(at(env, path));
      await p.page.getByRole('status').filter({ hasText: 'Loading the dataset' }).waitFor();
      assert.equal(await p.page.locator('#boot[data-prerendered]').count(), 1, `/${path}: the copy is shown`);
      assert.deepEqual(await axeViolations(p.page), [], `axe on the copy of /${path} at ${width} px`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('the app takes a page over in one step: never doubled, emptied, or without a chart', async () => {
    for (const path of ['', 'benchmarking', 'institutes']) {
      const p = await openPage(env, { waitForApp: false });
      // Sampled in every animation frame, just before the frame is painted. The app
      // builds its page outside the document, in several tasks, and moves it in once all
      // of it is there (src/components/takeover.rs).
      await p.page.addInitScript(() => {
        window.__frames = [];
        const tick = () => {
          if (document.readyState !== 'loading') {
            window.__frames.push({
              mains: document.querySelectorAll('main').length,
              copy: !!document.querySelector('#boot[data-prerendered]'),
              emptyCharts: [...document.querySelectorAll('.chart__svg')].filter((f) => !f.querySelector('svg')).length,
              h1: document.querySelectorAll('h1').length,
            });
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await p.page.goto(at(env, path));
      await appStarted(p.page);
      await p.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const frames = await p.page.evaluate(() => window.__frames);
      assert.ok(frames.some((f) => f.copy), `/${path}: the copy was painted before the app ran`);
      assert.ok(!frames.at(-1).copy, `/${path}: the app took over`);
      for (const f of frames) {
        assert.deepEqual({ mains: f.mains, h1: f.h1, emptyCharts: f.emptyCharts }, { mains: 1, h1: 1, emptyCharts: 0 }, `/${path}: a frame ${f.copy ? 'of the copy' : 'of the app'}`);
      }
      // Now the controls work.
      assert.equal(await p.page.locator('main :is(button, input, select, textarea)[disabled]').count(), 0, `/${path} disabled controls left`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('an address with no prepared page is answered with the bare app shell', async () => {
    const p = await openPage(env);
    const response = await p.page.goto(at(env, 'institutes/no-such-institute'));
    assert.equal(response.status(), 200);
    assert.doesNotMatch(await response.text(), /data-prerendered/);
    await p.page.getByRole('heading', { level: 1 }).filter({ hasText: /not found/i }).waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a prepared page opened with view state in its address shows that state once the app runs', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes?q=robot'));
    assert.match(await p.page.locator('#institute-count').innerText(), /^Showing 1 of \d+ institutes/);
    assert.equal(await p.page.getByLabel('Search acronym, name or technology').inputValue(), 'robot');
    await assertClean(assert, p, env);
    await p.context.close();
  });
});
