// The wasm in parts (src/parts.rs, scripts/build-wasm): a page's first load fetches the
// main module and the parts its prepared copy names, each once and nothing more; another
// page's part comes when the visitor moves there; a part that cannot be fetched gives a
// clear message with Retry, and the rest of the app keeps working.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, openPage, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

/// The wasm files a page asked for, by name, with how often each was requested.
const wasmRequests = (seen) => {
  const counts = {};
  for (const url of seen.requests) {
    const name = new URL(url).pathname.match(/\/app-[0-9a-f]{16}\/([^/]+\.wasm)$/)?.[1];
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
};

/// Waits until the app runs and the page's controls work.
const running = (page) => page.waitForFunction(() => !document.getElementById('boot')
  && document.querySelector('#main-content h1, #main-content h2'));

describe('parts of the wasm', () => {
  test('a cold load fetches the main module and the parts its page names, each once, and no other', async () => {
    for (const route of ['', 'institutes', 'benchmarking', 'trl', 'institutes/lift', 'embed/network']) {
      const p = await openPage(env);
      await p.page.goto(at(env, route));
      await running(p.page);
      // Anything started late (a part fetched by the router after the mount) has come by now.
      await p.page.waitForTimeout(300);
      const named = await p.page.evaluate(() => (document.querySelector('script[data-app]').dataset.parts ?? '').split(' ').filter(Boolean));
      assert.ok(named.some((n) => n.startsWith('split_')), `/${route} names its own part`);
      const fetched = wasmRequests(p.seen);
      assert.deepEqual(Object.keys(fetched).sort(), ['main_bg.wasm', ...named].sort(), `/${route}: the wasm fetched is the main module and the named parts`);
      assert.deepEqual(Object.entries(fetched).filter(([, n]) => n > 1), [], `/${route}: no file fetched twice`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('moving to another page fetches its part then, and the page works', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env));
    await running(p.page);
    const before = wasmRequests(p.seen);
    assert.ok(!Object.keys(before).some((n) => n === 'split_tools.wasm'), 'the overview does not fetch the tools');
    await p.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Readiness' }).click();
    await p.page.locator('main h1').filter({ hasText: /readiness/i }).waitFor();
    const after = wasmRequests(p.seen);
    assert.equal(after['split_tools.wasm'], 1, 'the Readiness page fetched its part');
    assert.equal(after['main_bg.wasm'], 1, 'the main module was not fetched again');
    // The page runs: its list of projects not yet placed is drawn.
    await p.page.locator('#trl-not-placed').waitFor();
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('a part that cannot be fetched shows the error with Retry, and Retry loads the page', async () => {
    // (Without the service worker, which would answer from the parts it saved.)
    const p = await openPage(env, { serviceWorkers: 'block' });
    let block = true;
    await p.page.route(/\/split_tools\.wasm$/, (route) => (block ? route.abort('failed') : route.continue()));
    await p.page.goto(at(env));
    await running(p.page);
    await p.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
    const alert = p.page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be fetched/);
    // The rest of the app still works: the header search and another page.
    await p.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await p.page.locator('main h1').filter({ hasText: /goals/i }).waitFor();
    await p.page.goBack();
    await alert.waitFor();
    block = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await p.page.waitForURL(/\/data$/);
    await p.page.locator('main h1').filter({ hasText: /data/i }).waitFor();
    assert.equal(await p.page.getByText('This page could not be loaded').count(), 0, 'the error is gone after Retry');
    assert.deepEqual(p.seen.pageErrors, [], 'no uncaught error, no trap');
    await p.context.close();
  });

  test('a deep link whose part cannot be fetched shows the error instead of the page', async () => {
    const p = await openPage(env, { serviceWorkers: 'block' });
    await p.page.route(/\/split_tools\.wasm$/, (route) => route.abort('failed'));
    await p.page.goto(at(env, 'trl'));
    await p.page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).waitFor();
    assert.equal(await p.page.locator('#boot').count(), 0, 'the copy was replaced by the message');
    assert.deepEqual(p.seen.pageErrors, [], 'no uncaught error, no trap');
    await p.context.close();
  });
});
