// The program as it stands today: the overview's dated counts, statuses computed from
// the institutes' events, the status filter in the URL, an institute's history, the
// timeline page and its embed, search over events, and the rule that every count of
// institutes anywhere carries its date and its sources.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, at, axeViolations, DATASET_PATH, openPage, openPageWithoutScripts, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ds = shippedDataset();

/// Every page and embed that can show a count of institutes.
const ROUTES = [
  '', 'institutes', 'institutes?status=terminated', 'institutes?sponsor=doe&from=2015', 'institutes?funding=table',
  ...ds.institutes.map((i) => `institutes/${i.id}`),
  'network', 'network?metric=institutes', 'network?metric=institutes&tab=table', 'timeline', 'timeline?tab=table',
  'goals', ...ds.plan.goals.map((g) => `goals/${g.id}`), 'trl', 'benchmarking', 'agencies', 'communities', 'data',
  'search?q=institutes', 'search?q=SMART', 'embed/institutes', 'embed/network?metric=institutes', 'embed/timeline',
];

/// In the page: every "N institutes" (or "N … institutes", up to three words between)
/// outside an element that gives both the date the count is true at (`data-as-of`) and
/// its sources (`data-sources`). A list's own count of rows ("17 of 20 shown") is marked
/// `data-rows-count` and is not a claim about the network.
function undatedCounts() {
  const out = [];
  const count = /\b\d[\d,]*\+?\s+(?:[A-Za-z-]+\s+){0,3}institutes\b/i;
  const root = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!count.test(node.data.replace(/\s+/g, ' '))) continue;
    const text = (el.closest('p, li, h1, h2, h3, dd, td, th, figcaption, div') ?? el).textContent.replace(/\s+/g, ' ');
    if (el.closest('[data-rows-count], option, textarea, script, style')) continue;
    if (el.closest('[data-as-of]') && el.closest('[data-sources]')) continue;
    out.push(text.trim().slice(0, 160));
  }
  return [...new Set(out)];
}

