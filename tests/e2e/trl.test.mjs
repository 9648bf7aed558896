// /trl answers its question before any upload: GAO's finding and the two bands with
// their sources first, one sentence on why GAO's chart cannot be redrawn with a link to
// it, and its printed numbers folded away. Then the analysis tool, tried with the
// invented example file (labelled as such in its title and every download) and with a
// reader's own file: lower moves counted, a breakdown and filter by institute, download
// names that follow the view, ties named, plurals right.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, download, openPage, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const LABEL = 'Example data (invented to show the tool)';
const EXAMPLE_TITLE = `${LABEL}: projects by start and end TRL`;

const search = (page) => new URL(page.url()).searchParams;

async function openTrl(options = {}, path = 'trl') {
  const p = await openPage(env, options);
  await p.page.goto(at(env, path));
  await p.page.getByRole('heading', { level: 2, name: 'What is known' }).waitFor();
  return p;
}

describe('/trl before any upload', () => {
  test('leads with GAO\'s finding and the two bands, each with its source, and folds the printed numbers away', async () => {
    const p = await openTrl();
    const { page } = p;
    // The first section is what is known, not a chart that is not there.
    assert.equal(await page.locator('main h2').first().innerText(), 'What is known');
    assert.doesNotMatch(await page.locator('main').innerText(), /No chart/);
    assert.equal(await page.locator('main figure').count(), 0);

    const finding = page.locator('section[aria-labelledby="known"] .finding').first();
    assert.match(await finding.innerText(), /Many moved from TRL 4 to 6/);
    assert.match(await finding.locator('.source-line').innerText(), /^Sources: GAO-22-103979, Highlights; .*p\.30\.$/);

    const bands = page.locator('section[aria-labelledby="known"] .band-list > li');
    assert.equal(await bands.count(), 2);
    assert.match(await bands.nth(0).innerText(), /^Valley of death: TRL 4–7, MRL 4–7\./);
    assert.match(await bands.nth(1).innerText(), /^Scale-up: TRL 7–9, MRL 7–10\./);
    for (let i = 0; i < 2; i++) assert.match(await bands.nth(i).locator('.source-line').innerText(), /^Source: .*p\.13/);

    // One sentence on why GAO's chart cannot be redrawn, and a link to the original.
    const known = page.locator('#trl-not-placed');
    const why = await known.locator('.not-placed__why').innerText();
    assert.match(why, /^It cannot be redrawn here: the text that could be extracted from it kept its 29 counts but not which start and end level each belongs to, so any placement would be a guess\./);
    const link = known.getByRole('link', { name: /original figure in GAO-22-103979/ });
    assert.equal(await link.getAttribute('href'), 'https://www.gao.gov/products/gao-22-103979');
    assert.equal(await known.getAttribute('data-sources'), 'gao-22-103979 plan2024');

    // The 29 printed numbers are there, collapsed, with their source inside.
    const details = known.locator('details');
    assert.equal(await details.evaluate((d) => d.open), false);
    assert.equal(await details.locator('summary').innerText(), 'The 29 numbers printed in the figure, positions unknown');
    assert.equal(await details.locator('.published-values li').count(), 29);
    assert.equal(await details.locator('.published-values').isVisible(), false);
    await details.locator('summary').click();
    assert.equal(await details.locator('.published-values').isVisible(), true);
    assert.match(await details.locator('.source-line').innerText(), /GAO-22-103979/);

    // Nothing to switch between yet: the view buttons come with a chart.
    assert.equal(await page.getByRole('button', { name: 'Flow' }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('the embed view says what is known and links to GAO\'s figure, without the numbers', async () => {
    const p = await openPage(env, { width: 600 });
    await p.page.goto(at(env, 'embed/trl?view=flow'));
    const known = p.page.locator('#trl-not-placed');
    await known.waitFor();
    assert.equal(await p.page.locator('h1').count(), 1);
    assert.match(await known.locator('.not-placed__why').innerText(), /cannot be redrawn here/);
    assert.match(await known.locator('.finding').innerText(), /Many moved from TRL 4 to 6/);
    assert.equal(await known.getByRole('link', { name: /original figure/ }).getAttribute('target'), '_top');
    assert.equal(await known.locator('.published-values').count(), 0);
    assert.doesNotMatch(await p.page.locator('body').innerText(), /No chart/);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('/trl with the example file', () => {
  test('is labelled as invented in its title, its table and every download, whose names follow the view', async () => {
    const p = await openTrl({ width: 390, height: 844 });
    const { page } = p;
    await page.getByRole('button', { name: 'Try it with an example file' }).click();
    const frame = page.getByRole('figure', { name: EXAMPLE_TITLE });
    await frame.waitFor();
    await frame.locator('.chart__svg svg').waitFor();
    assert.match(await page.getByLabel('CSV text').inputValue(), /^project,institute,start_trl,end_trl\nInvented project 1,/);
    assert.match(await page.locator('.own-example-note').innerText(), /^Example data \(invented to show the tool\)\./);
    // Lower moves are moves: every row is used.
    assert.equal(await page.locator('#own-summary').innerText(), '15 rows used, 0 rows with problems.');
    assert.equal(await page.locator('#own-row-errors').count(), 0);
    assert.equal(
      await frame.locator('.chart__takeaway').innerText(),
      'Of 15 projects, 2 (13.33%) started at TRL 4 or below and reached TRL 7 or above; the median project moved up 2 levels, and the most common move was TRL 4 → 6 (4 projects).',
    );
    const stats = page.locator('.own-output .stats');
    assert.match(await stats.innerText(), /Moved up \/ same level \/ lower\s+11 \/ 2 \/ 2/);
    assert.match(await page.locator('.own-output').innerText(), /Source: the example file built into this page\. Its projects and institutes are invented/);

    // Downloads of the matrix view: named for the example and the view, labelled inside.
    const csv = await download(page, frame.getByRole('button', { name: 'CSV' }));
    assert.equal(csv.name, 'trl-example-matrix.csv');
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    assert.match(lines[0], /^start_trl,end_trl,projects,data/);
    assert.ok(lines.length > 1);
    for (const line of lines.slice(1)) assert.ok(line.includes(LABEL), line);
    const svg = await download(page, frame.getByRole('button', { name: 'SVG' }));
    assert.equal(svg.name, 'trl-example-matrix.svg');
    // (the title wraps onto two lines of the image)
    assert.match(svg.bytes.toString('utf8'), /Example data \(invented to show the tool\): projects by start/);
    const png = await download(page, frame.getByRole('button', { name: 'PNG' }));
    assert.equal(png.name, 'trl-example-matrix.png');
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');

    // The flow view, in the address, with its own download names.
    await page.getByRole('button', { name: 'Flow' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'flow');
    const flow = page.getByRole('figure', { name: EXAMPLE_TITLE });
    await flow.locator('.chart__svg svg').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Flow' }).getAttribute('aria-pressed'), 'true');
    assert.equal((await download(page, flow.getByRole('button', { name: 'CSV' }))).name, 'trl-example-flow.csv');
    const flowSvg = await download(page, flow.getByRole('button', { name: 'SVG' }));
    assert.equal(flowSvg.name, 'trl-example-flow.svg');
    assert.match(flowSvg.bytes.toString('utf8'), /Example data \(invented to show the tool\)/);
    await flow.getByRole('tab', { name: 'Table' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
    assert.equal(search(page).get('view'), 'flow');
    assert.equal(await flow.getByRole('table').locator('tbody tr').count(), 12);

    assert.deepEqual(await axeViolations(page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('gives a breakdown by institute and a filter that narrows the chart and says so', async () => {
    const p = await openTrl();
    const { page } = p;
    await page.getByRole('button', { name: 'Try it with an example file' }).click();
    const table = page.getByRole('table', { name: `${LABEL}: projects by institute` });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, 3);
    assert.match(rows[1], /^Invented institute B\s+5\s+4\s+0\s+1\s+1 \(20%\)$/);

    const picker = page.getByLabel('Institute', { exact: true });
    assert.deepEqual(await picker.locator('option').allInnerTexts(), [
      'All institutes (15 projects)',
      'Invented institute A (5 projects)',
      'Invented institute B (5 projects)',
      'Invented institute C (5 projects)',
    ]);
    await picker.selectOption({ label: 'Invented institute B (5 projects)' });
    const frame = page.getByRole('figure', { name: EXAMPLE_TITLE });
    await page.waitForFunction(() => /^Of 5 projects/.test(document.querySelector('.own-output .chart__takeaway')?.textContent ?? ''));
    assert.equal(await frame.locator('.chart__filter').innerText(), 'Filtered view: projects of Invented institute B.');
    assert.match(await frame.locator('.chart__takeaway').innerText(), /no move was made by more than one project\.$/);
    assert.match(await page.locator('.own-output .stats').innerText(), /Most common move\s+none: no move was made by more than one project/);
    const csv = (await download(page, frame.getByRole('button', { name: 'CSV' }))).bytes.toString('utf8');
    assert.match(csv, /Invented institute B/);
    for (const line of csv.trim().split('\n').slice(1)) assert.ok(line.includes(LABEL), line);
    // Back to all institutes.
    await picker.selectOption('all');
    await page.waitForFunction(() => /^Of 15 projects/.test(document.querySelector('.own-output .chart__takeaway')?.textContent ?? ''));
    assert.equal(await frame.locator('.chart__filter').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('/trl with your own file', () => {
  test('an edited example is yours: no example label, its own download names', async () => {
    const p = await openTrl();
    const { page } = p;
    await page.getByRole('button', { name: 'Try it with an example file' }).click();
    await page.getByRole('figure', { name: EXAMPLE_TITLE }).waitFor();
    const text = await page.getByLabel('CSV text').inputValue();
    await page.getByLabel('CSV text').fill(text.replace('Invented project 15,Invented institute C,3,3', 'Mine,Invented institute C,3,4'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    const frame = page.getByRole('figure', { name: 'Your projects by start and end TRL' });
    await frame.waitFor();
    assert.equal(await page.locator('.own-example-note').count(), 0);
    assert.equal(await page.getByRole('figure', { name: EXAMPLE_TITLE }).count(), 0);
    const csv = await download(page, frame.getByRole('button', { name: 'CSV' }));
    assert.equal(csv.name, 'trl-your-projects-matrix.csv');
    assert.doesNotMatch(csv.bytes.toString('utf8'), /Example data/);
    const svg = await download(page, frame.getByRole('button', { name: 'SVG' }));
    assert.equal(svg.name, 'trl-your-projects-matrix.svg');
    assert.doesNotMatch(svg.bytes.toString('utf8'), /Example data/);
    assert.match(svg.bytes.toString('utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /The numbers are not from the Manufacturing USA Explorer dataset/);
    // A reader's file stays in this browser: not in the address, and no embed.
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('example'));
    await frame.locator('details.chart__embed summary').click();
    await frame.getByText('This chart cannot be embedded: it is made from a file read in this browser').waitFor();
    assert.equal(await frame.getByLabel('Embed code').count(), 0);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('the example is in the address: a link and an embed show it, labelled as invented', async () => {
    const p = await openTrl();
    const { page } = p;
    await page.getByRole('button', { name: 'Try it with an example file' }).click();
    const frame = page.getByRole('figure', { name: EXAMPLE_TITLE });
    await frame.waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('example') === '1');
    // A copied link opens the page with the example analysed.
    const q = await openTrl({}, 'trl?example=1&view=flow');
    await q.page.getByRole('figure', { name: EXAMPLE_TITLE }).waitFor();
    assert.equal(await q.page.getByLabel('CSV text').inputValue() !== '', true);
    await q.context.close();
    // The embed code points at the example's chrome-less view.
    await frame.locator('details.chart__embed summary').click();
    const code = await frame.getByLabel('Embed code').inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.match(src, /\/embed\/trl\?example=1&v=/);
    const e = await openPage(env);
    await e.page.goto(src);
    const embedded = e.page.getByRole('figure', { name: EXAMPLE_TITLE });
    await embedded.waitFor();
    assert.match(await embedded.locator('.chart__takeaway').innerText(), /\d+ projects/);
    await e.page.getByRole('link', { name: 'Open the full page' }).waitFor();
    assert.match(await e.page.getByRole('link', { name: 'Open the full page' }).getAttribute('href'), /trl\?example=1/);
    await assertClean(assert, e, env);
    await e.context.close();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('counts a lower end as lower, names every tied move, and gets plurals right', async () => {
    const p = await openTrl({ width: 390, height: 844 });
    const { page } = p;
    const analyse = async (csv, summary) => {
      await page.getByLabel('CSV text').fill(csv);
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.waitForFunction((s) => document.querySelector('#own-summary')?.textContent === s, summary);
    };
    // Two moves tied at 2 projects, one project that ended lower, one bad row.
    await analyse(['project,institute,start_trl,end_trl', 'A,x,4,6', 'B,x,4,6', 'C,y,2,5', 'D,y,2,5', 'E,y,6,3', 'F,y,x,3'].join('\n'), '5 rows used, 1 row with problems.');
    assert.deepEqual(await page.locator('#own-row-errors li').allInnerTexts(), ['Line 7: start_trl is not a whole number: "x"']);
    const frame = page.getByRole('figure', { name: 'Your projects by start and end TRL' });
    assert.match(await frame.locator('.chart__takeaway').innerText(), /the most common moves were TRL 2 → 5 and TRL 4 → 6 \(2 projects each\)\.$/);
    assert.match(await page.locator('.own-output .stats').innerText(), /Moved up \/ same level \/ lower\s+4 \/ 0 \/ 1/);
    assert.match(await page.locator('.own-output .stats').innerText(), /Most common moves \(tied\)\s+TRL 2 → 5 and TRL 4 → 6 \(2 projects each\)/);
    assert.match(await page.locator('.own-output').innerText(), /Source: the file you gave, read in this browser/);

    // One project, one row: singular everywhere.
    await analyse(['start_trl,end_trl', '3,5'].join('\n'), '1 row used, 0 rows with problems.');
    assert.equal(
      await frame.locator('.chart__takeaway').innerText(),
      'Of 1 project, 0 (0%) started at TRL 4 or below and reached TRL 7 or above; the project moved up 2 levels.',
    );
    // No institute column: no breakdown and no filter.
    assert.equal(await page.getByLabel('Institute', { exact: true }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });
});
