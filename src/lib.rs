//! Manufacturing USA Explorer: the app shell and the whole route table.
//! Pages live in `pages/`, shared pieces in `components/`; everything that can be
//! computed without a browser lives in the `explorer-core` crate.

pub mod base;
pub mod components;
pub mod pages;
pub mod parts;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use components::dataset::{DatasetLoader, Loading};
use components::notices::DataNotices;
use components::shell::{gov_banner, Banner, Footer, Header, SkipLink};
use components::takeover;
use pages::not_found::NotFound;
use parts::route;

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
    // Whether the router is waiting for a page's part of the wasm (src/parts.rs).
    let routing = RwSignal::new(false);

    view! {
        // While the app takes a page over, the shell is built in a task after the one
        // that starts the router (takeover::later), and the page in a task after that
        // (parts.rs): the three had made one of the longest tasks of the start-up.
        <Router base=base set_is_routing=routing>
            {takeover::later(move || view! { <Layout routing/> }.into_any())}
        </Router>
    }
}

/// Whether a path below the base is a chrome-less embed view.
pub fn is_embed_path(path: &str) -> bool {
    path.starts_with("/embed/")
}

/// The shell around every page, left out of embed views, which only show their chart.
#[component]
fn Layout(routing: RwSignal<bool>) -> impl IntoView {
    let pathname = use_location().pathname;
    // Moving to a page whose part is not fetched yet keeps the old page until it is
    // there; after a moment, a note says the new one is on its way.
    let slow = RwSignal::new(false);
    Effect::new(move |_| {
        if routing.get() {
            set_timeout(
                move || slow.set(routing.get_untracked()),
                std::time::Duration::from_millis(ROUTE_WAIT_MS),
            );
        } else {
            slow.set(false);
        }
    });
    let embed = Memo::new(move |_| is_embed_path(base::below_base(&pathname.get())));
    view! {
        // The header and the footer are built in tasks of their own while the app takes a
        // page over (takeover::later): the header alone was about a third of the task
        // that mounts the app.
        <Show when=move || !embed.get()>
            {takeover::later(|| {
                view! {
                    <SkipLink/>
                    {gov_banner().then(|| view! { <Banner/> })}
                    <Header/>
                }
                    .into_any()
            })}
        </Show>
        <main
            id="main-content"
            class=move || if embed.get() { "embed-main" } else { "site-main" }
            class:is-routing=move || slow.get()
            aria-busy=move || slow.get().then_some("true")
            tabindex="-1"
        >
            <Show when=move || slow.get()>
                <div class="loading loading--route" role="status">
                    <span class="loading__spinner" aria-hidden="true"></span>
                    "Loading this page…"
                </div>
            </Show>
            <DataNotices/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=route::overview/>
                <Route path=path!("/institutes") view=route::institutes/>
                <Route path=path!("/institutes/:id") view=route::institute/>
                <Route path=path!("/network") view=route::network/>
                <Route path=path!("/goals") view=route::goals/>
                <Route path=path!("/goals/:id") view=route::goal/>
                <Route path=path!("/agencies") view=route::agencies/>
                <Route path=path!("/communities") view=route::communities/>
                <Route path=path!("/trl") view=route::trl/>
                <Route path=path!("/benchmarking") view=route::benchmarking/>
                <Route path=path!("/data") view=route::data/>
                <Route path=path!("/search") view=route::search/>
                <Route path=path!("/embed/trl") view=route::trl_embed/>
                <Route path=path!("/embed/benchmarking") view=route::benchmarking_embed/>
                <Route path=path!("/embed/institutes") view=route::institutes_embed/>
                <Route path=path!("/embed/communities") view=route::communities_embed/>
                <Route path=path!("/embed/network") view=route::network_embed/>
                <Route path=path!("/timeline") view=route::timeline/>
                <Route path=path!("/embed/timeline") view=route::timeline_embed/>
            </Routes>
        </main>
        <Show when=move || !embed.get()>
            {takeover::later(|| view! { <Footer/> }.into_any())}
        </Show>
    }
}

