//! The † mark on text read only in the machine translation of the plan, and the note
//! that explains it once on a page.

use leptos::prelude::*;

use crate::base::href;

/// "†" after text read in machine translation, with a text alternative for screen readers.
pub fn translated_mark(translated: bool) -> Option<impl IntoView> {
    translated.then(|| {
        view! {
            <span class="translated-mark">
                <span aria-hidden="true">"†"</span>
                <span class="visually-hidden">" (read in machine translation)"</span>
            </span>
        }
    })
}

/// What the † mark means, said once on a page.
#[component]
pub fn TranslatedNote() -> impl IntoView {
    view! {
        <p class="note translated-note">
            <span aria-hidden="true">"† "</span>
            "Marked items were read in a machine translation of the 2024 Strategic Plan and "
            "could not be checked against its English wording. "
            <a href=href("/data")>"Data and sources"</a>
            " lists them all."
        </p>
    }
}

/// Where the goal and objective wording of `goals` comes from, in plain words, with a
/// link to the plan itself: shown where a reader first meets that wording.
#[component]
pub fn WordingNotice(
    ds: std::sync::Arc<explorer_core::data::model::Dataset>,
    goals: Vec<String>,
) -> impl IntoView {
    let picked: Vec<&explorer_core::data::model::Goal> = ds
        .plan
        .goals
        .iter()
        .filter(|g| goals.contains(&g.id))
        .collect();
    let plan = ds.source("plan2024");
    let link = plan.and_then(|s| s.url.clone()).map(|url| {
        let title = plan.map(|s| s.title.clone()).unwrap_or_default();
        view! {
            " Read the plan itself for its exact wording: "
            <a href=url rel="noopener">{title}</a>
            "."
        }
    });
    explorer_core::plan::wording_note(&picked).map(|text| {
        view! {
            <p class="alert alert--info wording-notice" data-sources="plan2024 plan2024-abs">
                {text}
                {link}
            </p>
        }
    })
}
