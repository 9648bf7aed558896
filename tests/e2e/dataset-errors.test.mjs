// Every way the dataset can fail gives a clear message naming the file and the
// offending path, and Retry recovers once the file is good again.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, DATASET_PATH, openPage, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const json = (mutate) => {
  const ds = shippedDataset();
  mutate(ds);
  return { status: 200, contentType: 'application/json', body: JSON.stringify(ds) };
};

// The browser itself logs a failed resource load; that one message is expected here.
const EXPECTED_CONSOLE = [/Failed to load resource/];

const CASES = [
  {
    name: 'missing file (404)',
    answer: { status: 404, contentType: 'text/plain', body: 'Not found' },
    texts: ['data/manufacturing-usa.json could not be loaded: the server answered 404', 'missing from this site'],
  },
  {
    name: 'server error (500)',
    answer: { status: 500, contentType: 'text/plain', body: 'oops' },
    texts: ['data/manufacturing-usa.json could not be loaded: the server answered 500'],
  },
  {
    name: 'failed fetch (network error)',
    abort: true,
    texts: ['data/manufacturing-usa.json could not be fetched'],
  },
  {
    name: 'malformed JSON',
    answer: { status: 200, contentType: 'application/json', body: '{"schema_version": 1, "sources": [' },
    texts: ['data/manufacturing-usa.json is not a valid dataset: 1 problem.', 'not valid JSON'],
    path: 'sources',
  },
  {
    name: 'wrong type',
    answer: json((ds) => { ds.headline_figures[3].value = 'lots'; }),
    texts: ['expected a number or "not_reported", found "lots"'],
    path: 'headline_figures[3].value',
  },
  {
    name: 'missing field',
    answer: json((ds) => { delete ds.institutes[4].name; }),
    texts: ['missing field `name`'],
    path: 'institutes[4]',
  },
  {
    name: 'unknown source id',
    answer: json((ds) => { ds.headline_figures[5].sources[0].source = 'plan2099'; }),
    texts: ['unknown source id "plan2099"'],
    path: 'headline_figures[5].sources[0].source',
  },
  {
    name: 'duplicate id',
    answer: json((ds) => { ds.institutes[6].id = 'mxd'; }),
    texts: ['duplicate id "mxd"'],
    path: 'institutes[6].id',
  },
  {
    name: 'date that is not YYYY-MM',
    answer: json((ds) => { ds.institutes[3].established = '2015'; }),
    texts: ['expected YYYY-MM, found "2015"'],
    path: 'institutes[3].established',
  },
  {
    name: 'bytes that are not UTF-8',
    answer: (() => {
      const text = JSON.stringify(shippedDataset());
      const at = text.indexOf('Manufacturing');
      // Latin-1 "é" (0xE9) inside a name: the browser's text() would show "�" silently.
      const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]);
      return { status: 200, contentType: 'application/json', body: bytes };
    })(),
    texts: ['is not UTF-8'],
  },
  {
    name: 'a record written as a list of its values',
    answer: json((ds) => { ds.benchmarking.study = Object.values(ds.benchmarking.study); }),
    texts: ['expected an object with named fields, found a list'],
    path: 'benchmarking.study',
  },
  {
    name: 'a day its month does not have',
    answer: json((ds) => { ds.sources_checked = '2026-02-31'; }),
    texts: ['2026-02-31 is not a day of the calendar: February 2026 has 28 days'],
    path: 'sources_checked',
  },
];

describe('dataset errors', () => {
  for (const c of CASES) {
    test(`${c.name}: clear message, then Retry recovers`, async () => {
      const p = await openPage(env);
      let broken = true;
      await p.page.route('**/' + DATASET_PATH, (route) => {
        if (!broken) return route.continue();
        return c.abort ? route.abort('failed') : route.fulfill(c.answer);
      });
      await p.page.goto(at(env));
      const alert = p.page.getByRole('alert');
      await alert.getByRole('heading', { name: 'The dataset could not be loaded' }).waitFor();
      const text = await alert.innerText();
      for (const t of c.texts) assert.ok(text.includes(t), `expected "${t}" in:\n${text}`);
      if (c.path) {
        const paths = await alert.locator('.load-error__path').allInnerTexts();
        assert.deepEqual(paths, [c.path]);
      }
      // the page around the error still works
      assert.equal(await p.page.getByRole('heading', { level: 1 }).innerText(), 'Manufacturing USA at a glance');
      assert.equal(await p.page.getByRole('navigation', { name: 'Main' }).count(), 1);

      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
      assert.equal(await p.page.getByRole('alert').count(), 0);
      assert.equal(await p.page.locator('tbody tr').count() >= 17, true);
      await assertClean(assert, p, env, { allowConsole: EXPECTED_CONSOLE });
      await p.context.close();
    });
  }

  test('the error state has no axe-core violations at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const p = await openPage(env, { width });
      await p.page.route('**/' + DATASET_PATH, (route) => route.fulfill(json((ds) => {
        ds.institutes[3].established = '2015';
      })));
      await p.page.goto(at(env));
      await p.page.getByRole('alert').waitFor();
      assert.deepEqual(await axeViolations(p.page), [], `axe on the error state at ${width} px`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });
});
