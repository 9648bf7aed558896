// /goals, /goals/:id and /agencies: the plan's goals and objectives with the stories
// that illustrate them, and the federal partner agencies, in headless Chromium.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, at, axeViolations, DATASET_PATH, openPage, PREFIX, shippedDataset, startAll } from './harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

const TITLE_SUFFIX = ' · Manufacturing USA Explorer';
// Statuses are computed from each institute's events as of the date the sources were
// last checked; these are the institutes not established on 7 December 2026.
const NOT_ESTABLISHED = { 'chips-digital-twin': 'Award terminated', 'ai-resilient-mfg': 'Announced', 'chips-semiconductor-institutes': 'Planned' };
const isEstablished = (i) => !(i.id in NOT_ESTABLISHED);
const storiesOfObjective = (ds, id) => ds.stories.filter((s) => s.objectives.some((l) => l.objective === id));
const storiesOfGoal = (ds, goal) => {
  const ids = new Set(goal.objectives.map((o) => o.id));
  return ds.stories.filter((s) => s.objectives.some((l) => ids.has(l.objective)));
};

/// Waits for content that only exists once the dataset has loaded (the h1 is static).
const goalsReady = (page) => page.locator('.plan-map').waitFor();
const agenciesReady = (page) => page.locator('section.agency').first().waitFor();

