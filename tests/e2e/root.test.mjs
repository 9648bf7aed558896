// The same app built for the root of a site: deep links, navigation and the dataset,
// and, in a frame sandboxed with allow-scripts only, a full page whose downloads say
// why they cannot run.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';
import { assertClean, axeViolations, openPage, startAll } from './harness.mjs';

let env;
let root;
before(async () => {
  env = await startAll();
  root = await startServer({ root: process.env.E2E_ROOT_DIST ?? 'target/e2e-root', prefix: '/' });
});
after(async () => { await root?.close(); await env?.close(); });

test('served from the root, deep links and navigation work', async () => {
  const local = { server: root, browser: env.browser };
  const p = await openPage(local);
  await p.page.goto(root.url + 'institutes/mxd');
  await p.page.getByRole('heading', { level: 1, name: 'MxD' }).waitFor();
  assert.equal(await p.page.locator('base').getAttribute('href'), '/');
  await p.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  await p.page.locator('#dataset-version').waitFor();
  assert.equal(new URL(p.page.url()).pathname, '/data');
  await assertClean(assert, p, local);
});

// scripts/test builds this bundle with EXPLORER_GOV_BANNER=1, as an agency hosting it on
// its own .gov domain would: the standard banner is shown and works by keyboard.
test('a build with the banner switch on shows the official-site banner', async () => {
  const local = { server: root, browser: env.browser };
  const p = await openPage(local);
  await p.page.goto(root.url);
  await p.page.getByRole('heading', { name: 'Key figures' }).waitFor();
  const banner = p.page.getByRole('region', { name: 'Official website of the United States government' });
  const button = banner.getByRole('button', { name: 'Here’s how you know' });
  const content = p.page.locator('#gov-banner-content');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await content.isVisible(), false);
  await button.focus();
  await p.page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await content.getByText('Official websites use .gov').waitFor();
  assert.equal(await content.getByText('Secure .gov websites use HTTPS').isVisible(), true);
  assert.deepEqual(await axeViolations(p.page), [], 'axe with the banner open');
  await p.page.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await assertClean(assert, p, local);
});

test('a full page in a sandboxed frame loads, and a download explains why it cannot run', async () => {
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<iframe id="f" src="${env.server.url}data" title="Data" width="900" height="700" sandbox="allow-scripts"></iframe></body></html>`;
  const host = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(html); });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  try {
    const p = await openPage(env);
    await p.page.goto(`http://localhost:${host.address().port}/`);
    const frame = p.page.frameLocator('#f');
    await frame.locator('#dataset-version').waitFor();
    await frame.locator('button[data-file="institutes.csv"]').click();
    await frame.locator('.download-status').filter({ hasText: 'does not allow downloads' }).waitFor();
    assert.deepEqual(p.seen.pageErrors, []);
    assert.deepEqual(p.seen.consoleErrors, []);
  } finally {
    await new Promise((ok) => host.close(ok));
  }
});
