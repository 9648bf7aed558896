// The overview, the not-found page and the app shell, in headless Chromium against the
// release bundle served under a sub-path with the strict CSP.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appStarted, assertClean, at, axeViolations, DATASET_PATH, openPage, PREFIX, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

describe('overview', () => {
  test('shows the headline figures and institutes from the dataset, with sources', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await p.page.getByRole('heading', { level: 1, name: 'Manufacturing USA at a glance' }).waitFor();
    await p.page.getByRole('heading', { level: 2, name: 'Key figures' }).waitFor();
    assert.equal(await p.page.title(), 'Overview · Manufacturing USA Explorer');

    const ds = shippedDataset();
    const cards = p.page.locator('.stat');
    const expected = {
      members: '2,500+',
      manufacturer_share: '63%',
      base_federal_funding: '$109 million',
      funds_attracted: '$307 million',
      investment_match: '2.8 : 1',
      people_trained: '106,000',
      institutes_by_sponsor: '17',
    };
    assert.equal(await cards.count(), Object.keys(expected).length);
    for (const [id, value] of Object.entries(expected)) {
      const figure = ds.headline_figures.find((f) => f.id === id);
      const card = cards.filter({ has: p.page.getByRole('heading', { name: figure.label, exact: true }) });
      assert.equal(await card.count(), 1, `card for ${id}`);
      assert.equal((await card.locator('.stat__value').innerText()).replace('†', '').trim(), value, id);
      assert.equal(await card.locator('.stat__period').innerText(), figure.period, `${id} period`);
      assert.match(await card.locator('.source-line').innerText(), /^Sources?: 2024 Strategic Plan, p\./, `${id} source`);
    }
    const sponsors = await cards.locator('.stat__parts').innerText();
    assert.match(sponsors, /DoD\s+9/);
    assert.match(sponsors, /DOE\s+7/);
    assert.match(sponsors, /DOC\s+1/);

    const table = p.page.getByRole('table', { name: /Institutes by founding date/ });
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 17);
    // Established as of the date the sources were last checked: SMART USA's award is under
    // a termination notice, the AI institute and further CHIPS institutes are not awarded.
    const established = ds.institutes.filter((i) => !['chips-digital-twin', 'ai-resilient-mfg', 'chips-semiconductor-institutes'].includes(i.id));
    assert.equal(established.length, 17);
    for (const [i, inst] of established.entries()) {
      const cells = await rows.nth(i).locator('th, td').allInnerTexts();
      assert.equal(cells[0], inst.acronym);
      assert.equal(cells[1], inst.name);
      assert.equal(cells[2], inst.sponsor);
      assert.equal(cells[3], inst.headquarters.map((h) => `${h.city}, ${h.state}`).join(' and '));
      assert.equal(cells[4], inst.established.slice(0, 4));
    }
    const more = p.page.getByRole('table', { name: /Other headline figures/ });
    const others = ds.headline_figures.filter((f) => !(f.id in expected));
    assert.equal(await more.locator('tbody tr').count(), others.length);
    const change = more.locator('tbody tr').filter({ hasText: 'Increase in people trained' });
    assert.equal(await change.locator('td').first().innerText(), '+25%');
    // the 670+ vs 700+ disagreement is shown, not hidden
    const projectsLabel = ds.headline_figures.find((f) => f.id === 'projects').label;
    const projects = more.locator('tbody tr').filter({ has: p.page.getByRole('rowheader', { name: projectsLabel }) });
    assert.match(await projects.innerText(), /670\+/);
    assert.match(await projects.innerText(), /Also printed: 700\+ \(2024 Strategic Plan, p\.19\)/);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('renders whatever the dataset says, not built-in numbers', async () => {
    const p = await openPage(env);
    const ds = shippedDataset();
    ds.headline_figures.find((f) => f.id === 'members').value = 2600;
    ds.institutes[0].acronym = 'Test <script>alert(1)</script> & Co';
    await p.page.route('**/' + DATASET_PATH, (route) => route.fulfill({ json: ds }));
    await p.page.goto(at(env));
    await p.page.getByText('2,600+').waitFor();
    // dataset text is rendered as text, never as markup
    const cell = p.page.getByRole('table', { name: /Institutes by founding date/ }).locator('tbody tr').first().locator('th');
    assert.equal(await cell.innerText(), 'Test <script>alert(1)</script> & Co');
    assert.equal(await p.page.locator('tbody script').count(), 0);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a malformed query string does not break the page', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, '?%E0%A4%A&&=&q=%ZZ&sort=%00'));
    await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('shows a loading state until the dataset arrives', async () => {
    const p = await openPage(env, { waitForApp: false });
    let release;
    const held = new Promise((ok) => { release = ok; });
    await p.page.route('**/' + DATASET_PATH, async (route) => { await held; await route.continue(); });
    await p.page.goto(at(env));
    const status = p.page.getByRole('status').filter({ hasText: 'Loading the dataset' });
    await status.waitFor();
    assert.equal(await p.page.getByRole('heading', { level: 1 }).innerText(), 'Manufacturing USA at a glance');
    // The page prepared at build time stays on screen meanwhile: it is the page.
    assert.equal(await p.page.getByRole('heading', { name: 'Key figures' }).count(), 1);
    assert.equal(await p.page.locator('#boot[data-prerendered]').count(), 1);
    release();
    await appStarted(p.page);
    await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
    assert.equal(await status.count(), 0);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('has no axe-core violations, in light and dark mode, at 390 px and 1280 px', async () => {
    for (const [colorScheme, width] of [['light', 390], ['light', 1280], ['dark', 390], ['dark', 1280]]) {
      const p = await openPage(env, { colorScheme, width });
      await p.page.goto(at(env));
      await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
      assert.deepEqual(await axeViolations(p.page), [], `axe on / (${colorScheme}, ${width} px)`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('fits a 320 px screen without horizontal page scrolling', async () => {
    const p = await openPage(env, { width: 320, height: 640 });
    await p.page.goto(at(env));
    await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
    const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'page is wider than the viewport');
    await p.context.close();
  });
});

describe('not-found page', () => {
  test('an unknown route shows a helpful page inside the shell', async () => {
    const p = await openPage(env);
    const res = await p.page.goto(at(env, 'no/such/page?x=%ZZ'));
    assert.equal(res.status(), 200);
    await p.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.equal(await p.page.title(), 'Page not found · Manufacturing USA Explorer');
    assert.ok((await p.page.locator('main').innerText()).includes(`There is no page at ${PREFIX}no/such/page`));
    assert.equal(await p.page.getByRole('banner').count(), 1, 'site header');
    assert.equal(await p.page.getByRole('navigation', { name: 'Main' }).count(), 1);
    assert.equal(await p.page.getByRole('contentinfo').count(), 1, 'footer');
    assert.deepEqual(await axeViolations(p.page), [], 'axe on the 404 page');

    // client-side navigation back, keeping the sub-path, without reloading the page
    await p.page.evaluate(() => { window.__sameDocument = true; });
    await p.page.locator('main').getByRole('link', { name: 'Overview' }).click();
    await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
    assert.equal(new URL(p.page.url()).pathname, new URL(at(env)).pathname);
    assert.equal(await p.page.evaluate(() => window.__sameDocument), true, 'navigation reloaded the page');
    const current = p.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' });
    assert.equal(await current.getAttribute('aria-current'), 'page');
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('shell', () => {
  test('skip link and landmarks work by keyboard; the site says what it is and shows no official banner', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();

    await p.page.keyboard.press('Tab');
    const skip = p.page.getByRole('link', { name: 'Skip to main content' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true, 'skip link is the first stop');
    await p.page.keyboard.press('Enter');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(await p.page.getByRole('main').count(), 1);

    // This build is not an agency's: no "official website" claim anywhere on the page.
    assert.equal(await p.page.locator('.gov-banner').count(), 0);
    assert.doesNotMatch(await p.page.locator('body').innerText(), /official website of the United States government/i);
    await p.page.getByRole('contentinfo').locator('summary').click();
    const footer = await p.page.getByRole('contentinfo').innerText();
    assert.match(footer, /independent explorer of public sources/);
    assert.match(footer, /not published by the program, by NIST or by any other government agency/);
    assert.match(footer, /published by their sources, each named beside its figure\./);
    assert.match(footer, /The \d+ publishers of those sources\s+.*U\.S\. Government Accountability Office/s);
    assert.match(footer, /released \d+ \w+ \d{4}; sources last checked \d+ \w+ \d{4}/);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});
