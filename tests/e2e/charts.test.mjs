// The chart pages: /benchmarking and /trl, their chart frames (tabs, downloads,
// embed), URL state and the embed views, in headless Chromium.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, at, axeViolations, download, openPage, PREFIX, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const golden = (name) => readFileSync(new URL(`../../core/tests/golden/${name}`, import.meta.url), 'utf8');

const search = (page) => new URL(page.url()).searchParams;

describe('/benchmarking', () => {
  test('shows the study, the chart and the table; tabs work by keyboard and live in the URL', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking'));
    await p.page.getByRole('heading', { level: 1, name: 'International benchmarking' }).waitFor();
    const frame = p.page.getByRole('figure', { name: 'Centres or institutes by program' });
    await frame.waitFor();
    assert.equal(await p.page.locator('.country-list li').count(), 12);
    assert.match(await frame.locator('.chart__takeaway').innerText(), /largest is Fraunhofer-Gesellschaft with 76/);
    assert.equal(await frame.locator('.chart__svg svg').count(), 1);
    assert.equal(await frame.locator('.chart__svg').getAttribute('aria-hidden'), 'true');

    const chartTab = frame.getByRole('tab', { name: 'Chart' });
    const tableTab = frame.getByRole('tab', { name: 'Table' });
    assert.equal(await chartTab.getAttribute('aria-selected'), 'true');
    await chartTab.focus();
    await p.page.keyboard.press('ArrowRight');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
    assert.equal(await tableTab.getAttribute('aria-selected'), 'true');
    assert.equal(await p.page.evaluate(() => document.activeElement.textContent.trim()), 'Table');
    const table = frame.getByRole('table');
    assert.equal(await table.locator('tbody tr').count(), 5);
    assert.equal(await table.locator('thead th[scope="col"]').count(), 8);
    await p.page.keyboard.press('Home');
    await p.page.waitForFunction(() => !new URL(location.href).searchParams.has('tab'));
    assert.equal(await chartTab.getAttribute('aria-selected'), 'true');
    // the source line leads to the sources on /data
    const firstSource = frame.locator('.source-line a').first();
    assert.equal(await firstSource.getAttribute('href'), `${PREFIX}data#source-plan2024`);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });

  test('has no axe violations in dark mode on either chart page', async () => {
    for (const path of ['benchmarking?kpi=budget', 'trl']) {
      const p = await openPage(env, { colorScheme: 'dark', width: 390 });
      await p.page.goto(at(env, path));
      await p.page.locator('h2').first().waitFor();
      assert.deepEqual(await axeViolations(p.page), [], path);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('the selection is in the URL, and a copied link reproduces it', async () => {
    const p = await openPage(env, { width: 390, height: 844 });
    await p.page.goto(at(env, 'benchmarking'));
    await p.page.getByRole('checkbox', { name: 'Made in China 2025' }).uncheck();
    await p.page.getByLabel('Indicator').selectOption('budget');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('kpi') === 'budget');
    const q = search(p.page);
    assert.equal(q.get('programs'), 'manufacturing-usa,china-mics,fraunhofer,uk-hvm-catapult');
    const frame = p.page.getByRole('figure', { name: 'Budget or funding by program' });
    await frame.getByRole('tab', { name: 'Table' }).click();
    assert.equal(await frame.getByRole('table').locator('tbody tr').count(), 4);
    assert.match(await frame.locator('.chart__takeaway').innerText(), /not converted/);
    assert.equal(await p.page.locator('#side-by-side ~ .table-scroll tbody tr').count(), 4);

    const copied = p.page.url();
    const q2 = await openPage(env, { width: 1280 });
    await q2.page.goto(copied);
    const again = q2.page.getByRole('figure', { name: 'Budget or funding by program' });
    await again.waitFor();
    assert.equal(await again.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    assert.equal(await q2.page.getByRole('checkbox', { name: 'Made in China 2025' }).isChecked(), false);
    assert.equal(await q2.page.getByLabel('Indicator').inputValue(), 'budget');
    await assertClean(assert, p, env);
    await assertClean(assert, q2, env);
  });

  test('bad parameters are ignored with a note', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking?kpi=bogus&foo=1&programs=fraunhofer,nope&tab=sideways'));
    const notes = p.page.locator('.query-notes');
    await notes.waitFor();
    const text = await notes.innerText();
    for (const s of ['kpi="bogus"', '"foo"', '"nope"', 'tab="sideways"']) assert.ok(text.includes(s), `${s} in ${text}`);
    const frame = p.page.getByRole('figure', { name: 'Centres or institutes by program' });
    await frame.getByRole('tab', { name: 'Table' }).click();
    assert.equal(await frame.getByRole('table').locator('tbody tr').count(), 1);
    await assertClean(assert, p, env);
  });

  test('downloads: CSV of the numbers shown, the SVG byte-identical to the host, and a PNG', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking'));
    const frame = p.page.getByRole('figure', { name: 'Centres or institutes by program' });
    const svg = await download(p.page, frame.getByRole('button', { name: 'SVG' }));
    assert.equal(svg.name, 'benchmarking-kpi.svg');
    // Byte for byte the host's drawing (core/tests/charts.rs) from the title down to the
    // source line; the download then adds the address of the view and the dataset.
    const [got, want] = [svg.bytes.toString('utf8').split('\n'), golden('benchmarking-default.svg').split('\n')];
    const footer = want.findIndex((l) => /^Sources?: /.test(l)) - 1;
    assert.ok(footer > 10, 'the golden file has a source line');
    assert.deepEqual(got.slice(2, footer), want.slice(2, footer), 'the drawing matches the host golden file');
    const tail = got.slice(footer).filter((l) => !l.startsWith('<')).join(' ');
    const ds = JSON.parse(readFileSync(new URL('../../public/data/manufacturing-usa.json', import.meta.url), 'utf8'));
    assert.match(tail, /^Sources?: /);
    assert.ok(tail.replace(/ /g, '').includes(`View:${env.server.url}benchmarking`), tail);
    assert.match(tail, new RegExp(`dataset version ${ds.dataset_version.replace(/\./g, '\\.')}, released \\d+ \\w+ \\d{4}; sources last checked \\d+ \\w+ \\d{4}\\.`));
    const png = await download(p.page, frame.getByRole('button', { name: 'PNG' }));
    assert.equal(png.name, 'benchmarking-kpi.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.bytes.length > 5000, `PNG of ${png.bytes.length} bytes`);
    const csv = await download(p.page, frame.getByRole('button', { name: 'CSV' }));
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    assert.equal(lines[0], 'program,measure,value,as_shown,unit,period,origin,sources,source,filter,view,dataset');
    assert.equal(lines.length, 6);
    assert.ok(lines.some((l) => l.startsWith('Fraunhofer-Gesellschaft,Research institutes,76,76,count,')), lines.join('\n'));
    // Every row says where it comes from: no filter here, the view's address, the dataset.
    assert.ok(lines.slice(1).every((l) => l.includes(',none (all records),' + env.server.url + 'benchmarking,')), lines.join('\n'));
    await assertClean(assert, p, env);
  });

  test('the embed snippet points at a chrome-less view that keeps title, source and a way back', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking?kpi=patents'));
    const frame = p.page.getByRole('figure', { name: 'Patents by program' });
    await frame.getByText('Embed', { exact: true }).click();
    const code = await frame.getByLabel('Embed code').inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.match(code, /title="Patents by program"/);
    assert.match(code, /loading="lazy"/);
    const version = JSON.parse(readFileSync(new URL('../../public/data/manufacturing-usa.json', import.meta.url), 'utf8')).dataset_version;
    assert.equal(src, env.server.url + `embed/benchmarking?kpi=patents&v=${version}`);

    const e = await openPage(env, { width: 600, height: 640 });
    await e.page.goto(src);
    const embedded = e.page.getByRole('figure', { name: 'Patents by program' });
    await embedded.waitFor();
    assert.equal(await e.page.locator('.gov-banner, .site-header, .identifier').count(), 0);
    assert.match(await embedded.locator('.source-line').innerText(), /2024 Strategic Plan/);
    const back = embedded.getByRole('link', { name: 'Open the full page' });
    assert.equal(new URL(await back.getAttribute('href'), src).href, env.server.url + 'benchmarking?kpi=patents');
    const overflow = await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assert.deepEqual(await axeViolations(e.page), []);
    await assertClean(assert, p, env);
    await assertClean(assert, e, env);
  });
});

