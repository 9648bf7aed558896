//! `/goals/:id`: one goal of the 2024 Strategic Plan, its objectives, what the plan will do
//! about them, the success stories that illustrate them and the institutes behind those
//! stories.

use super::Said;
use crate::base::href;
use crate::components::breadcrumbs::{Breadcrumbs, UnknownId};
use crate::components::dataset::{use_dataset, with_dataset};
use crate::components::figure_item::FigureItem;
use crate::components::page_title::set_page_title;
use crate::components::source_line::source_line;
use crate::components::translated::{translated_mark, WordingNotice};
use explorer_core::data::model::{Dataset, Goal, LinkBasis, Objective, Story};
use explorer_core::sources::source_ids;
use explorer_core::{links, plan};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn GoalPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")));
    let loader = use_dataset();
    // Breadcrumbs, heading and document title follow the route parameter and the
    // dataset, so they change when the reader goes from one goal to another.
    let head = move || {
        // No id: the route is being left; keep whatever title the next page sets.
        let id = id.get()?;
        let found = loader.ready().map(|ds| {
            ds.goal(&id)
                .map(|g| (g.id.clone(), g.title.clone(), g.translated))
        });
        let (current, heading) = match found {
            Some(Some((n, title, translated))) => (
                format!("Goal {n}"),
                view! { {format!("Goal {n}: {title}")}{translated_mark(translated)} }.into_any(),
            ),
            Some(None) => (
                "Goal not found".to_string(),
                view! { "Goal not found" }.into_any(),
            ),
            // Still loading, or the dataset failed: the id is all there is.
            None => (
                format!("Goal {id}"),
                view! { {format!("Goal {id}")} }.into_any(),
            ),
        };
        set_page_title(&current);
        Some(view! {
            <Breadcrumbs trail=vec![("/goals", "Goals")] current/>
            <h1 data-not-figure="the plan's numbering of its goals">{heading}</h1>
        })
    };
    let body = move || {
        id.get()
            .map(|id| with_dataset(move |ds| view! { <GoalContent ds id=id.clone()/> }.into_any()))
    };
    view! { <div class="page goal-page">{head}{body}</div> }
}

#[component]
pub(super) fn GoalContent(ds: Arc<Dataset>, id: String) -> impl IntoView {
    let Some(goal) = ds.goal(&id).cloned() else {
        return view! {
            <UnknownId what="goal" id back_path="/goals" back_label="All goals and objectives"/>
        }
        .into_any();
    };
    let goals = &ds.plan.goals;
    let position = goals.iter().position(|g| g.id == goal.id);
    let previous = position
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| goals.get(i))
        .cloned();
    let next = position.and_then(|i| goals.get(i + 1)).cloned();
    let objectives = goal
        .objectives
        .iter()
        .map(|o| view! { <ObjectiveSection ds=ds.clone() objective=o.clone()/> })
        .collect_view();
    let context = goal.context.clone().map(|c| {
        view! {
            <section aria-labelledby="goal-context">
                <h2 id="goal-context">"Context"</h2>
                <Said ds=ds.clone() statement=c/>
            </section>
        }
    });
    view! {
        <WordingNotice ds=ds.clone() goals=vec![goal.id.clone()]/>
        <p class="note goal-page__title-note" data-sources=source_ids(&goal.sources)>
            <strong>"About this title: "</strong>
            {goal.title_note.clone()}
        </p>
        {source_line(&ds, &goal.sources)}
        <section aria-labelledby="goal-outcome">
            <h2 id="goal-outcome">"Expected outcome"</h2>
            <Said ds=ds.clone() statement=goal.expected_outcome.clone()/>
        </section>
        {context}
        {objectives}
        <GoalInstitutes ds=ds.clone() goal=goal.clone()/>
        <GoalPager previous next/>
    }
    .into_any()
}

/// One objective: what the plan will do, and the stories that illustrate it.
#[component]
pub(super) fn ObjectiveSection(ds: Arc<Dataset>, objective: Objective) -> impl IntoView {
    let anchor = links::objective_anchor(&objective.id);
    let labelled_by = anchor.clone();
    let stories = plan::stories_for(&ds, &objective.id);
    let illustrated = if stories.is_empty() {
        view! {
            <p class="note story-list__empty">
                "No success story in the dataset is linked to this objective."
            </p>
        }
        .into_any()
    } else {
        let items = stories
            .into_iter()
            .map(|(story, basis)| view! { <StoryItem ds=ds.clone() story basis/> })
            .collect_view();
        view! { <ul class="story-list">{items}</ul> }.into_any()
    };
    let note = objective.note.clone().map(|n| {
        view! {
            <div>
                <dt>"Note"</dt>
                <dd>{n}</dd>
            </div>
        }
    });
    view! {
        <section class="objective" aria-labelledby=labelled_by data-objective=objective.id.clone() data-sources=source_ids(&objective.sources)>
            <h2 id=anchor class="objective__title">
                {format!("Objective {}: {}", objective.id, objective.title)}
                {translated_mark(objective.translated)}
            </h2>
            <dl class="objective__plan">
                <div>
                    <dt>"Approach"</dt>
                    <dd>{objective.approach.clone()}{translated_mark(objective.translated)}</dd>
                </div>
                <div>
                    <dt>"Action"</dt>
                    <dd>{objective.action.clone()}{translated_mark(objective.translated)}</dd>
                </div>
                {note}
            </dl>
            {source_line(&ds, &objective.sources)}
            <h3 class="objective__stories-title">"Illustrated by"</h3>
            {illustrated}
        </section>
    }
}

