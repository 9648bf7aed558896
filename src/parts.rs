//! The pages, each in its own part of the wasm, fetched when a route first needs it.
//!
//! The main module holds the shell, the router, the dataset reader and the pages with no
//! code of their own (not found); every other page's code sits behind a split point
//! (`#[wasm_split]`), which `scripts/build-wasm` cuts into its own `.wasm` file. Code that
//! several parts use (charts, tables, downloads) goes into shared chunks, fetched with the
//! first part that needs them. A prepared page preloads the parts of its own route
//! (scripts/prerender.mjs), and `start` (lib.rs) waits for them with the dataset, so a
//! page is taken over in one piece; moving to another page fetches its part then.
//!
//! A part that cannot be fetched (offline before it was saved, or gone after a new
//! deploy) gives a clear message with Retry instead of the page: the split points are
//! `fallible`, so a failed fetch is an `Err` here, never a trap.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::ChooseView;

use crate::components::takeover;
use crate::pages;

type Loading<T> = Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

/// One route's view, built by code in a part of the wasm that is fetched on first use.
#[derive(Clone, Copy)]
pub struct Part {
    view: fn() -> Loading<AnyView>,
    preload: fn() -> Loading<()>,
}

impl ChooseView for Part {
    async fn choose(self) -> AnyView {
        // During the takeover the page is built in a task after the one that mounts the
        // app (the router and the shell), not in the same one.
        let held = takeover::hold();
        if held.is_some() {
            takeover::next_task().await;
        }
        match (self.view)().await {
            Ok(view) => view,
            Err(_) => view! { <PartFailed/> }.into_any(),
        }
    }

    async fn preload(&self) {
        // A failure shows when the route is chosen.
        let _ = (self.preload)().await;
    }
}

impl Part {
    /// Fetches this part (and the chunks it uses) without building anything.
    pub async fn fetch(self) -> Result<(), SplitLoaderError> {
        (self.preload)().await
    }
}

/// Shown in place of a page whose part could not be fetched.
#[component]
fn PartFailed() -> impl IntoView {
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <section class="alert alert--error load-error" role="alert" aria-labelledby="part-error-title">
            <h2 id="part-error-title" class="alert__heading">"This page could not be loaded"</h2>
            <p>
                "Part of the explorer that this page needs could not be fetched. You may be "
                "offline and have not opened this page before, or the site may have been "
                "updated since this page was opened."
            </p>
            <p>"Check the connection and retry. The other pages you have opened keep working."</p>
            <button type="button" class="button" on:click=reload>"Retry"</button>
        </section>
    }
}

/// Declares each route's split point (in the part named first) and its preload.
macro_rules! parts {
    ($( $module:ident { $( $name:ident, $preload:ident => $page:ident :: $component:ident; )+ } )+) => {
        $( $(
            #[wasm_split($module, fallible, preload($preload), wasm_split_path = ::leptos::wasm_split)]
            fn $name() -> Result<AnyView, SplitLoaderError> {
                Ok(view! { <pages::$page::$component/> }.into_any())
            }
        )+ )+

        /// Each route's part.
        pub mod route {
            use super::*;
            $( $(
                #[allow(non_upper_case_globals)]
                pub const $name: Part = Part {
                    view: || Box::pin(super::$name()),
                    preload: || Box::pin(super::$preload()),
                };
            )+ )+
        }
    };
}

parts! {
    overview {
        overview, preload_overview => overview::Overview;
    }
    reference {
        goals, preload_goals => goals::GoalsPage;
        goal, preload_goal => goals::GoalPage;
        agencies, preload_agencies => agencies::AgenciesPage;
        communities, preload_communities => communities::CommunitiesPage;
        communities_embed, preload_communities_embed => communities::CommunitiesEmbed;
        search, preload_search => search::SearchPage;
    }
    institutes {
        institutes, preload_institutes => institutes::InstitutesPage;
        institute, preload_institute => institutes::InstitutePage;
        institutes_embed, preload_institutes_embed => institutes::InstitutesEmbed;
        network, preload_network => network::NetworkPage;
        network_embed, preload_network_embed => network::NetworkEmbed;
    }
    timeline {
        timeline, preload_timeline => timeline::TimelinePage;
        timeline_embed, preload_timeline_embed => timeline::TimelineEmbed;
    }
    benchmarking {
        benchmarking, preload_benchmarking => benchmarking::BenchmarkingPage;
        benchmarking_embed, preload_benchmarking_embed => benchmarking::BenchmarkingEmbed;
    }
    tools {
        trl, preload_trl => trl::TrlPage;
        trl_embed, preload_trl_embed => trl::TrlEmbed;
        data, preload_data => data::DataPage;
    }
}

/// The part a path below the base needs, if any (the not-found page is in the main
/// module). Mirrors the route table in lib.rs.
pub fn for_path(path: &str) -> Option<Part> {
    let path = path.trim_end_matches('/');
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let first = segments.next();
    let second = segments.next();
    let more = segments.next().is_some();
    Some(match (first, second, more) {
        (None, ..) => route::overview,
        (Some("institutes"), None, _) => route::institutes,
        (Some("institutes"), Some(_), false) => route::institute,
        (Some("network"), None, _) => route::network,
        (Some("goals"), None, _) => route::goals,
        (Some("goals"), Some(_), false) => route::goal,
        (Some("agencies"), None, _) => route::agencies,
        (Some("communities"), None, _) => route::communities,
        (Some("trl"), None, _) => route::trl,
        (Some("benchmarking"), None, _) => route::benchmarking,
        (Some("data"), None, _) => route::data,
        (Some("search"), None, _) => route::search,
        (Some("embed"), Some("institutes"), false) => route::institutes_embed,
        (Some("embed"), Some("network"), false) => route::network_embed,
        (Some("timeline"), None, _) => route::timeline,
        (Some("embed"), Some("timeline"), false) => route::timeline_embed,
        (Some("embed"), Some("communities"), false) => route::communities_embed,
        (Some("embed"), Some("trl"), false) => route::trl_embed,
        (Some("embed"), Some("benchmarking"), false) => route::benchmarking_embed,
        _ => return None,
    })
}
