//! `/goals`: the 2024 Strategic Plan's vision, mission, goals and objectives, and the
//! success stories that illustrate them; `/goals/:id` is in `goal.rs`.

use std::sync::Arc;

use explorer_core::data::model::{self, Dataset, Goal, LinkBasis, Statement};
use explorer_core::{links, plan};
use leptos::prelude::*;

use crate::components::page::page;
use crate::components::translated::{translated_mark, WordingNotice};

use crate::base::href;
use crate::components::source_line::source_line;
use explorer_core::sources::{source_ids, sources_as_of};

mod goal;
pub use goal::GoalPage;

/// A sourced statement: its text, the † mark when translated, and its source line.
#[component]
fn Said(ds: Arc<Dataset>, statement: Statement) -> impl IntoView {
    view! {
        <div class="said" data-sources=source_ids(&statement.sources)>
            <p class="statement">{statement.text.clone()}{translated_mark(statement.translated)}</p>
            {source_line(&ds, &statement.sources)}
        </div>
    }
}

#[component]
pub fn GoalsPage() -> impl IntoView {
    page("Goals and objectives", "Goals and objectives", |ds| {
        view! { <GoalsContent ds/> }.into_any()
    })
}

#[component]
fn GoalsContent(ds: Arc<Dataset>) -> impl IntoView {
    let plan = &ds.plan;
    let objectives: usize = plan.goals.iter().map(|g| g.objectives.len()).sum();
    let intro = format!(
        "The 2024 Strategic Plan of Manufacturing USA sets out a vision, a mission, {} goals \
         and {objectives} objectives. Each goal leads to a page with its objectives, what \
         the plan will do about them, and the success stories that illustrate them.",
        plan.goals.len()
    );
    let goal_cites = model::distinct_sources(plan.goals.iter().flat_map(|g| &g.sources));
    let map = plan
        .goals
        .iter()
        .map(|g| view! { <PlanMapGoal goal=g.clone()/> })
        .collect_view();
    let summaries = plan
        .goals
        .iter()
        .map(|g| view! { <GoalSummary ds=ds.clone() goal=g.clone()/> })
        .collect_view();
    view! {
        <p class="lead" data-sources=source_ids(&goal_cites)>{intro}</p>
        <WordingNotice ds=ds.clone() goals=plan.goals.iter().map(|g| g.id.clone()).collect()/>
        <section aria-labelledby="vision-mission">
            <h2 id="vision-mission">"Vision and mission"</h2>
            <div class="plan-statements">
                <div class="plan-statement">
                    <h3 class="plan-statement__label">"Vision"</h3>
                    <Said ds=ds.clone() statement=plan.vision.clone()/>
                </div>
                <div class="plan-statement">
                    <h3 class="plan-statement__label">"Mission"</h3>
                    <Said ds=ds.clone() statement=plan.mission.clone()/>
                </div>
            </div>
        </section>
        <section aria-labelledby="plan-structure">
            <h2 id="plan-structure">"How the plan is organised"</h2>
            <Said ds=ds.clone() statement=plan.structure.clone()/>
        </section>
        <section aria-labelledby="plan-at-a-glance">
            <h2 id="plan-at-a-glance">"The plan at a glance"</h2>
            <ul class="plan-map">{map}</ul>
        </section>
        <section aria-labelledby="goals-in-brief">
            <h2 id="goals-in-brief">"The goals in brief"</h2>
            <div class="goal-summaries">{summaries}</div>
        </section>
        <PlanPractice ds=ds.clone()/>
    }
}