/// A success story under an objective, with its institute and how the link is known.
#[component]
pub(super) fn StoryItem(ds: Arc<Dataset>, story: Story, basis: LinkBasis) -> impl IntoView {
    let institute = match ds.institute(&story.institute) {
        Some(i) => view! {
            <a class="story__institute" href=href(&links::institute(&i.id))>{i.acronym.clone()}</a>
        }
        .into_any(),
        None => {
            view! { <span class="story__institute">{story.institute.clone()}</span> }.into_any()
        }
    };
    let (basis_class, basis_text) = match basis {
        LinkBasis::Stated => (
            "story__basis story__basis--stated",
            "Link stated in the plan.",
        ),
        LinkBasis::Editorial => (
            "story__basis story__basis--editorial",
            "Editorial link: the plan does not state it.",
        ),
    };
    let partners = (!story.partners.is_empty()).then(|| {
        view! {
            <p class="story__partners">
                <strong>"Partners: "</strong>
                {story.partners.join(", ")}
            </p>
        }
    });
    let figures = (!story.figures.is_empty()).then(|| {
        let items = story
            .figures
            .iter()
            .map(|f| view! { <FigureItem ds=ds.clone() figure=f.clone()/> })
            .collect_view();
        view! { <ul class="figure-list story__figures">{items}</ul> }
    });
    view! {
        <li class="story" data-story=story.id.clone() data-sources=source_ids(&story.sources)>
            <h4 class="story__title">{story.title.clone()}{translated_mark(story.translated)}</h4>
            <p class="story__meta">
                <span class="story__by">"Institute: " {institute}</span>
                <span class=basis_class>{basis_text}</span>
            </p>
            <p class="story__summary">{story.summary.clone()}{translated_mark(story.translated)}</p>
            {partners}
            {figures}
            {source_line(&ds, &story.sources)}
        </li>
    }
}

/// The institutes whose stories illustrate a goal, each once.
#[component]
pub(super) fn GoalInstitutes(ds: Arc<Dataset>, goal: Goal) -> impl IntoView {
    let mut ids: Vec<String> = Vec::new();
    for s in plan::stories_of_goal(&ds, &goal) {
        if !ids.contains(&s.institute) {
            ids.push(s.institute.clone());
        }
    }
    let content = if ids.is_empty() {
        view! {
            <p class="note">"No success story in the dataset is linked to this goal yet."</p>
        }
        .into_any()
    } else {
        let items = ids
            .iter()
            .map(|id| match ds.institute(id) {
                Some(i) => view! {
                    <li>
                        <a href=href(&links::institute(&i.id))>{i.acronym.clone()}</a>
                        <span class="institute-links__name">{format!(" — {}", i.name)}</span>
                    </li>
                }
                .into_any(),
                None => view! { <li>{id.clone()}</li> }.into_any(),
            })
            .collect_view();
        view! { <ul class="institute-links">{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="goal-institutes">
            <h2 id="goal-institutes">"Institutes that illustrate this goal"</h2>
            {content}
        </section>
    }
}

/// Links to the goals before and after this one.
#[component]
pub(super) fn GoalPager(previous: Option<Goal>, next: Option<Goal>) -> impl IntoView {
    let link = |g: Goal, rel: &'static str, label: &'static str, class: &'static str| {
        view! {
            <li class=class>
                <a href=href(&links::goal(&g.id)) rel=rel>
                    <span class="pager__label">{label}</span>
                    " "
                    <span class="pager__goal">{format!("Goal {}: {}", g.id, g.title)}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="pager" aria-label="Other goals">
            <ul class="pager__list">
                {previous.map(|g| link(g, "prev", "Previous goal", "pager__item pager__item--previous"))}
                {next.map(|g| link(g, "next", "Next goal", "pager__item pager__item--next"))}
                <li class="pager__item pager__item--all">
                    <a href=href("/goals")>"All goals and objectives"</a>
                </li>
            </ul>
        </nav>
    }
}
