use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::base::href;
use crate::components::page_title::set_page_title;
use crate::NAV;

/// Shown inside the shell for any address that is not a page of the app.
#[component]
pub fn NotFound() -> impl IntoView {
    set_page_title("Page not found");
    let location = use_location();
    let links = NAV
        .iter()
        .map(|(path, label)| view! { <li><a href=href(path)>{*label}</a></li> })
        .collect_view();
    view! {
        <div class="page">
            <h1>"Page not found"</h1>
            <p>
                "There is no page at "
                <code class="not-found__path">{move || location.pathname.get()}</code>
                ". The address may be mistyped, or the page may have moved."
            </p>
            <h2>"Where to go instead"</h2>
            <ul class="link-list">{links}</ul>
        </div>
    }
}
