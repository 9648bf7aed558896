// The record over time: /network (a series per view, its URL, table, downloads, embed
// view and the small multiples), the overview's links to the series, an institute's
// record at award with its website link, and the funding-at-award chart on /institutes.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, download, openPage, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ds = shippedDataset();
const search = (page) => new URL(page.url()).searchParams;
const years = (() => {
  const all = ds.network.metrics.flatMap((m) => m.points.map((p) => p.fiscal_year));
  return [Math.min(...all), Math.max(...all)];
})();

describe('/network', () => {
  test('is in the navigation; picking a series puts it in the URL and draws it with its gaps and break', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, ''));
    await p.page.getByRole('navigation').getByRole('link', { name: 'Over time' }).click();
    await p.page.getByRole('heading', { level: 1, name: 'The network over time' }).waitFor();
    const first = ds.network.metrics[0];
    await p.page.getByRole('figure', { name: `${first.label}, by fiscal year` }).waitFor();

    await p.page.getByLabel('Series', { exact: true }).selectOption('workforce');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('metric') === 'workforce');
    const workforce = ds.network.metrics.find((m) => m.id === 'workforce');
    const frame = p.page.getByRole('figure', { name: `${workforce.label}, by fiscal year` });
    await frame.locator('.chart__svg svg').waitFor();
    const takeaway = await frame.locator('.chart__takeaway').innerText();
    assert.match(takeaway, /A break in the series lies between FY2018 and FY2019/);
    assert.match(takeaway, /FY2020 not reported/);
    // The break is drawn and explained beside the chart; hollow points are explained.
    const svg = await frame.locator('.chart__svg svg').innerHTML();
    assert.match(svg, /<text[^>]*>\s*Break\s*<\/text>/, 'the chart labels the break');
    const notes = await frame.locator('.chart__notes').innerText();
    assert.match(notes, /Break between FY2018 and FY2019: The count falls from 205,254/);
    assert.match(notes, /Hollow points are other values/);
    // Not-reported years are gaps: the line is never drawn across FY2020 or the break.
    const paths = await frame.locator('.chart__svg svg polyline, .chart__svg svg path').count();
    assert.ok(paths >= 1);

    // The table: one row per fiscal year of the span, other readings listed, FY2020 not reported.
    await frame.getByRole('tab', { name: 'Table' }).click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
    const rows = frame.getByRole('table').locator('tbody tr');
    assert.equal(await rows.count(), years[1] - years[0] + 1);
    const fy2020 = await rows.filter({ hasText: 'FY2020' }).innerText();
    assert.match(fy2020, /not reported/);
    const fy2017 = await rows.filter({ hasText: 'FY2017' }).innerText();
    assert.match(fy2017, /14,000/, 'the FY2017 restatement is listed as another reading');

    // A copied link reproduces the view.
    const q = await openPage(env, { width: 390, height: 844 });
    await q.page.goto(p.page.url());
    const again = q.page.getByRole('figure', { name: `${workforce.label}, by fiscal year` });
    await again.waitFor();
    assert.equal(await again.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    assert.equal(await q.page.getByLabel('Series', { exact: true }).inputValue(), 'workforce');
    const overflow = await q.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing sticks out at 390 px');
    assert.deepEqual(await axeViolations(p.page), []);
    assert.deepEqual(await axeViolations(q.page), []);
    await assertClean(assert, p, env);
    await assertClean(assert, q, env);
  });

  test('the small multiples show every series and lead to it', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'network'));
    const cards = p.page.locator('.multiples__item');
    await cards.first().waitFor();
    assert.equal(await cards.count(), ds.network.metrics.length);
    for (const m of ds.network.metrics) {
      const card = cards.filter({ hasText: m.label });
      const reported = m.points.filter((pt) => typeof pt.value === 'number').length;
      assert.match(await card.innerText(), new RegExp(`${reported} of ${years[1] - years[0] + 1} years reported`), m.id);
      assert.equal(await card.locator('svg').count(), 1, m.id);
    }
    await cards.filter({ hasText: 'Projects' }).first().getByRole('link').click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('metric') === 'projects');
    assert.equal(await p.page.locator('.multiples__link[aria-current="true"]').count(), 1);
    await assertClean(assert, p, env);
  });

  test('bad parameters are ignored with a note and the first series is shown', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'network?metric=bogus&tab=pie&x=1'));
    const notes = p.page.locator('.query-notes');
    await notes.waitFor();
    const text = await notes.innerText();
    for (const s of ['metric="bogus"', 'tab="pie"', '"x"']) assert.ok(text.includes(s), `${s} in ${text}`);
    await p.page.getByRole('figure', { name: `${ds.network.metrics[0].label}, by fiscal year` }).waitFor();
    await assertClean(assert, p, env);
  });

  test('downloads carry the series, its sources and quotes, and the view', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'network?metric=members'));
    const members = ds.network.metrics.find((m) => m.id === 'members');
    const frame = p.page.getByRole('figure', { name: `${members.label}, by fiscal year` });
    await frame.locator('.chart__svg svg').waitFor();
    const csv = await download(p.page, frame.getByRole('button', { name: 'CSV' }));
    assert.equal(csv.name, 'network-members.csv');
    const lines = csv.text.trim().split('\n');
    assert.match(lines[0], /^metric,fiscal_year,value_as_printed,value,period,other_readings,shown_because,notes,sources,quote,source,filter,view,dataset$/);
    const fy2022 = members.points.find((pt) => pt.fiscal_year === 2022);
    assert.ok(lines.some((l) => l.startsWith('members,FY2022,"2,500+",2500,')), lines.join('\n'));
    assert.ok(csv.text.includes(fy2022.quote.slice(0, 30)), 'the quote is in the CSV');
    assert.ok(lines.slice(1).every((l) => l.includes(`${env.server.url}network?metric=members`)), 'every row names its view');
    const svg = await download(p.page, frame.getByRole('button', { name: 'SVG' }));
    assert.equal(svg.name, 'network-members.svg');
    assert.ok(svg.text.includes('Member organisations') || svg.text.includes(members.label.split(' ')[0]), 'the SVG has its title');
    assert.ok(svg.text.includes('View:'), 'the SVG names its view');
    const png = await download(p.page, frame.getByRole('button', { name: 'PNG' }));
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    await assertClean(assert, p, env);
  });

  test('the embed view shows the series alone, with its source and a way back', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'network?metric=workforce'));
    const workforce = ds.network.metrics.find((m) => m.id === 'workforce');
    const frame = p.page.getByRole('figure', { name: `${workforce.label}, by fiscal year` });
    await frame.getByText('Embed', { exact: true }).click();
    const code = await frame.getByLabel('Embed code').inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.equal(src, env.server.url + `embed/network?metric=workforce&v=${ds.dataset_version}`);
    const e = await openPage(env, { width: 390, height: 900 });
    await e.page.goto(src);
    const embedded = e.page.getByRole('figure', { name: `${workforce.label}, by fiscal year` });
    await embedded.locator('.chart__svg svg').waitFor();
    assert.equal(await e.page.locator('.site-header, .multiples').count(), 0);
    assert.ok((await embedded.locator('.source-line').innerText()).length > 10);
    const back = embedded.getByRole('link', { name: 'Open the full page' });
    assert.equal(new URL(await back.getAttribute('href'), src).href, env.server.url + 'network?metric=workforce');
    assert.deepEqual(await axeViolations(e.page), []);
    await assertClean(assert, p, env);
    await assertClean(assert, e, env);
  });

  test('each overview key figure with a series links to it', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, ''));
    const links = p.page.locator('.stat__series a');
    await links.first().waitFor();
    const linked = ds.headline_figures.filter((f) => f.series);
    assert.ok(await links.count() >= 3, 'several key figures link to their series');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) {
      const id = new URL(h, env.server.url).searchParams.get('metric');
      assert.ok(linked.some((f) => f.series === id), `${h} names a series of a key figure`);
    }
    await links.first().click();
    await p.page.getByRole('heading', { level: 1, name: 'The network over time' }).waitFor();
    await assertClean(assert, p, env);
  });
});

