//! Breadcrumbs for detail pages, and the in-page message for an unknown id.

use leptos::prelude::*;

use crate::base::href;

/// `trail`: (path below the base, label) for each level above the current page.
#[component]
pub fn Breadcrumbs(trail: Vec<(&'static str, &'static str)>, current: String) -> impl IntoView {
    let items = trail
        .into_iter()
        .map(|(path, label)| view! { <li class="breadcrumbs__item"><a href=href(path)>{label}</a></li> })
        .collect_view();
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol class="breadcrumbs__list">
                {items}
                <li class="breadcrumbs__item"><span aria-current="page">{current}</span></li>
            </ol>
        </nav>
    }
}

/// "No institute has the id “x”" inside the page, with a way back to the list.
#[component]
pub fn UnknownId(
    what: &'static str,
    id: String,
    back_path: &'static str,
    back_label: &'static str,
) -> impl IntoView {
    view! {
        <div class="alert alert--error unknown-id" role="alert">
            <h2 class="alert__heading">{format!("No {what} with this id")}</h2>
            <p>
                {format!("There is no {what} with the id ")}
                <code>{id}</code>
                " in the dataset. The link may be mistyped or out of date."
            </p>
            <p><a href=href(back_path)>{back_label}</a></p>
        </div>
    }
}