/// How far the page is wider than the viewport, in pixels.
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('/goals', () => {
  test('a deep link lists every goal and objective, the vision and mission, and story counts', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'goals'));
    await p.page.getByRole('heading', { level: 1, name: 'Goals and objectives' }).waitFor();
    await goalsReady(p.page);
    assert.equal(await p.page.title(), 'Goals and objectives' + TITLE_SUFFIX);
    const ds = shippedDataset();
    assert.equal(ds.plan.goals.length, 4);

    const main = await p.page.locator('main').innerText();
    assert.ok(main.includes(ds.plan.vision.text), 'vision');
    assert.ok(main.includes(ds.plan.mission.text), 'mission');
    assert.ok(main.includes(ds.plan.structure.text), 'structure');
    assert.equal(await p.page.locator('.wording-notice').count(), 1, 'the † mark is explained once, where the wording comes from');
    assert.match(await p.page.locator('.wording-notice').innerText(), /marked †/);

    const goals = p.page.locator('.plan-map > .plan-map__goal');
    assert.equal(await goals.count(), 4);
    for (const [i, g] of ds.plan.goals.entries()) {
      const link = goals.nth(i).locator('.plan-map__heading a');
      assert.equal(await link.innerText(), `Goal ${g.id}: ${g.title}`);
      assert.equal(await link.getAttribute('href'), `${PREFIX}goals/${g.id}`);
    }
    const objectives = ds.plan.goals.flatMap((g) => g.objectives);
    assert.equal(objectives.length, 13);
    assert.deepEqual(await p.page.locator('.plan-map .plan-map__title').allInnerTexts(), objectives.map((o) => o.title));
    assert.deepEqual(await p.page.locator('.plan-map .plan-map__id').allInnerTexts(), objectives.map((o) => o.id));

    for (const g of ds.plan.goals) {
      const summary = p.page.locator(`.goal-summary[data-goal="${g.id}"]`);
      assert.ok((await summary.locator('.goal-summary__outcome').innerText()).includes(g.expected_outcome.text), `goal ${g.id} outcome`);
      const n = storiesOfGoal(ds, g).length;
      const expected = n === 0 ? 'No success story in the dataset illustrates this goal yet.'
        : `Illustrated by ${n} success ${n === 1 ? 'story' : 'stories'}.`;
      assert.equal(await summary.locator('.goal-summary__stories').innerText(), expected, `goal ${g.id} stories`);
    }
    assert.deepEqual(await axeViolations(p.page), []);
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('following a goal link opens the goal page in the same document, and the title follows the goal', async () => {
    const p = await openPage(env);
    const ds = shippedDataset();
    const [g2, g3] = [ds.plan.goals[1], ds.plan.goals[2]];
    await p.page.goto(at(env, 'goals'));
    await goalsReady(p.page);
    await p.page.evaluate(() => { window.__sameDocument = true; });

    await p.page.locator('.plan-map').getByRole('link', { name: `Goal 2: ${g2.title}`, exact: true }).click();
    await p.page.getByRole('heading', { level: 1, name: `Goal 2: ${g2.title}` }).waitFor();
    assert.equal(new URL(p.page.url()).pathname, `${PREFIX}goals/2`);
    assert.equal(await p.page.title(), 'Goal 2' + TITLE_SUFFIX);
    assert.equal(await p.page.evaluate(() => window.__sameDocument), true, 'navigation reloaded the page');

    const crumbs = p.page.getByRole('navigation', { name: 'Breadcrumb' });
    assert.equal(await crumbs.getByRole('link', { name: 'Goals', exact: true }).getAttribute('href'), `${PREFIX}goals`);
    assert.equal(await crumbs.locator('[aria-current="page"]').innerText(), 'Goal 2');
    await p.page.locator(`section.objective[data-objective="${g2.objectives[0].id}"]`).waitFor();
    assert.equal(await p.page.locator('section.objective').count(), g2.objectives.length);

    // the next-goal link changes the route parameter only: heading, title and content follow
    await p.page.getByRole('navigation', { name: 'Other goals' }).getByRole('link', { name: /^Next goal/ }).click();
    await p.page.getByRole('heading', { level: 1, name: `Goal 3: ${g3.title}` }).waitFor();
    assert.equal(new URL(p.page.url()).pathname, `${PREFIX}goals/3`);
    assert.equal(await p.page.title(), 'Goal 3' + TITLE_SUFFIX);
    assert.equal(await crumbs.locator('[aria-current="page"]').innerText(), 'Goal 3');
    await p.page.locator(`section.objective[data-objective="${g3.objectives[0].id}"]`).waitFor();
    assert.equal(await p.page.locator('section.objective').count(), g3.objectives.length);
    assert.equal(await p.page.evaluate(() => window.__sameDocument), true, 'navigation reloaded the page');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('an objective shows its stories with institute, figures and the basis of the link', async () => {
    const p = await openPage(env);
    const ds = shippedDataset();
    const goal = ds.plan.goals.find((g) => g.id === '2');
    await p.page.goto(at(env, 'goals/2'));
    await p.page.locator('section.objective').first().waitFor();

    for (const o of goal.objectives) {
      const section = p.page.locator(`section.objective[data-objective="${o.id}"]`);
      const heading = section.getByRole('heading', { level: 2 });
      assert.equal(await heading.getAttribute('id'), `objective-${o.id.replace('.', '-')}`);
      assert.ok((await heading.innerText()).startsWith(`Objective ${o.id}: ${o.title}`), `heading of ${o.id}`);
      const text = await section.innerText();
      assert.ok(text.includes(o.approach), `approach of ${o.id}`);
      assert.ok(text.includes(o.action), `action of ${o.id}`);

      const expected = storiesOfObjective(ds, o.id);
      const items = section.locator('li.story');
      assert.equal(await items.count(), expected.length, `stories of ${o.id}`);
      if (expected.length === 0) assert.match(text, /No success story in the dataset is linked to this objective/);
      for (const [i, s] of expected.entries()) {
        const item = items.nth(i);
        assert.equal(await item.getAttribute('data-story'), s.id);
        assert.ok((await item.locator('.story__title').innerText()).startsWith(s.title), s.id);
        assert.ok((await item.locator('.story__summary').innerText()).startsWith(s.summary), s.id);
        const institute = ds.institutes.find((inst) => inst.id === s.institute);
        const link = item.locator('a.story__institute');
        assert.equal(await link.getAttribute('href'), `${PREFIX}institutes/${s.institute}`);
        assert.equal(await link.innerText(), institute.acronym);
        const basis = s.objectives.find((l) => l.objective === o.id).basis;
        assert.equal(
          await item.locator('.story__basis').innerText(),
          basis === 'stated' ? 'Link stated in the plan.' : 'Editorial link: the plan does not state it.',
          `basis of ${s.id} under ${o.id}`,
        );
        const figures = item.locator('.figure-list__item');
        assert.equal(await figures.count(), (s.figures ?? []).length, `figures of ${s.id}`);
        for (const [k, f] of (s.figures ?? []).entries()) {
          assert.equal(await figures.nth(k).locator('.figure-list__label').innerText(), f.label);
          assert.ok((await figures.nth(k).innerText()).includes(f.period), `period of ${f.id}`);
        }
      }
    }
    // a story stated in the plan is marked so (objective 1.1 has two)
    await p.page.goto(at(env, 'goals/1'));
    const stated = p.page.locator('section.objective[data-objective="1.1"] li.story[data-story="iacmi-wind-blade-cost"]');
    await stated.waitFor();
    assert.equal(await stated.locator('.story__basis').innerText(), 'Link stated in the plan.');

    // the institutes that illustrate the goal, each once, linked to their pages
    await p.page.goto(at(env, 'goals/2'));
    const institutes = p.page.getByRole('region', { name: 'Institutes that illustrate this goal' });
    await institutes.waitFor();
    const ids = [...new Set(storiesOfGoal(ds, goal).map((s) => s.institute))];
    const hrefs = await institutes.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ids.map((id) => `${PREFIX}institutes/${id}`));
    assert.deepEqual(await axeViolations(p.page), [], 'axe on /goals/2');
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('an unknown goal id says so inside the page, with a way back', async () => {
    for (const id of ['9', 'abc']) {
      const p = await openPage(env);
      await p.page.goto(at(env, `goals/${id}`));
      await p.page.getByRole('heading', { level: 1, name: 'Goal not found' }).waitFor();
      assert.equal(await p.page.title(), 'Goal not found' + TITLE_SUFFIX);
      const alert = p.page.getByRole('alert');
      assert.match(await alert.innerText(), new RegExp(`There is no goal with the id ${id} in the dataset`));
      const back = alert.getByRole('link', { name: 'All goals and objectives' });
      assert.equal(await back.getAttribute('href'), `${PREFIX}goals`);
      assert.equal(await p.page.getByRole('banner').count(), 1, 'site header');
      assert.equal(await p.page.getByRole('navigation', { name: 'Main' }).count(), 1, 'site navigation');
      assert.equal(await p.page.getByRole('contentinfo').count(), 1, 'footer');
      assert.equal(await p.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Goals' }).count(), 1);
      if (id === '9') assert.deepEqual(await axeViolations(p.page), [], 'axe on /goals/9');

      await back.click();
      await p.page.getByRole('heading', { level: 1, name: 'Goals and objectives' }).waitFor();
      await goalsReady(p.page);
      assert.equal(new URL(p.page.url()).pathname, `${PREFIX}goals`);
      assert.equal(await p.page.title(), 'Goals and objectives' + TITLE_SUFFIX);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });

  test('dataset text is rendered as text, never as markup', async () => {
    const p = await openPage(env);
    const ds = shippedDataset();
    const title = 'Goal <b>bold</b> & <script>alert(1)</script>';
    ds.plan.goals[0].title = title;
    const story = ds.stories.find((s) => s.objectives.some((l) => l.objective === '1.1'));
    story.title = 'Story <img src=x> & co';
    await p.page.route('**/' + DATASET_PATH, (route) => route.fulfill({ json: ds }));
    await p.page.goto(at(env, 'goals/1'));
    await p.page.getByRole('heading', { level: 1, name: `Goal 1: ${title}` }).waitFor();
    assert.equal(await p.page.locator('main b, main script, main img').count(), 0);
    assert.ok((await p.page.locator(`li.story[data-story="${story.id}"] .story__title`).first().innerText()).startsWith(story.title));
    await assertClean(assert, p, env);
    await p.context.close();
  });
});

describe('/agencies', () => {
  test('lists sponsors then participants, with summaries, figures and sponsored institutes', async () => {
    const p = await openPage(env);
    await p.page.goto(at(env, 'agencies'));
    await p.page.getByRole('heading', { level: 1, name: 'Federal partner agencies' }).waitFor();
    await agenciesReady(p.page);
    assert.equal(await p.page.title(), 'Federal partner agencies' + TITLE_SUFFIX);
    const ds = shippedDataset();
    const sponsors = ds.agencies.filter((a) => a.role === 'sponsor');
    const participants = ds.agencies.filter((a) => a.role === 'participant');
    const ordered = [...sponsors, ...participants];
    assert.equal(ordered.length, 9);
    assert.match(
      await p.page.locator('#agencies-intro').innerText(),
      new RegExp(`${ordered.length} federal partner agencies: ${sponsors.length} sponsors and ${participants.length} participants\\.`),
    );

    const sections = p.page.locator('section.agency');
    assert.equal(await sections.count(), 9);
    for (const [i, a] of ordered.entries()) {
      const section = sections.nth(i);
      assert.equal(await section.getAttribute('data-agency'), a.id);
      assert.equal(await section.getByRole('heading', { level: 2 }).innerText(), `${a.name} (${a.acronym})`);
      assert.equal(await section.locator('.agency__role').innerText(), a.role === 'sponsor' ? 'Sponsor' : 'Participant');
      const text = await section.innerText();
      if (a.sponsoring_office) assert.ok(text.includes(a.sponsoring_office), `office of ${a.id}`);
      assert.ok((await section.locator('.agency__summary').innerText()).startsWith(a.summary), `summary of ${a.id}`);
      const figures = section.locator('.figure-list__item');
      assert.equal(await figures.count(), (a.figures ?? []).length, `figures of ${a.id}`);
      for (const [k, f] of (a.figures ?? []).entries()) {
        assert.equal(await figures.nth(k).locator('.figure-list__label').innerText(), f.label);
        assert.ok((await figures.nth(k).innerText()).includes(f.period), `period of ${f.id}`);
      }
      assert.match(await section.locator('.source-line').first().innerText(), /^Sources?: /);
      if (a.role === 'participant') assert.equal(await section.locator('.institute-links').count(), 0, `${a.id} sponsors nothing`);
    }

    // DoD lists its 9 established institutes, each linked to its page
    const dodInstitutes = ds.institutes.filter((i) => i.sponsor === 'DoD' && isEstablished(i));
    assert.equal(dodInstitutes.length, 9);
    const links = p.page.locator('#agency-dod .institute-links--established a');
    assert.equal(await links.count(), 9);
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), dodInstitutes.map((i) => `${PREFIX}institutes/${i.id}`));
    assert.deepEqual(await links.allInnerTexts(), dodInstitutes.map((i) => i.acronym));

    // announced and planned institutes are listed with their status, not as established
    for (const a of sponsors) {
      const pending = ds.institutes.filter((i) => i.sponsor.toLowerCase() === a.id && !isEstablished(i));
      const items = p.page.locator(`#agency-${a.id} .institute-links--pending > li`);
      assert.equal(await items.count(), pending.length, `pending institutes of ${a.id}`);
      for (const [k, inst] of pending.entries()) {
        assert.equal(await items.nth(k).locator('.status-tag').innerText(), NOT_ESTABLISHED[inst.id]);
        assert.ok((await items.nth(k).innerText()).startsWith(inst.name), inst.id);
      }
    }

    const table = p.page.getByRole('table', { name: /Federal partner agencies, their role/ });
    assert.equal(await table.locator('tbody tr').count(), 9);
    for (const a of sponsors) {
      const n = ds.institutes.filter((i) => i.sponsor.toLowerCase() === a.id && isEstablished(i)).length;
      const cell = await table.locator(`tbody tr[data-agency="${a.id}"] td.num`).innerText();
      assert.ok(cell.startsWith(String(n)), `${a.id}: ${cell}`);
    }
    await assertClean(assert, p, env);
    await p.context.close();
  });

  test('has no axe-core violations at 390 px and 1280 px, in light and dark mode', async () => {
    for (const [colorScheme, width] of [['light', 390], ['light', 1280], ['dark', 390], ['dark', 1280]]) {
      const p = await openPage(env, { colorScheme, width });
      await p.page.goto(at(env, 'agencies'));
      await agenciesReady(p.page);
      assert.deepEqual(await axeViolations(p.page), [], `axe on /agencies (${colorScheme}, ${width} px)`);
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });
});

describe('goals and agencies on a phone', () => {
  test('fit a 320 px screen without horizontal page scrolling, in dark mode too', async () => {
    for (const [path, ready] of [['goals', goalsReady], ['goals/2', (page) => page.locator('section.objective').first().waitFor()], ['agencies', agenciesReady]]) {
      const p = await openPage(env, { width: 320, height: 640, colorScheme: 'dark' });
      await p.page.goto(at(env, path));
      await ready(p.page);
      assert.equal(await overflow(p.page), 0, `/${path} is wider than the viewport`);
      if (path === 'goals') assert.deepEqual(await axeViolations(p.page), [], 'axe on /goals (dark, 320 px)');
      await assertClean(assert, p, env);
      await p.context.close();
    }
  });
});