describe('institutes at award', () => {
  const withSite = ds.institutes.find((i) => i.record?.website);
  const withoutSite = ds.institutes.find((i) => i.record && !i.record.website);

  test('an institute page shows its record with quotes and sources, and marks its website as leaving the site', async () => {
    const p = await openPage(env, { width: 390, height: 844 });
    await p.page.goto(at(env, `institutes/${withSite.id}`));
    const record = p.page.locator('section.record');
    await record.waitFor();
    const text = await record.innerText();
    const fed = withSite.record.federal_at_award;
    if (fed.quote) assert.ok(text.includes(fed.quote.slice(0, 40)), 'the federal quote is shown');
    assert.match(text, /Federal funding at award/);
    assert.match(text, /Non-federal cost share at award/);
    const link = record.locator('a.external');
    assert.equal(await link.getAttribute('href'), withSite.record.website.text);
    assert.match(await link.getAttribute('rel'), /external/);
    assert.match(await link.innerText(), /leaves this site/);
    // The page requested nothing from the institute's site.
    assert.ok(record.locator('.source-line').first());
    if (withSite.record.members?.length) {
      assert.equal(await record.locator('.record__members > li').count(), withSite.record.members.length);
    }
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);

    const q = await openPage(env);
    await q.page.goto(at(env, `institutes/${withoutSite.id}`));
    const r2 = q.page.locator('section.record');
    await r2.waitFor();
    assert.match(await r2.locator('dt:has-text("Website") + dd').innerText(), /not reported/);
    await assertClean(assert, q, env);
  });

  test('the funding chart draws federal and non-federal on one scale, sorts by the URL, and embeds', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'institutes'));
    const frame = p.page.getByRole('figure', { name: 'Funding at award: federal and non-federal, by institute' });
    await frame.locator('.chart__svg svg').waitFor();
    assert.match(await frame.locator('.chart__takeaway').innerText(), /The largest federal funding at award: /);
    const withRecord = ds.institutes.filter((i) => i.record);
    await frame.getByRole('tab', { name: 'Table' }).click();
    const rows = frame.getByRole('table').locator('tbody tr');
    assert.equal(await rows.count(), withRecord.length);
    // Default order: largest federal first; not reported last.
    const fed = (i) => (typeof i.record.federal_at_award.value === 'number' ? i.record.federal_at_award.value : -1);
    const top = Math.max(...withRecord.map(fed));
    const firstRow = await rows.first().locator('td').nth(1).innerText();
    assert.equal(Number(firstRow.replace(/,/g, '')), top);
    await p.page.getByLabel('Order the funding chart by').selectOption('name');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('fsort') === 'name');
    assert.equal(search(p.page).get('funding'), 'table');
    const byName = withRecord.map((i) => i.acronym).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    await rows.first().locator('th', { hasText: byName[0] }).waitFor();
    assert.deepEqual(await rows.locator('th').allInnerTexts(), byName);
    const notReported = withRecord.filter((i) => typeof i.record.nonfederal_at_award.value !== 'number');
    for (const i of notReported) {
      const row = await rows.filter({ has: p.page.locator('th', { hasText: new RegExp(`^${i.acronym}$`) }) }).innerText();
      // No bar and no number: "not reported", or "in parts only" where a source prints parts without a total.
      assert.match(row, i.record.nonfederal_at_award.breakdown?.length ? /in parts only	not reported/ : /not reported	not reported/, row);
    }

    await frame.getByText('Embed', { exact: true }).click();
    const code = await frame.getByLabel('Embed code').inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith(env.server.url + 'embed/institutes?chart=funding'), src);
    const e = await openPage(env, { width: 390, height: 900 });
    await e.page.goto(src);
    const embedded = e.page.getByRole('figure', { name: 'Funding at award: federal and non-federal, by institute' });
    await embedded.waitFor();
    assert.equal(await embedded.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(await axeViolations(e.page), []);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await assertClean(assert, e, env);
  });
});

