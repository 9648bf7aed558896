// /data: the dataset's version and sources, what to read with care, and every
// download, made in the browser from the loaded file.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, at, axeViolations, DATASET_PATH, download, openPage, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

/// The header row each CSV must start with (the CSV contract of the downloads).
const CSV_HEADERS = {
  'headline-figures.csv': 'figure_id,label,value,value_max,unit,qualifier,as_shown,period,other_readings,shown_because,sources,translated,uncertain,note',
  'institutes.csv': 'id,acronym,name,status,technology_focus,sponsor,sponsoring_office,headquarters,states,established,other_names,priority_topics,sources,translated,note',
  'objectives.csv': 'goal_id,goal,objective_id,objective,approach,action,goal_expected_outcome,sources,translated',
  'stories.csv': 'id,institute_id,institute,title,summary,partners,objectives,figures,sources,translated',
  'agencies.csv': 'id,acronym,name,role,sponsoring_office,institutes_sponsored,institute_ids,summary,sources,translated',
  'communities.csv': 'id,name,lead,states,round,designated,uncertain,note,sources',
  'benchmarking-programs.csv': 'id,name,country_id,country,named_in_plan,founded,summary,sources,translated',
  'benchmarking-figures.csv': 'program_id,program,origin,metric,figure_id,label,value,value_max,unit,qualifier,as_shown,period,other_readings,shown_because,sources,translated,uncertain,note',
  'network-by-year.csv': 'metric,label,unit,fiscal_year,value_as_printed,value,period,other_readings,shown_because,break,sources,quote',
  'institutes-at-award.csv': 'institute_id,acronym,website,website_sources,operator,operator_sources,announced,announced_other_readings,announced_sources,federal_at_award_as_printed,federal_at_award_usd_million,federal_other_readings,federal_sources,federal_quote,nonfederal_at_award_as_printed,nonfederal_at_award_usd_million,nonfederal_other_readings,nonfederal_sources,nonfederal_quote,renewals',
  'institute-member-counts.csv': 'institute_id,acronym,date,counted,value_as_printed,value,parts,other_readings,sources,quote',
};

/// Clicks `button` and returns the downloaded file's name and text.
/// Records in a CSV text (quoted fields may hold newlines), without a CSV library.
function csvRecords(text) {
  const records = [];
  let field = '', record = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records;
}

