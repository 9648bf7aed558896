#!/usr/bin/env node
// Screenshots of every page and state at 390 px and 1280 px, for looking at by eye.
//   node scripts/screenshots.mjs [dist-dir] [out-dir]   (the bundle must be built for /explorer/)

import { mkdirSync } from 'node:fs';
import { at, DATASET_PATH, openPage, startAll } from '../tests/e2e/harness.mjs';

const out = process.argv[3] ?? 'target/screenshots';
process.env.E2E_DIST = process.argv[2] ?? process.env.E2E_DIST ?? 'target/e2e-dist';
mkdirSync(out, { recursive: true });

const SHOTS = [
  { name: 'overview', path: '', ready: 'Key figures' },
  { name: 'overview-dark', path: '', ready: 'Key figures', colorScheme: 'dark' },
  { name: 'not-found', path: 'no/such/page', ready: 'Page not found' },
  { name: 'data', path: 'data', ready: 'Downloads' },
  { name: 'data-dark', path: 'data', ready: 'Downloads', colorScheme: 'dark' },
  {
    name: 'error',
    path: '',
    ready: 'The dataset could not be loaded',
    route: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 2, "sources": [{"id": 3}]}' }),
  },
  { name: 'loading', path: '', ready: 'Loading the dataset', route: () => new Promise(() => {}) },
  { name: 'banner-open', path: '', ready: 'Key figures', click: 'Here’s how you know' },
];

const env = await startAll();
try {
  for (const shot of SHOTS) {
    for (const width of [390, 1280]) {
      const p = await openPage(env, { width, height: 844, colorScheme: shot.colorScheme ?? 'light' });
      if (shot.route) await p.page.route('**/' + DATASET_PATH, shot.route);
      await p.page.goto(at(env, shot.path));
      await p.page.getByText(shot.ready).first().waitFor();
      if (shot.click) await p.page.getByRole('button', { name: shot.click }).click();
      const file = `${out}/${shot.name}-${width}.png`;
      await p.page.screenshot({ path: file, fullPage: shot.name !== 'loading' });
      console.log(file);
      await p.context.close();
    }
  }
} finally {
  await env.close();
}