/// How long a move to another page may wait for its part before a note says so.
const ROUTE_WAIT_MS: u64 = 150;

/// How long the app waits for the dataset before it shows that it is waiting.
const DATASET_WAIT_MS: u64 = 100;

/// Fetches the dataset and the page's part of the wasm (public/loader.js has asked for
/// both already) and replaces the static content of index.html with the running app once
/// both are there: the page is then built and painted once, with its data, instead of
/// painting its loading state first and being built again.
///
/// That static content is either a "loading" note or, in a release build, a copy of the
/// page made when the site was built (scripts/prerender.mjs), marked `data-prerendered`.
/// A dataset that takes longer than `DATASET_WAIT_MS` does not hold a loading note back:
/// the app starts with its loading state. A copy of the page stays, since it is the page,
/// with a note that the dataset is loading; the app replaces it when the dataset is read
/// or has failed, in one task, so the copy and the app are never both shown.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start() {
    let loader = DatasetLoader::listening();
    let prerendered = document()
        .get_element_by_id("boot")
        .is_some_and(|b| b.has_attribute("data-prerendered"));
    // The page's own part of the wasm is fetched beside the dataset (a prepared page has
    // already asked for both); the app mounts only once it is there, so the router builds
    // the page at once instead of leaving it empty while the part arrives.
    let pathname = window().location().pathname().unwrap_or_default();
    let part = parts::for_path(base::below_base(&pathname));
    let boot = std::rc::Rc::new(std::cell::RefCell::new(Boot::default()));
    let step = move |boot: &std::rc::Rc<std::cell::RefCell<Boot>>, change: fn(&mut Boot)| {
        let mut state = boot.borrow_mut();
        change(&mut state);
        let show = state.part && (state.data || (state.waited && !prerendered));
        if show && !state.mounted {
            state.mounted = true;
            drop(state);
            // In a task of its own: reading the dataset and building the page are
            // separate tasks, and the browser may paint or handle input between them.
            // The page's charts and tables are built in tasks of their own after this
            // one (components::takeover); the copy stays on screen until the whole page
            // replaces it.
            set_timeout(
                move || {
                    components::chart_frame::remember_copy_widths();
                    takeover::mount(move || view! { <App loader/> }, || mark("explorer:built"));
                    mark("explorer:mounted");
                },
                std::time::Duration::ZERO,
            );
        } else if prerendered && state.waited && !state.mounted && !state.waiting_shown {
            state.waiting_shown = true;
            show_waiting();
        }
    };
    {
        let boot = boot.clone();
        set_timeout(
            move || step(&boot, |s| s.waited = true),
            std::time::Duration::from_millis(DATASET_WAIT_MS),
        );
    }
    // Leptos's own executor starts with the app, so these first tasks use the browser's.
    {
        let boot = boot.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // After the app's first run, in a task of its own: the part is instantiated
            // as soon as it is asked for when it has already been compiled.
            takeover::next_task().await;
            if let Some(part) = part {
                // A failure shows as the page's error with Retry when the router asks again.
                let _ = part.fetch().await;
            }
            mark("explorer:part");
            step(&boot, |s| s.part = true);
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        loader.load().await;
        mark("explorer:dataset");
        step(&boot, |s| s.data = true);
    });
}

/// A mark in the page's performance timeline, for scripts/bench.mjs's breakdown of the
/// start-up.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// How far the start has come.
#[derive(Default)]
struct Boot {
    /// The page's part of the wasm is fetched (or failed).
    part: bool,
    /// The dataset is read (or failed).
    data: bool,
    /// `DATASET_WAIT_MS` has passed.
    waited: bool,
    waiting_shown: bool,
    mounted: bool,
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
    // Over the window, not in the page's flow: the copy does not move for it.
    slot.set_class_name("waiting-note");
    if main.prepend_with_node_1(&slot).is_ok() {
        leptos::mount::mount_to(slot, Loading).forget();
    }
}
