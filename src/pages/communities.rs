//! Placeholder, replaced by the communities page.
use leptos::prelude::*;

#[component]
pub fn CommunitiesPage() -> impl IntoView {
    view! { <div class="page"><h1>"Manufacturing communities"</h1></div> }
}
