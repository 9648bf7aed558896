// Search across the site: the box in the header of every page (a combobox whose
// listbox holds the results grouped by kind) and /search?q=…, with the query in the
// address. Keyboard first, accessible, offline, and clean under the strict CSP.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, assertClean, at, axeViolations, openPage, PREFIX, runVnu, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ds = shippedDataset();
const BOX = '#site-search-q';

/// Types into the header box and waits for its listbox (or its no-results note).
async function typeInHeader(page, text) {
  await page.locator(BOX).click();
  await page.locator(BOX).fill('');
  await page.keyboard.type(text);
  await page.locator('.site-search__popup:not([hidden])').waitFor();
}

const path = (page) => decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).search);

describe('the header box', () => {
  test('typing shows results grouped by kind, the matched words marked', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'goals'));
    await typeInHeader(p.page, 'niimbl');
    const box = p.page.getByRole('combobox', { name: 'Search the site' });
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    const list = p.page.getByRole('listbox', { name: 'Search results' });
    assert.equal(await box.getAttribute('aria-controls'), await list.getAttribute('id'));
    // The exact acronym first, in the group of institutes, its name marked as text.
    const groups = list.getByRole('group');
    assert.equal(await groups.first().getAttribute('aria-labelledby'), 'site-search-group-institute');
    assert.equal(await p.page.locator('#site-search-group-institute').textContent(), 'Institutes');
    const first = list.getByRole('option').first();
    assert.match(await first.innerText(), /^NIIMBL\nInstitute · National Institute for Innovation in Manufacturing Biopharmaceuticals/);
    assert.deepEqual(await first.locator('mark').allInnerTexts(), ['NIIMBL']);
    // Every option lies in a group, but the last, which leads to every result.
    const options = await list.getByRole('option').count();
    assert.ok(options >= 2);
    assert.equal(await list.locator('[role="group"] [role="option"]').count(), options - 1);
    assert.match(await list.getByRole('option').last().innerText(), /^All \d+ results? for “niimbl”$/);
    // A word matched in the middle of a subtitle is marked there too.
    await typeInHeader(p.page, 'robotics');
    const marks = await list.locator('mark').allInnerTexts();
    assert.ok(marks.length >= 2 && marks.every((m) => /^robotics$/i.test(m)), marks.join('|'));
    // Dataset text is text: no markup comes from it, only the app's own <mark>s.
    const html = await list.innerHTML();
    assert.ok(!/<(?!\/?(?:div|ul|li|span|mark)\b)[a-z]/i.test(html), html.slice(0, 400));
    assert.deepEqual(await axeViolations(p.page), [], 'axe with the results open');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('/ focuses the box from anywhere but a field, and the box is in no embed view', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes'));
    await p.page.locator('main h1').click();
    await p.page.keyboard.press('/');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'site-search-q');
    assert.equal(await p.page.locator(BOX).inputValue(), '', 'the slash is not typed');
    // In a field, a slash is text.
    const filter = p.page.locator('#inst-q');
    await filter.click();
    await p.page.keyboard.type('a/b');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'inst-q');
    assert.equal(await filter.inputValue(), 'a/b');
    await p.page.goto(at(env, 'embed/trl'));
    await p.page.locator('main').waitFor();
    assert.equal(await p.page.locator(BOX).count(), 0, 'no search box in an embed view');
    await p.page.keyboard.press('/');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('ArrowDown and Enter open a result in the app; Escape closes the list', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await p.page.evaluate(() => { window.__samePage = true; });
    await typeInHeader(p.page, 'NIIMBL');
    const box = p.page.locator(BOX);
    assert.equal(await box.getAttribute('aria-activedescendant'), null);
    await p.page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.equal(await p.page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    assert.match(await p.page.locator(`#${active}`).innerText(), /^NIIMBL/);
    // Down and up come back to it; focus never leaves the box.
    await p.page.keyboard.press('ArrowDown');
    assert.notEqual(await box.getAttribute('aria-activedescendant'), active);
    await p.page.keyboard.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), active);
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'site-search-q');
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL((u) => u.pathname === `${PREFIX}institutes/niimbl`);
    await p.page.getByRole('heading', { level: 1, name: /NIIMBL/ }).waitFor();
    assert.equal(await p.page.evaluate(() => window.__samePage), true, 'navigated inside the app, no reload');
    assert.equal(await box.inputValue(), '', 'the box is emptied');

    // Escape closes the list and keeps the text; a second Escape empties the box.
    await typeInHeader(p.page, 'goal');
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('Escape');
    assert.equal(await p.page.locator('.site-search__popup').isHidden(), true);
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.getAttribute('aria-activedescendant'), null);
    assert.equal(await box.inputValue(), 'goal');
    await p.page.keyboard.press('Escape');
    assert.equal(await box.inputValue(), '');
    // A click on a result opens it too.
    await typeInHeader(p.page, 'Fraunhofer');
    await p.page.getByRole('option', { name: /^Fraunhofer-Gesellschaft/ }).click();
    await p.page.waitForURL((u) => u.pathname === `${PREFIX}benchmarking` && u.search === '?programs=fraunhofer');
    assert.equal(await p.page.evaluate(() => window.__samePage), true);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('Enter with no result chosen goes to /search with the words typed', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'agencies'));
    await typeInHeader(p.page, 'advanced robotics');
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL((u) => u.pathname === `${PREFIX}search`);
    assert.equal(path(p.page), `${PREFIX}search?q=advanced robotics`);
    await p.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.equal(await p.page.getByLabel('Search the explorer').inputValue(), 'advanced robotics');
    assert.equal(await p.page.locator('.search-result__link').first().innerText(), 'ARM Institute');
    // The last option ("All … results") goes there too.
    await typeInHeader(p.page, 'fraunhofer');
    await p.page.keyboard.press('ArrowUp');
    assert.match(await p.page.locator(`#${await p.page.locator(BOX).getAttribute('aria-activedescendant')}`).innerText(), /^All \d+ results? for “fraunhofer”$/);
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL((u) => u.search === '?q=fraunhofer');
    await p.page.locator('.search-result__link', { hasText: 'Fraunhofer-Gesellschaft' }).waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a query with no results says so', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await typeInHeader(p.page, 'xylophonic');
    const none = p.page.locator('.site-search__none');
    assert.equal(await none.innerText(), 'No results. Check the spelling, or use fewer words.');
    assert.equal(await p.page.locator(BOX).getAttribute('aria-expanded'), 'false');
    assert.equal(await p.page.getByRole('listbox', { includeHidden: true }).isHidden(), true);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  for (const width of [390, 1280]) {
    test(`at ${width} px the box fits the screen beside the navigation, and its list below it`, async () => {
      const p = await openPage(env, { width });
      await p.page.goto(at(env, 'institutes'));
      const box = await p.page.locator('.site-search').boundingBox();
      const nav = await p.page.locator('.site-nav').boundingBox();
      const name = await p.page.locator('.site-header__name').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `box ${JSON.stringify(box)}`);
      assert.ok(box.y + box.height <= nav.y, `the box ${JSON.stringify(box)} is above the navigation ${JSON.stringify(nav)}`);
      assert.ok(box.width >= 240, `box width ${box.width}`);
      if (width < 640) assert.ok(box.y >= name.y + name.height, 'the box has a row of its own on a phone');
      assert.equal(await p.page.evaluate(() => document.documentElement.scrollWidth), width, 'no sideways scrolling');
      await typeInHeader(p.page, 'manufacturing');
      const popup = await p.page.locator('.site-search__popup').boundingBox();
      assert.ok(popup.x >= 0 && popup.x + popup.width <= width, `popup ${JSON.stringify(popup)}`);
      assert.ok(popup.y >= box.y + box.height - 1);
      assert.equal(await p.page.evaluate(() => document.documentElement.scrollWidth), width, 'no sideways scrolling with the list open');
      // The active option stays in view inside the list.
      for (let k = 0; k < 9; k++) await p.page.keyboard.press('ArrowDown');
      const active = await p.page.locator(BOX).getAttribute('aria-activedescendant');
      const list = await p.page.locator('.site-search__list').boundingBox();
      const option = await p.page.locator(`#${active}`).boundingBox();
      assert.ok(option.y >= list.y - 1 && option.y + option.height <= list.y + list.height + 1, 'active option visible');
      await assertClean(assert, p, env);
      await p.context.close();
    });
  }
});

