//! Placeholder, replaced by the institutes pages.
use leptos::prelude::*;

#[component]
pub fn InstitutesPage() -> impl IntoView {
    view! { <div class="page"><h1>"Institutes"</h1></div> }
}

#[component]
pub fn InstitutePage() -> impl IntoView {
    view! { <div class="page"><h1>"Institute"</h1></div> }
}