describe('today', () => {
  test('the overview opens with the count at its dates, by its sources, and what changed since the plan', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, ''));
    const lead = p.page.locator('#network-today');
    const text = (await lead.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /17 institutes in the 2024 Strategic Plan \(August 2024\); 18 by the program's own pages in 2025, with SMART USA\./);
    assert.match(text, /On 10 December 2025, Commerce notified SRC that it will terminate the federal award, .*read in a copy.*no source read says whether SMART USA remains in the network\./);
    const clauses = await lead.locator('.count-clause').evaluateAll((els) => els.map((e) => [e.dataset.asOf, e.dataset.sources]));
    assert.deepEqual(clauses.map((c) => c[0]), ['2024-08', '2025', '2025-12-10']);
    assert.ok(clauses.every((c) => c[1].length > 0));
    // "Since the plan": the latest events, newest first, linking to the timeline.
    const since = p.page.locator('section.since-plan');
    const first = since.locator('li.event').first();
    assert.equal(await first.getAttribute('id'), 'event-chips-twin-termination-notice');
    await since.getByRole('link', { name: 'Every event on the timeline' }).click();
    await p.page.waitForURL(/\/timeline$/);
    await p.page.locator('h1', { hasText: 'Timeline' }).waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('statuses are computed at the date the sources were checked, and /institutes filters by them in the URL', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes?status=terminated'));
    await p.page.locator('#institute-table tbody tr').first().waitFor();
    const rows = await p.page.locator('#institute-table tbody th a').allInnerTexts();
    assert.deepEqual(rows, ['SMART USA']);
    assert.equal(await p.page.locator('#institute-table tbody .badge').innerText(), 'Award terminated');
    await p.page.selectOption('#inst-status', 'announced');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'announced');
    await p.page.waitForFunction(() => [...document.querySelectorAll('#institute-table tbody th a')].map((a) => a.textContent).join() === 'AI for Resilient Manufacturing Institute');
    // An address from before statuses existed still works.
    await p.page.goto(at(env, 'institutes?established=1'));
    await p.page.locator('#institute-table tbody tr').first().waitFor();
    assert.equal(await p.page.locator('#institute-table tbody tr').count(), 17);
    assert.equal(await p.page.locator('#inst-status').inputValue(), 'established');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test("an institute page shows its status with how it is known and its whole history; SMART USA keeps the old address", async () => {
    for (const width of [390, 1280]) {
      const p = await openPage(env, { width });
      await p.page.goto(at(env, 'institutes/chips-digital-twin'));
      assert.equal(await p.page.locator('h1').innerText(), 'SMART USA');
      const status = (await p.page.locator('#institute-status').innerText()).replace(/\s+/g, ' ');
      assert.match(status, /^Status as of 7 December 2026: award terminated\./);
      assert.match(status, /IEEE Spectrum, read in a copy/);
      const events = await p.page.locator('#history ~ ol.event-list > li.event, section[aria-labelledby="history"] li.event').evaluateAll((els) => els.map((e) => e.id));
      for (const id of ['event-chips-twin-funding-opportunity', 'event-chips-twin-award', 'event-chips-twin-termination-notice']) assert.ok(events.includes(id), id);
      assert.deepEqual(await axeViolations(p.page), [], `institutes/chips-digital-twin at ${width}`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
    // BioMADE's later federal funding comes from its events: the page cannot say "none".
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes/biomade'));
    const later = await p.page.locator('.record__facts dt', { hasText: 'Later federal funding' }).locator('xpath=following-sibling::dd').innerText();
    assert.doesNotMatch(later, /None found/);
    assert.match(later, /more than \$500 million/);
    await p.context.close();
  });

  test('/timeline charts and lists every event, filters in the URL, and embeds', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'timeline'));
    await p.page.getByRole('figure', { name: /Dated events per year/ }).waitFor();
    const all = await p.page.locator('section[aria-labelledby="events"] li.event').count();
    assert.ok(all > 40, `${all} events`);
    await p.page.selectOption('#tl-kind', 'termination_notice');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'termination_notice');
    await p.page.waitForFunction(() => document.querySelectorAll('section[aria-labelledby="events"] li.event').length === 1);
    assert.match(await p.page.locator('figure').first().innerText(), /kind termination notice \(1 of \d+ events\)/);
    assert.deepEqual(await axeViolations(p.page), [], 'timeline');
    await p.page.goto(at(env, 'embed/timeline?sponsor=doc'));
    await p.page.getByRole('figure', { name: /Dated events per year/ }).waitFor();
    assert.match(await p.page.locator('figure').first().innerText(), /sponsor DOC/);
    await assertClean(assert, p, env);
    await p.context.close();
    // Without JavaScript the prepared copy is the chart.
    const q = await openPageWithoutScripts(env);
    await q.page.goto(at(env, 'timeline'));
    assert.ok(await q.page.locator('figure svg').count() > 0, 'the prepared /timeline holds its chart');
    await q.context.close();
  });

  test('search finds events and records by their words, with plurals, and tells a reader in another script that the site is in English', async () => {
    const p = await openPage(env);
    for (const [q, expect] of [['SMART USA', 'SMART USA'], ['terminated', 'Termination notice'], ['robots', 'ARM Institute'], ['cost share', 'Institute']]) {
      await p.page.goto(at(env, `search?q=${encodeURIComponent(q)}`));
      await p.page.locator('#search-summary').waitFor();
      const summary = await p.page.locator('#search-summary').innerText();
      assert.doesNotMatch(summary, /^No results/, `${q}: ${summary}`);
      assert.match(await p.page.locator('main').innerText(), new RegExp(expect), q);
    }
    await p.page.goto(at(env, `search?q=${encodeURIComponent('제조 혁신')}`));
    await p.page.locator('#search-summary').waitFor();
    assert.match(await p.page.locator('main').innerText(), /This site and its sources are in English/);
    await p.context.close();
  });

  test('every count of institutes, on every page, carries its date and its sources', async () => {
    const p = await openPage(env);
    const problems = [];
    for (const route of ROUTES) {
      await p.page.goto(at(env, route));
      await p.page.locator('main h1, main figure').first().waitFor();
      for (const t of await p.page.evaluate(undatedCounts)) problems.push(`/${route}: ${t}`);
    }
    assert.deepEqual(problems, []);
    // The check can fail.
    await p.page.evaluate(() => {
      const planted = document.createElement('p');
      planted.textContent = 'The network has 18 manufacturing institutes.';
      document.querySelector('main').append(planted);
    });
    assert.equal((await p.page.evaluate(undatedCounts)).length, 1);
    await p.context.close();
  });

  test('/data says which date is which and what changed in each version', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'data'));
    assert.equal(await p.page.locator('#sources-checked time').getAttribute('datetime'), ds.sources_checked);
    assert.equal(await p.page.locator('#dataset-released time').getAttribute('datetime'), ds.released);
    for (const c of ds.changes) assert.equal(await p.page.locator(`#version-${c.version.replace(/\./g, '\\.')}`).count(), 1, c.version);
    const footer = await p.page.locator('footer').innerText();
    assert.match(footer, new RegExp(`version ${ds.dataset_version.replace(/\./g, '\\.')}, released 7 December 2026; sources last checked 7 December 2026`));
    await p.context.close();
  });

  test('/data checks a dataset file in the browser, with every problem and its path, and uploads nothing', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'data'));
    const input = p.page.locator('#check-file-input');
    const result = p.page.locator('#check-file-result');
    const good = readFileSync(new URL('../../public/data/manufacturing-usa.json', import.meta.url));
    await input.setInputFiles({ name: 'manufacturing-usa.json', mimeType: 'application/json', buffer: good });
    await result.locator('.alert--success').waitFor();
    const events = ds.institutes.reduce((n, i) => n + (i.events?.length ?? 0), 0) + ds.program_events.length;
    assert.equal(
      (await result.innerText()).replace(/\s+/g, ' ').trim(),
      `manufacturing-usa.json is a valid dataset file. It holds ${ds.institutes.length} institute records, ${events} dated events and ${ds.sources.length} sources.`,
    );
    // A bad event: an unknown institute in a program event, named by its path.
    const bad = JSON.parse(good.toString('utf8'));
    bad.program_events[0].institutes = ['no-such-institute'];
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await result.locator('.alert--error').waitFor();
    assert.match(await result.innerText(), /program_events\[0\]\.institutes\[0\]: unknown institute id "no-such-institute"/);
    // A web page saved in place of the file gets a hint, not only a parser position.
    await input.setInputFiles({ name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('<!DOCTYPE html><html><body>404</body></html>') });
    await p.page.waitForFunction(() => document.querySelector('#check-file-result').textContent.includes('web page saved in place of the file'));
    // Nothing was sent anywhere: no request but the app's own GETs.
    assert.deepEqual(p.seen.requests.filter((u) => !u.startsWith(env.server.origin)), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a dataset request that stalls ends after 30 seconds with a message and Retry', async () => {
    const p = await openPage(env, { waitForApp: false });
    await p.page.route('**/' + DATASET_PATH, () => new Promise(() => {}));
    await p.page.goto(at(env, 'goals'));
    const alert = p.page.getByRole('alert');
    await alert.waitFor({ timeout: 45000 });
    assert.match(await alert.innerText(), /did not arrive within 30 seconds/);
    await p.page.unroute('**/' + DATASET_PATH);
    await p.page.getByRole('button', { name: 'Retry' }).click();
    await p.page.locator('main h2').first().waitFor();
    await p.context.close();
  });
});