describe('/data', () => {
  test('lists the version, every source with a citation, and what to read with care', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'data'));
    await p.page.getByRole('heading', { level: 1, name: 'Data and sources' }).waitFor();
    assert.equal(await p.page.title(), 'Data and sources · Manufacturing USA Explorer');
    const ds = shippedDataset();
    assert.equal(await p.page.locator('#dataset-version').innerText(), ds.dataset_version);
    const sources = p.page.locator('.source-list > li');
    assert.equal(await sources.count(), ds.sources.length);
    for (const [i, s] of ds.sources.entries()) {
      const item = sources.nth(i);
      assert.equal(await item.getAttribute('data-source'), s.id);
      assert.equal(await item.getByRole('heading', { level: 3 }).innerText(), s.short_title);
      const citation = await item.locator('.citation__text').innerText();
      assert.ok(citation.startsWith(`${s.publisher} (`), citation);
      assert.ok(citation.includes(s.title), citation);
      if (s.url) assert.ok(citation.endsWith(s.url), citation);
      assert.equal(await item.getByRole('button', { name: 'Copy citation' }).count(), 1);
    }
    // The plan's own disagreement on FY2022 projects is shown with both pages.
    const disagreements = p.page.getByRole('table', { name: /printed with different values/ });
    const projects = disagreements.locator('tbody tr').filter({ hasText: '670+' }).filter({ hasText: 'Headline figures' });
    assert.equal(await projects.count(), 1);
    assert.match(await projects.innerText(), /700\+ \(plan2024 p\.19\)/);
    // The GAO progression is listed as not reported, with its reason.
    assert.match(await p.page.locator('#not-reported-list').innerText(), /Advancement of Technology Readiness Level/);
    // Every uncertain community is listed.
    const uncertain = await p.page.locator('#uncertain-list').innerText();
    for (const c of ds.imcp.communities.filter((c) => c.uncertain)) assert.ok(uncertain.includes(c.name), c.name);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });

  test('copies a citation to the clipboard', async () => {
    const p = await openPage(env);
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await p.page.goto(at(env, 'data'));
    const item = p.page.locator('#cite-dataset-text').locator('..');
    await item.getByRole('button', { name: 'Copy citation' }).click();
    await item.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await p.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await p.page.locator('#cite-dataset-text').innerText());
    assert.match(copied, /^Manufacturing USA Explorer dataset, version /);
    await assertClean(assert, p, env);
  });

  test('every download gives a non-empty file with the expected header', async () => {
    const p = await openPage(env, { width: 390, height: 844 });
    await p.page.goto(at(env, 'data'));
    await p.page.getByRole('heading', { level: 2, name: 'Downloads' }).waitFor();
    const ds = shippedDataset();

    const json = await download(p.page, p.page.getByRole('button', { name: 'Download manufacturing-usa.json' }));
    assert.equal(json.name, 'manufacturing-usa.json');
    assert.equal(json.text, readFileSync(new URL('../../public/' + DATASET_PATH, import.meta.url), 'utf8'));

    const schema = await download(p.page, p.page.getByRole('link', { name: 'Download manufacturing-usa.schema.json' }));
    assert.equal(schema.name, 'manufacturing-usa.schema.json');
    assert.equal(JSON.parse(schema.text).title, 'Manufacturing USA Explorer dataset');

    const buttons = p.page.locator('button[data-file]');
    assert.equal(await buttons.count(), Object.keys(CSV_HEADERS).length);
    const expectedRows = {
      'headline-figures.csv': ds.headline_figures.length,
      'institutes.csv': ds.institutes.length,
      'objectives.csv': ds.plan.goals.reduce((n, g) => n + g.objectives.length, 0),
      'stories.csv': ds.stories.length,
      'agencies.csv': ds.agencies.length,
      'communities.csv': ds.imcp.communities.length,
      'benchmarking-programs.csv': ds.benchmarking.programs.length,
      'benchmarking-figures.csv': ds.benchmarking.programs.reduce((n, pr) => n + pr.plan_figures.length + (pr.other_figures ?? []).length, 0),
      'network-by-year.csv': ds.network.metrics.reduce((n, m) => n + m.points.length, 0),
      'institutes-at-award.csv': ds.institutes.filter((i) => i.record).length,
      'institute-member-counts.csv': ds.institutes.reduce((n, i) => n + (i.record?.members ?? []).length, 0),
    };
    // Chromium stops a page's automatic downloads after about a dozen; a fresh page
    // takes over every eight files.
    let q = p;
    for (const [k, [file, header]] of Object.entries(CSV_HEADERS).entries()) {
      if (k > 0 && k % 8 === 0) {
        await assertClean(assert, q, env);
        q = await openPage(env, { width: 390, height: 844 });
        await q.page.goto(at(env, 'data'));
        await q.page.getByRole('heading', { level: 2, name: 'Downloads' }).waitFor();
      }
      const got = await download(q.page, q.page.locator(`button[data-file="${file}"]`));
      assert.equal(got.name, file);
      const records = csvRecords(got.text);
      assert.equal(records[0].join(','), header, file);
      assert.equal(records.length - 1, expectedRows[file], `${file} rows`);
      for (const r of records) assert.equal(r.length, records[0].length, `${file}: ragged row`);
    }
    await assertClean(assert, q, env);
  });

  test('an edited dataset is reflected in the CSV without a rebuild', async () => {
    const p = await openPage(env);
    await p.page.route('**/' + DATASET_PATH, (route) => {
      const ds = shippedDataset();
      ds.institutes[0].name = 'Renamed, with "quotes" & <b>tags</b>';
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(ds) });
    });
    await p.page.goto(at(env, 'data'));
    const got = await download(p.page, p.page.locator('button[data-file="institutes.csv"]'));
    const records = csvRecords(got.text);
    assert.equal(records[1][2], 'Renamed, with "quotes" & <b>tags</b>');
    await assertClean(assert, p, env);
  });
});
