// Deployment the way agencies do it: a nested sub-path, embedding in frames on another
// origin (also sandboxed), a second visit with no network, a newer dataset found
// online, a link pinned to an older dataset version, and printing.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { assertClean, at, axeViolations, DATASET_PATH, openPage, PREFIX, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const ROUTES = ['', 'institutes', 'institutes/lift', 'network?metric=members', 'goals', 'goals/3', 'trl', 'benchmarking?kpi=budget', 'agencies', 'communities', 'data', 'embed/benchmarking', 'embed/trl'];

/// Waits until a service worker controls the page and has saved the app.
async function waitForOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  });
}

test('the app is served under a nested sub-path', () => {
  assert.ok(PREFIX.split('/').filter(Boolean).length >= 2, `E2E_PREFIX ${PREFIX} should be nested`);
});

describe('offline', () => {
  test('a second visit with the network off works on every route, downloads included', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await p.page.locator('main h2').first().waitFor();
    await waitForOffline(p.page);
    // Online, a second visit answered from the saved copy says nothing: nothing is wrong.
    await p.page.goto(at(env, 'goals'));
    await p.page.locator('main h1').first().waitFor();
    await p.page.locator('.identifier__as-of').filter({ hasText: 'sources last checked' }).waitFor();
    assert.equal(await p.page.locator('#offline-notice').count(), 0, 'no saved-copy notice while online');
    await p.context.setOffline(true);
    for (const route of ROUTES) {
      await p.page.goto(at(env, route));
      await p.page.locator('main h1, main h2').first().waitFor();
      await p.page.locator('#offline-notice').waitFor();
      assert.match(await p.page.locator('#offline-notice').innerText(), /^You are offline\. This page shows the copy of the dataset saved on this device on \d+ \w+ \d{4}: version [^,]+, released \d+ \w+ \d{4}; sources last checked \d+ \w+ \d{4}\.$/, route);
      assert.match(await p.page.locator('#offline-notice').getAttribute('class'), /\balert\b/, route);
    }
    await p.page.goto(at(env, 'data'));
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.locator('button[data-file="institutes.csv"]').click(),
    ]);
    assert.match(readFileSync(await file.path(), 'utf8'), /^id,acronym,name,status,/);
    const [json] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: 'Download manufacturing-usa.json' }).click(),
    ]);
    assert.ok(readFileSync(await json.path(), 'utf8').includes('"dataset_version"'));
    await assertClean(assert, p, env);
  });

  test('a newer dataset found online is announced and a reload shows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
    cpSync(process.env.E2E_DIST ?? 'dist', dir, { recursive: true });
    const server = await startServer({ root: dir, prefix: PREFIX });
    const local = { server, browser: env.browser };
    try {
      const p = await openPage(local);
      await p.page.goto(server.url + 'data');
      await p.page.locator('#dataset-version').waitFor();
      await waitForOffline(p.page);
      const file = join(dir, DATASET_PATH);
      const ds = JSON.parse(readFileSync(file, 'utf8'));
      const old = ds.dataset_version;
      ds.dataset_version = old + '-test';
      // A new version lists what changed (the checker refuses one that does not).
      ds.changes.unshift({ version: ds.dataset_version, released: ds.released, changes: ['A version made by this test.'] });
      writeFileSync(file, JSON.stringify(ds, null, 2) + '\n');
      await p.page.reload();
      await p.page.locator('#dataset-version').waitFor();
      assert.equal(await p.page.locator('#dataset-version').innerText(), old, 'the saved copy is shown first');
      const notice = p.page.locator('#offline-notice');
      await notice.getByText('A newer version of the dataset is online.').waitFor();
      assert.match(await notice.innerText(), /This page shows the copy of the dataset saved on this device on \d+ \w+ \d{4}: version /);
      await notice.getByRole('button', { name: 'Reload to see it' }).click();
      await p.page.locator('#dataset-version').filter({ hasText: old + '-test' }).waitFor();
      await assertClean(assert, p, local);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pinned dataset versions', () => {
  test('the embed code pins the version; an old pin says so and links to the current view', async () => {
    const ds = JSON.parse(readFileSync(new URL('../../public/' + DATASET_PATH, import.meta.url), 'utf8'));
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking?kpi=patents'));
    const frame = p.page.getByRole('figure', { name: 'Patents by program' });
    await frame.getByText('Embed', { exact: true }).click();
    const code = await frame.getByLabel('Embed code').inputValue();
    assert.match(code, new RegExp(`embed/benchmarking\\?kpi=patents&amp;v=${ds.dataset_version.replace(/\./g, '\\.')}"`));

    await p.page.goto(at(env, `embed/benchmarking?kpi=patents&v=${ds.dataset_version}`));
    await p.page.getByRole('figure', { name: 'Patents by program' }).waitFor();
    assert.equal(await p.page.locator('#pinned-notice').count(), 0);
    assert.equal(await p.page.locator('.query-notes').count(), 0, 'v is not an unknown parameter');

    await p.page.goto(at(env, 'embed/benchmarking?kpi=patents&v=2020.1.0'));
    const notice = p.page.locator('#pinned-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(`made with version 2020\\.1\\.0 .* now shows version ${ds.dataset_version.replace(/\./g, '\\.')}`));
    const link = notice.getByRole('link', { name: 'Show this view with the current data' });
    assert.equal(await link.getAttribute('href'), `${PREFIX}embed/benchmarking?kpi=patents`);
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
  });
});

/// A host page on a second origin (another port and host name) framing the app.
async function hostPage(src, sandbox) {
  const html = `<!doctype html><html lang="en"><head><title>Host page</title></head><body>
<h1>An agency page</h1>
<iframe id="frame" src="${src}" title="Embedded chart" width="600" height="400" style="border:0; display:block" ${sandbox ? `sandbox="${sandbox}"` : ''}></iframe>
<script>
window.__heights = [];
addEventListener('message', (e) => {
  const frame = document.getElementById('frame');
  if (e.source !== frame.contentWindow || !e.data || e.data.type !== 'manufacturing-usa-explorer:height') return;
  window.__heights.push(e.data.height);
  frame.style.height = e.data.height + 'px';
});
</script></body></html>`;
  const server = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(html); });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