/// One goal of the whole-plan view: a link to its page and its objectives.
#[component]
fn PlanMapGoal(goal: Goal) -> impl IntoView {
    let objectives = goal
        .objectives
        .iter()
        .map(|o| {
            view! {
                <li class="plan-map__objective" data-objective=o.id.clone()>
                    <span class="plan-map__id">{o.id.clone()}</span>
                    " "
                    <span class="plan-map__text">
                        <span class="plan-map__title">{o.title.clone()}</span>
                        {translated_mark(o.translated)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="plan-map__goal" data-goal=goal.id.clone() data-sources=source_ids(&goal.sources)>
            <h3 class="plan-map__heading">
                <a href=href(&links::goal(&goal.id))>{format!("Goal {}: {}", goal.id, goal.title)}</a>
                {translated_mark(goal.translated)}
            </h3>
            <ul class="plan-map__objectives">{objectives}</ul>
        </li>
    }
}

/// A goal's title, expected outcome and how many stories illustrate it.
#[component]
fn GoalSummary(ds: Arc<Dataset>, goal: Goal) -> impl IntoView {
    let stories = plan::stories_of_goal(&ds, &goal).len();
    let objectives = goal.objectives.len();
    let objectives_text = if objectives == 1 {
        "1 objective".to_string()
    } else {
        format!("{objectives} objectives")
    };
    let outcome = goal.expected_outcome.clone();
    view! {
        <div class="goal-summary" data-goal=goal.id.clone() data-sources=source_ids(&goal.sources)>
            <h3 class="goal-summary__title">
                {format!("Goal {}: {}", goal.id, goal.title)}
                {translated_mark(goal.translated)}
            </h3>
            <p class="goal-summary__outcome">
                <strong>"Expected outcome: "</strong>
                {outcome.text.clone()}
                {translated_mark(outcome.translated)}
            </p>
            {source_line(&ds, &outcome.sources)}
            <p class="goal-summary__counts">
                {format!("{objectives_text}. ")}
                <span class="goal-summary__stories">{plan::stories_count_text(stories)}</span>
            </p>
            <p class="goal-summary__more">
                <a href=href(&links::goal(&goal.id))>{format!("Goal {} in full", goal.id)}</a>
            </p>
        </div>
    }
}

/// How the plan says the program is coordinated and how the plan will be carried out,
/// and the national priority topics it names, each with its source.
#[component]
fn PlanPractice(ds: Arc<Dataset>) -> impl IntoView {
    let said = |list: &[Statement]| {
        list.iter()
            .map(|st| {
                view! {
                    <li data-sources=source_ids(&st.sources) data-as-of=sources_as_of(&ds, &st.sources)>
                        {st.text.clone()}{translated_mark(st.translated)}
                        {source_line(&ds, &st.sources)}
                    </li>
                }
            })
            .collect_view()
    };
    let coordination = said(&ds.plan.coordination);
    let implementation = said(&ds.plan.implementation);
    let topics = &ds.priority_topics;
    let topic_items = topics
        .topics
        .iter()
        .map(|t| {
            let linked: Vec<String> = ds
                .institutes
                .iter()
                .filter_map(|i| {
                    let link = i.topics.iter().find(|l| l.topic == t.id)?;
                    Some(match link.basis {
                        LinkBasis::Stated => i.acronym.clone(),
                        LinkBasis::Editorial => format!("{} (editorial link)", i.acronym),
                    })
                })
                .collect();
            let detail = if linked.is_empty() {
                " — no institute is linked to it in the dataset".to_string()
            } else {
                format!(" — institutes: {}", linked.join(", "))
            };
            view! { <li>{t.name.clone()}<span class="table-note">{detail}</span></li> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="plan-coordination">
            <h2 id="plan-coordination">"How the program is coordinated"</h2>
            <ul class="plain-list statement-list">{coordination}</ul>
        </section>
        <section aria-labelledby="plan-implementation">
            <h2 id="plan-implementation">"Carrying out the plan"</h2>
            <ul class="plain-list statement-list">{implementation}</ul>
        </section>
        <section aria-labelledby="priority-topics" data-sources=source_ids(&topics.sources)>
            <h2 id="priority-topics">"National priority topics"</h2>
            <p>
                {format!("The plan lists these topics from the {}.", topics.origin)}
                {translated_mark(topics.translated)}
                " An editorial link is this explorer’s reading of an institute’s focus, not the plan’s."
            </p>
            <ul class="plain-list">{topic_items}</ul>
            {source_line(&ds, &topics.sources)}
        </section>
    }
}