describe('/trl', () => {
  test('shows the ladder, the finding, and says why the GAO cells cannot be drawn instead of drawing them', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'trl'));
    await p.page.getByRole('heading', { level: 1, name: 'Technology readiness and project progression' }).waitFor();
    const ladder = p.page.getByRole('table', { name: /readiness levels/ });
    await ladder.waitFor(); // the dataset loads after the static heading
    assert.equal(await ladder.locator('tbody tr').count(), 10);
    assert.match(await p.page.locator('.finding').innerText(), /Many moved from TRL 4 to 6/);
    const panel = p.page.locator('#trl-not-placed');
    assert.match(await panel.innerText(), /It cannot be redrawn here: .* not which start and end level each belongs to/);
    assert.equal(await panel.locator('.published-values li').count(), 29);
    assert.equal(await p.page.locator('main figure').count(), 0);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });

  test('analyses a pasted CSV: good rows charted (a lower end included), bad rows listed by line', async () => {
    const p = await openPage(env, { width: 390, height: 844 });
    await p.page.goto(at(env, 'trl'));
    await p.page.getByLabel('CSV text').waitFor();
    const csv = [
      'project,institute,start_trl,end_trl',
      'A,lift,4,6',
      'B,lift,4,7',
      'C,arm,3,5',
      'D,arm,x,5',
      'E,arm,5,3',
      'F,arm,4,12',
      'G,mxd,2,4',
    ].join('\n');
    await p.page.getByLabel('CSV text').fill(csv);
    await p.page.getByRole('button', { name: 'Analyse' }).click();
    await p.page.locator('#own-summary').waitFor();
    assert.equal(await p.page.locator('#own-summary').innerText(), '5 rows used, 2 rows with problems.');
    const errors = await p.page.locator('#own-row-errors li').allInnerTexts();
    assert.equal(errors.length, 2);
    assert.match(errors[0], /^Line 5: /);
    assert.match(errors[1], /^Line 7: /);
    const frame = p.page.getByRole('figure', { name: 'Your projects by start and end TRL' });
    assert.match(await frame.locator('.chart__takeaway').innerText(), /^Of 5 projects, 1 \(20%\) started at TRL 4 or below and reached TRL 7 or above/);
    await p.page.getByRole('button', { name: 'Flow' }).click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'flow');
    assert.equal(await p.page.getByRole('button', { name: 'Flow' }).getAttribute('aria-pressed'), 'true');
    await frame.getByRole('tab', { name: 'Table' }).click();
    assert.equal(await frame.getByRole('table').locator('tbody tr').count(), 5);
    const svg = await download(p.page, frame.getByRole('button', { name: 'SVG' }));
    assert.match(svg.bytes.toString('utf8'), /Your projects by start and end TRL/);
    const template = await download(p.page, p.page.getByRole('button', { name: 'Download the CSV template' }));
    assert.match(template.bytes.toString('utf8'), /^project,institute,start_trl,end_trl,start_mrl,end_mrl\n/);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });

  test('the embed view says the data is not reported, without the site chrome', async () => {
    const p = await openPage(env, { width: 600 });
    await p.page.goto(at(env, 'embed/trl?view=flow'));
    await p.page.locator('#trl-not-placed').waitFor();
    assert.equal(await p.page.locator('.gov-banner, .site-header').count(), 0);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });
});