describe('/search', () => {
  test('a deep link shows the results grouped by kind with counts', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'search?q=arm'));
    await p.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.equal(await p.page.title(), 'Search · Manufacturing USA Explorer');
    assert.equal(await p.page.getByLabel('Search the explorer').inputValue(), 'arm');
    assert.match(await p.page.locator('#search-summary').innerText(), /^\d+ results for “arm”\.$/);
    const headings = await p.page.locator('.search-group__title').allInnerTexts();
    assert.match(headings[0], /^Institutes \(\d+\)$/);
    const first = p.page.locator('.search-result').first();
    assert.equal(await first.locator('a').innerText(), 'ARM Institute');
    assert.equal(await first.locator('a').getAttribute('href'), `${PREFIX}institutes/arm`);
    assert.deepEqual(await first.locator('a mark').allInnerTexts(), ['ARM']);
    assert.match(await first.locator('.search-result__meta').innerText(), /^Institute · Advanced Robotics for Manufacturing Institute/);
    assert.equal(await first.getAttribute('data-sources'), ds.institutes.find((i) => i.id === 'arm').sources.map((s) => s.source).filter((s, k, a) => a.indexOf(s) === k).join(' '));
    // Each count is the number of results listed for the kind (all of them, at this size).
    let total = 0;
    for (const section of await p.page.locator('.search-group').all()) {
      const n = Number((await section.locator('.search-group__count').innerText()).replace(/[^\d]/g, ''));
      assert.equal(await section.locator('.search-result').count(), n);
      total += n;
    }
    assert.match(await p.page.locator('#search-summary').innerText(), new RegExp(`^${total} results`));
    // "Biopharmaceutical" holds the letters, not a word that starts with them.
    assert.equal(await p.page.locator('.search-result__link', { hasText: /^NIIMBL$/ }).count(), 0);
    // A network series leads to /network with its metric.
    await p.page.goto(at(env, 'search?q=' + encodeURIComponent(ds.network.metrics[1].label)));
    const series = p.page.locator('.search-group[data-kind="series"] .search-result__link').first();
    assert.equal(await series.getAttribute('href'), `${PREFIX}network?metric=${ds.network.metrics[1].id}`);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a kind with many results lists ten, and all of them on request', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'search?q=manufacturing'));
    const section = p.page.locator('.search-group', { has: p.page.getByRole('button', { name: /^Show all/ }) }).first();
    const n = Number((await section.locator('.search-group__count').innerText()).replace(/[^\d]/g, ''));
    assert.ok(n > 10);
    assert.equal(await section.locator('.search-result').count(), 10);
    assert.match(await section.locator('.search-group__more').innerText(), new RegExp(`^The first 10 of ${n} are listed\\. Show all ${n}\\b`));
    const first = Number((await section.locator('.search-result__link').first().getAttribute('id')).replace('search-result-', ''));
    const kind = await section.getAttribute('data-kind');
    await section.getByRole('button', { name: /^Show all/ }).click();
    await p.page.waitForFunction(([id]) => document.activeElement?.id === id, [`search-result-${first + 10}`]);
    const again = p.page.locator(`.search-group[data-kind="${kind}"]`);
    assert.equal(await again.locator('.search-result').count(), n);
    assert.equal(await again.getByRole('button', { name: /^Show all/ }).count(), 0);
    // A new query lists ten again.
    await p.page.getByLabel('Search the explorer').fill('manufacturing usa');
    await p.page.getByLabel('Search the explorer').fill('manufacturing');
    await p.page.locator(`.search-group[data-kind="${kind}"] .search-group__more`).waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('typing updates the results at once and the address when typing pauses', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'search'));
    const box = p.page.getByLabel('Search the explorer');
    const before = await p.page.evaluate(() => history.length);
    await box.click();
    await p.page.keyboard.type('fraunhofer');
    await p.page.locator('.search-result__link', { hasText: 'Fraunhofer-Gesellschaft' }).waitFor();
    await p.page.waitForURL((u) => u.search === '?q=fraunhofer');
    assert.equal(new URL(p.page.url()).pathname, `${PREFIX}search`);
    assert.equal(await p.page.evaluate(() => history.length), before, 'the address is replaced, not pushed');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'search-q', 'focus stays in the box');
    await box.fill('');
    await p.page.keyboard.type('manufacturing usa');
    await p.page.waitForURL((u) => decodeURIComponent(u.search) === '?q=manufacturing usa');
    // Back to the first query from another page: the box follows the address.
    await p.page.goto(at(env, 'search?q=niimbl'));
    assert.equal(await box.inputValue(), 'niimbl');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('ArrowDown moves from the box through the results, ArrowUp back', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'search?q=institute'));
    await p.page.getByLabel('Search the explorer').focus();
    const focused = () => p.page.evaluate(() => document.activeElement?.id);
    await p.page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'search-result-0');
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'search-result-2');
    await p.page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'search-result-1');
    await p.page.keyboard.press('End');
    const last = await focused();
    assert.equal(last, `search-result-${(await p.page.locator('.search-result__link').count()) - 1}`);
    await p.page.keyboard.press('Home');
    await p.page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'search-q');
    await p.page.keyboard.press('ArrowDown');
    const href = await p.page.locator('#search-result-0').getAttribute('href');
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL((u) => u.pathname + u.search + u.hash === href);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('an empty or unusable query asks for words; no results say so plainly', async () => {
    const p = await openPage(env);
    for (const q of ['', '?q=', '?q=%20%20']) {
      await p.page.goto(at(env, 'search' + q));
      await p.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      assert.equal(await p.page.locator('#search-summary').innerText(), 'Type a word or more to search.', q);
      assert.match(await p.page.locator('.search-prompt').innerText(), /Every word must match the start of a word/);
      assert.equal(await p.page.locator('.search-group').count(), 0);
    }
    await p.page.goto(at(env, 'search?q=%3F%21%E2%80%94'));
    assert.equal(await p.page.locator('#search-summary').innerText(), '“?!—” holds no letters or digits to search for.');
    await p.page.goto(at(env, 'search?q=xylophonic%20institute'));
    assert.equal(await p.page.locator('#search-summary').innerText(), 'No results for “xylophonic institute”.');
    assert.match(await p.page.locator('.search-prompt--none').innerText(), /Check the spelling, or use fewer or shorter words/);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('works offline after the first visit', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await p.page.locator('main h2').first().waitFor();
    await p.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    });
    await p.context.setOffline(true);
    // An address never loaded before, so the HTTP cache cannot answer it.
    await p.page.goto(at(env, 'search?q=biomade&offline=' + Date.now()));
    await p.page.locator('#offline-notice').waitFor();
    await p.page.locator('.search-result__link', { hasText: 'BioMADE' }).first().waitFor();
    await typeInHeader(p.page, 'cymanii');
    assert.match(await p.page.getByRole('option').first().innerText(), /^CyManII/);
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL((u) => u.search === '?q=cymanii');
    await p.page.locator('.search-result__link', { hasText: 'CyManII' }).first().waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('the page is valid HTML (Nu Html Checker)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-vnu-'));
    try {
      const p = await openPage(env);
      const files = [];
      for (const [name, route] of [['results', 'search?q=manufacturing'], ['none', 'search?q=xylophonic'], ['prompt', 'search']]) {
        await p.page.goto(at(env, route));
        await appReady(p.page);
        await p.page.locator('#search-summary').waitFor();
        if (name === 'results') await typeInHeader(p.page, 'arm');
        const file = join(dir, `${name}.html`);
        writeFileSync(file, '<!DOCTYPE html>\n' + await p.page.evaluate(() => document.documentElement.outerHTML));
        files.push(file);
      }
      await p.context.close();
      const errors = (await runVnu(files)).filter((m) => m.type === 'error' || m.type === 'non-document-error');
      assert.deepEqual(errors.map((m) => `${m.file}: ${m.message} [${m.extract}]`), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
