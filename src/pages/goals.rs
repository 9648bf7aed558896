//! Placeholder, replaced by the goals pages.
use leptos::prelude::*;

#[component]
pub fn GoalsPage() -> impl IntoView {
    view! { <div class="page"><h1>"Goals and objectives"</h1></div> }
}

#[component]
pub fn GoalPage() -> impl IntoView {
    view! { <div class="page"><h1>"Goal"</h1></div> }
}
