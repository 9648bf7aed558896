//! Placeholder, replaced by the agencies page.
use leptos::prelude::*;

#[component]
pub fn AgenciesPage() -> impl IntoView {
    view! { <div class="page"><h1>"Federal partner agencies"</h1></div> }
}
