//! Manufacturing USA Explorer: the app shell and the whole route table.
//! Pages live in `pages/`, shared pieces in `components/`; everything that can be
//! computed without a browser lives in the `explorer-core` crate.

pub mod base;
pub mod components;
pub mod pages;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::dataset::DatasetLoader;
use components::shell::{Banner, Footer, Header, SkipLink};
use pages::{data::DataPage, not_found::NotFound, overview::Overview};

/// The pages in the main navigation, in order: (path below the base, label).
pub const NAV: &[(&str, &str)] = &[("/", "Overview"), ("/data", "Data and sources")];

#[component]
pub fn App() -> impl IntoView {
    let base = base::app_base();
    provide_context(DatasetLoader::start());

    view! {
        <Router base=base>
            <SkipLink/>
            <Banner/>
            <Header/>
            <main id="main-content" class="site-main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Overview/>
                    <Route path=path!("/data") view=DataPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// Replaces the static "loading" note of index.html with the running app.
pub fn start() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    mount_to_body(App);
}
