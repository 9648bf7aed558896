//! Manufacturing USA Explorer: the app shell and the whole route table.
//! Pages live in `pages/`, shared pieces in `components/`; everything that can be
//! computed without a browser lives in the `explorer-core` crate.

pub mod base;
pub mod components;
pub mod pages;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use components::dataset::{DatasetLoader, Loading};
use components::notices::DataNotices;
use components::shell::{gov_banner, Banner, Footer, Header, SkipLink};
use pages::agencies::AgenciesPage;
use pages::benchmarking::{BenchmarkingEmbed, BenchmarkingPage};
use pages::communities::{CommunitiesEmbed, CommunitiesPage};
use pages::goals::{GoalPage, GoalsPage};
use pages::institutes::{InstitutePage, InstitutesEmbed, InstitutesPage};
use pages::network::{NetworkEmbed, NetworkPage};
use pages::search::SearchPage;
use pages::trl::{TrlEmbed, TrlPage};
use pages::{data::DataPage, not_found::NotFound, overview::Overview};

/// The pages in the main navigation, in order: (path below the base, label).
pub const NAV: &[(&str, &str)] = &[
    ("/", "Overview"),
    ("/institutes", "Institutes"),
    ("/network", "Over time"),
    ("/goals", "Goals"),
    ("/trl", "Readiness"),
    ("/benchmarking", "Benchmarking"),
    ("/agencies", "Agencies"),
    ("/communities", "Communities"),
    ("/data", "Data"),
];

#[component]
pub fn App(loader: DatasetLoader) -> impl IntoView {
    let base = base::app_base();
    provide_context(loader);

    view! {
        <Router base=base>
            <Layout/>
        </Router>
    }
}

/// Whether a path below the base is a chrome-less embed view.
pub fn is_embed_path(path: &str) -> bool {
    path.starts_with("/embed/")
}

/// The shell around every page, left out of embed views, which only show their chart.
#[component]
fn Layout() -> impl IntoView {
    let pathname = use_location().pathname;
    let embed = Memo::new(move |_| {
        let base = base::app_base();
        let path = pathname.get();
        is_embed_path(path.strip_prefix(base.as_str()).unwrap_or(&path))
    });
    view! {
        <Show when=move || !embed.get()>
            <SkipLink/>
            {gov_banner().then(|| view! { <Banner/> })}
            <Header/>
        </Show>
        <main
            id="main-content"
            class=move || if embed.get() { "embed-main" } else { "site-main" }
            tabindex="-1"
        >
            <DataNotices/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Overview/>
                <Route path=path!("/institutes") view=InstitutesPage/>
                <Route path=path!("/institutes/:id") view=InstitutePage/>
                <Route path=path!("/network") view=NetworkPage/>
                <Route path=path!("/goals") view=GoalsPage/>
                <Route path=path!("/goals/:id") view=GoalPage/>
                <Route path=path!("/agencies") view=AgenciesPage/>
                <Route path=path!("/communities") view=CommunitiesPage/>
                <Route path=path!("/trl") view=TrlPage/>
                <Route path=path!("/benchmarking") view=BenchmarkingPage/>
                <Route path=path!("/data") view=DataPage/>
                <Route path=path!("/search") view=SearchPage/>
                <Route path=path!("/embed/trl") view=TrlEmbed/>
                <Route path=path!("/embed/benchmarking") view=BenchmarkingEmbed/>
                <Route path=path!("/embed/institutes") view=InstitutesEmbed/>
                <Route path=path!("/embed/communities") view=CommunitiesEmbed/>
                <Route path=path!("/embed/network") view=NetworkEmbed/>
            </Routes>
        </main>
        <Show when=move || !embed.get()>
            <Footer/>
        </Show>
    }
}

/// How long the app waits for the dataset before it shows that it is waiting.
const DATASET_WAIT_MS: u64 = 100;

/// Fetches the dataset (index.html has usually preloaded it by now) and replaces the
/// static content of index.html with the running app once it is read: the page is then
/// built and painted once, with its data, instead of painting its loading state first
/// and being built again.
///
/// That static content is either a "loading" note or, in a release build, a copy of the
/// page made when the site was built (scripts/prerender.mjs), marked `data-prerendered`.
/// A dataset that takes longer than `DATASET_WAIT_MS` does not hold a loading note back:
/// the app starts with its loading state. A copy of the page stays, since it is the page,
/// with a note that the dataset is loading; the app replaces it when the dataset is read
/// or has failed, in one task, so the copy and the app are never both shown.
pub fn start() {
    let loader = DatasetLoader::listening();
    let boot = document().get_element_by_id("boot");
    let prerendered = boot
        .as_ref()
        .is_some_and(|b| b.has_attribute("data-prerendered"));
    let mounted = std::rc::Rc::new(std::cell::Cell::new(false));
    let mount = {
        let mounted = mounted.clone();
        move || {
            if !mounted.replace(true) {
                if let Some(boot) = document().get_element_by_id("boot") {
                    boot.remove();
                }
                mount_to_body(move || view! { <App loader/> });
            }
        }
    };
    let waited = {
        let mount = mount.clone();
        move || {
            if !prerendered {
                mount();
            } else if !mounted.get() {
                show_waiting();
            }
        }
    };
    set_timeout(waited, std::time::Duration::from_millis(DATASET_WAIT_MS));
    // Leptos's own executor starts with the app, so this first task uses the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        loader.load().await;
        mount();
    });
}

/// On a prepared copy of the page: the app's own loading note, at the top of the page's
/// main content. It goes with the copy when the app takes over.
fn show_waiting() {
    use leptos::wasm_bindgen::JsCast;
    let doc = document();
    let Some(main) = doc
        .query_selector("#boot main")
        .ok()
        .flatten()
        .or_else(|| doc.get_element_by_id("boot"))
    else {
        return;
    };
    let Some(slot) = doc
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if main.prepend_with_node_1(&slot).is_ok() {
        leptos::mount::mount_to(slot, Loading).forget();
    }
}