describe('embedding in another site', () => {
  for (const sandbox of [null, 'allow-scripts']) {
    test(`an embed view works in a frame on another origin${sandbox ? ' with sandbox="allow-scripts"' : ''} and reports its height`, async () => {
      const host = await hostPage(at(env, 'embed/benchmarking?kpi=budget'), sandbox);
      try {
        const p = await openPage(env, { width: 800 });
        await p.page.goto(host.url);
        const frame = p.page.frameLocator('#frame');
        await frame.getByRole('figure', { name: 'Budget or funding by program' }).waitFor();
        assert.equal(await frame.locator('.gov-banner').count(), 0);
        // The prepared copy is painted first and reports its height; wait for the app to
        // take it over, and for the host to apply the last height it was sent.
        await frame.locator('#boot').waitFor({ state: 'detached' });
        await p.page.waitForFunction(() => window.__heights.length > 0 && window.__heights.at(-1) > 300
          && Math.abs(document.getElementById('frame').getBoundingClientRect().height - window.__heights.at(-1)) <= 1);
        const height = await p.page.evaluate(() => window.__heights.at(-1));
        const box = await p.page.locator('#frame').boundingBox();
        assert.ok(Math.abs(box.height - height) <= 1, `frame resized to ${box.height}, asked ${height}`);
        const inner = p.page.frames().find((f) => f !== p.page.mainFrame());
        assert.deepEqual(await inner.evaluate(() => window.__cspViolations ?? []), [], 'CSP violations in the frame');
        const offOrigin = p.seen.requests.filter((u) => !u.startsWith(env.server.origin + '/') && !u.startsWith(host.url));
        assert.deepEqual(offOrigin, []);
        assert.deepEqual(p.seen.pageErrors, []);
        assert.deepEqual(p.seen.consoleErrors, []);
      } finally {
        await host.close();
      }
    });
  }
});

describe('print', () => {
  test('a chart page prints its chart and source line without navigation or controls', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'benchmarking'));
    const frame = p.page.getByRole('figure', { name: 'Centres or institutes by program' });
    await frame.waitFor();
    await p.page.emulateMedia({ media: 'print' });
    assert.equal(await p.page.locator('.site-nav').isVisible(), false);
    assert.equal(await p.page.locator('.gov-banner').isVisible(), false);
    assert.equal(await frame.locator('.chart__tools').isVisible(), false);
    assert.equal(await frame.locator('.chart__svg svg').isVisible(), true);
    assert.equal(await frame.locator('.source-line').isVisible(), true);
    await assertClean(assert, p, env);
  });
});
