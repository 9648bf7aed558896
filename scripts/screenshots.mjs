#!/usr/bin/env node
// Screenshots of every page and state at 390 px and 1280 px, for looking at by eye.
//   node scripts/screenshots.mjs [dist-dir] [out-dir]   (the bundle must be built for the E2E_PREFIX path, /a/b/explorer/ by default)

import { mkdirSync } from 'node:fs';
import { at, DATASET_PATH, openPage, openPageWithoutScripts, startAll } from '../tests/e2e/harness.mjs';

const out = process.argv[3] ?? 'target/screenshots';
process.env.E2E_DIST = process.argv[2] ?? process.env.E2E_DIST ?? 'target/e2e-dist';
mkdirSync(out, { recursive: true });

const ONLY = process.env.SHOTS ? new Set(process.env.SHOTS.split(',')) : null;
const SHOTS = [
  { name: 'overview', path: '', ready: 'Key figures' },
  { name: 'overview-dark', path: '', ready: 'Key figures', colorScheme: 'dark' },
  { name: 'not-found', path: 'no/such/page', ready: 'Page not found' },
  { name: 'data', path: 'data', ready: 'Downloads' },
  { name: 'search-rochester', path: 'search?q=Rochester', ready: 'AIM Photonics' },
  { name: 'institutes', path: 'institutes', ready: 'Showing' },
  { name: 'institutes-filtered', path: 'institutes?sponsor=doe&sort=year&map=table', ready: 'Showing', colorScheme: 'dark' },
  { name: 'institute', path: 'institutes/iacmi', ready: 'Success stories in the plan' },
  { name: 'institute-smart-usa', path: 'institutes/chips-digital-twin', ready: 'Success stories in the plan' },
  { name: 'institute-biomade', path: 'institutes/biomade', ready: 'Success stories in the plan' },
  { name: 'institute-ai', path: 'institutes/ai-resilient-mfg', ready: 'Success stories in the plan' },
  { name: 'institutes-terminated', path: 'institutes?status=terminated', ready: 'Showing' },
  { name: 'timeline', path: 'timeline', ready: 'The events' },
  { name: 'timeline-filtered', path: 'timeline?institute=chips-digital-twin&tab=table', ready: 'The events', colorScheme: 'dark' },
  { name: 'embed-timeline', path: 'embed/timeline?sponsor=doc', ready: 'Dated events per year' },
  { name: 'network', path: 'network', ready: 'The network over time' },
  { name: 'institute-unknown', path: 'institutes/nope', ready: 'No institute with this id' },
  { name: 'goals', path: 'goals', ready: 'Goals and objectives' },
  { name: 'goal', path: 'goals/1', ready: 'Goal 1' },
  { name: 'agencies', path: 'agencies', ready: 'Federal partner agencies' },
  { name: 'communities', path: 'communities', ready: 'Showing' },
  { name: 'communities-dark', path: 'communities?by=year&round=2', ready: 'Showing', colorScheme: 'dark' },
  { name: 'trl', path: 'trl', ready: 'The readiness ladder' },
  { name: 'trl-own', path: 'trl', ready: 'The readiness ladder', paste: 'project,institute,start_trl,end_trl\nA,lift,4,6\nB,lift,4,7\nC,arm,3,5\nD,arm,2,4\nE,arm,4,6\nF,arm,5,8\nG,mxd,x,4' },
  { name: 'trl-own-dark', path: 'trl?view=flow', ready: 'The readiness ladder', colorScheme: 'dark', paste: 'start_trl,end_trl\n4,6\n4,7\n3,5\n2,4\n4,6\n5,8' },
  { name: 'benchmarking', path: 'benchmarking', ready: 'Compare programs' },
  { name: 'benchmarking-dark', path: 'benchmarking?kpi=budget', ready: 'Compare programs', colorScheme: 'dark' },
  { name: 'embed-benchmarking', path: 'embed/benchmarking?kpi=patents', ready: 'Patents by program' },
  { name: 'embed-trl', path: 'embed/trl', ready: 'Advancement of Technology Readiness Level' },
  { name: 'embed-institutes', path: 'embed/institutes?chart=map&sponsor=doe', ready: 'Where the institutes have their headquarters' },
  { name: 'data-dark', path: 'data', ready: 'Downloads', colorScheme: 'dark' },
  {
    name: 'error',
    path: '',
    ready: 'The dataset could not be loaded',
    route: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 2, "sources": [{"id": 3}]}' }),
  },
  // The dataset never arrives: the page's prepared copy, with the app's loading note.
  { name: 'loading', path: '', ready: 'Loading the dataset', route: () => new Promise(() => {}), waitForApp: false },
  // Scripts off: the prepared copies made at build time (scripts/prerender.mjs).
  { name: 'static-overview', path: '', ready: 'Key figures', noScript: true },
  { name: 'static-benchmarking', path: 'benchmarking', ready: 'Compare programs', noScript: true },
  { name: 'banner-open', path: '', ready: 'Key figures', click: 'Here’s how you know' },
];

const env = await startAll();
try {
  for (const shot of SHOTS.filter((s) => !ONLY || ONLY.has(s.name))) {
    for (const width of [390, 1280]) {
      const p = shot.noScript
        ? await openPageWithoutScripts(env, { width, height: 844 })
        : await openPage(env, { width, height: 844, colorScheme: shot.colorScheme ?? 'light', waitForApp: shot.waitForApp ?? true });
      if (shot.route) await p.page.route('**/' + DATASET_PATH, shot.route);
      await p.page.goto(at(env, shot.path));
      await p.page.getByText(shot.ready).first().waitFor();
      if (shot.click) await p.page.getByRole('button', { name: shot.click }).click();
      if (shot.paste) {
        await p.page.getByLabel('CSV text').fill(shot.paste);
        await p.page.getByRole('button', { name: 'Analyse' }).click();
        await p.page.locator('#own-summary').waitFor();
        await p.page.locator('#own').scrollIntoViewIfNeeded();
      }
      const file = `${out}/${shot.name}-${width}.png`;
      await p.page.screenshot({ path: file, fullPage: shot.name !== 'loading' });
      console.log(file);
      await p.context.close();
    }
  }
} finally {
  await env.close();
}
