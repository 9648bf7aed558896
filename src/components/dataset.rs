//! Loads the dataset once, shares it by context, and shows the loading and error
//! states every data page needs.

use std::sync::Arc;

use explorer_core::data::read_steps::ReadInSteps;
use explorer_core::{data::load::LoadFailure, Dataset, DATASET_FILE, DATASET_IN_REPO};
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::base::asset_url;
use crate::components::takeover::{self, next_task};

#[derive(Clone, Debug)]
pub enum DatasetState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(Arc<LoadFailure>),
}

/// The app-wide handle on the dataset, provided by `App`.
#[derive(Clone, Copy)]
pub struct DatasetLoader {
    state: RwSignal<DatasetState>,
    /// The file exactly as served, for the JSON download.
    text: StoredValue<Option<Arc<str>>>,
    /// When the offline copy being shown was saved (set by the service worker).
    saved_at: RwSignal<Option<String>>,
    /// The service worker found a newer file than the one shown.
    newer_available: RwSignal<bool>,
}

impl DatasetLoader {
    /// The handle, listening for a newer file from now on; nothing is fetched yet.
    pub fn listening() -> Self {
        let loader = DatasetLoader {
            state: RwSignal::new(DatasetState::Loading),
            text: StoredValue::new(None),
            saved_at: RwSignal::new(None),
            newer_available: RwSignal::new(false),
        };
        let newer = loader.newer_available;
        let listener =
            window_event_listener_untyped("explorer-dataset-updated", move |_| newer.set(true));
        // The loader lives as long as the app.
        std::mem::forget(listener);
        loader
    }

    /// Fetches and reads the file; the state says how it went.
    pub async fn load(self) {
        self.state.set(match fetch_dataset().await {
            Ok((ds, text, saved_at)) => {
                self.text.set_value(Some(text.into()));
                self.saved_at.set(saved_at);
                DatasetState::Ready(Arc::new(ds))
            }
            Err(failure) => DatasetState::Failed(Arc::new(failure)),
        });
    }

    /// Loads the file again (the Retry button), showing the loading state meanwhile.
    pub fn reload(self) {
        self.state.set(DatasetState::Loading);
        spawn_local(self.load());
    }

    pub fn state(self) -> DatasetState {
        self.state.get()
    }

    /// When the offline copy on show was saved, if it is one (ISO 8601).
    pub fn saved_at(self) -> Option<String> {
        self.saved_at.get()
    }

    pub fn newer_available(self) -> bool {
        self.newer_available.get()
    }

    /// The text of the loaded file, byte for byte.
    pub fn text(self) -> Option<Arc<str>> {
        self.text.get_value()
    }

    /// The dataset if it has loaded, for pieces of the shell that can do without it.
    pub fn ready(self) -> Option<Arc<Dataset>> {
        match self.state.get() {
            DatasetState::Ready(ds) => Some(ds),
            _ => None,
        }
    }
}

pub fn use_dataset() -> DatasetLoader {
    expect_context::<DatasetLoader>()
}

/// How long the app waits for the dataset before it says so and offers Retry.
const STALL_SECONDS: u32 = 30;

async fn fetch_dataset() -> Result<(Dataset, String, Option<String>), LoadFailure> {
    // A request that stalls is aborted after STALL_SECONDS: the reader gets a message and
    // Retry instead of "Loading the dataset…" for ever.
    let controller = web_sys::AbortController::new().ok();
    let stalled = std::rc::Rc::new(std::cell::Cell::new(false));
    if let Some(c) = controller.clone() {
        let stalled = stalled.clone();
        set_timeout(
            move || {
                stalled.set(true);
                c.abort();
            },
            std::time::Duration::from_secs(u64::from(STALL_SECONDS)),
        );
    }
    let network = |e: gloo_net::Error| {
        if stalled.get() {
            LoadFailure::Stalled {
                file: DATASET_FILE.into(),
                seconds: STALL_SECONDS,
            }
        } else {
            LoadFailure::Network {
                file: DATASET_FILE.into(),
                reason: e.to_string(),
            }
        }
    };
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let response = Request::get(&asset_url(DATASET_FILE))
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(network)?;
    let saved_at = response.headers().get("x-explorer-saved");
    let body = if response.ok() {
        LoadFailure::body_text(DATASET_FILE, response.binary().await.map_err(network)?)?
    } else {
        String::new()
    };
    LoadFailure::check_status(DATASET_FILE, response.status(), &response.status_text())?;
    // Read a few sections at a time, and checked, each in a task of its own, not in one
    // long one: the browser may paint or handle input in between.
    let mut steps = ReadInSteps::new(&body);
    loop {
        next_task().await;
        if !steps.step() {
            break;
        }
    }
    let read = LoadFailure::read_finished(DATASET_FILE, steps)?;
    next_task().await;
    let dataset = LoadFailure::check_read(DATASET_FILE, read)?;
    Ok((dataset, body, saved_at))
}

/// Renders `ready` once the dataset is there; until then the loading state, and on
/// failure the problem and a Retry button. Every data page goes through this.
pub fn with_dataset<F>(ready: F) -> impl IntoView
where
    F: Fn(Arc<Dataset>) -> AnyView + Send + Sync + 'static,
{
    let loader = use_dataset();
    let ready = Arc::new(ready);
    move || match loader.state() {
        DatasetState::Loading => view! { <Loading/> }.into_any(),
        // As the app takes over a page, its content is built in a task of its own.
        DatasetState::Ready(ds) => {
            let ready = ready.clone();
            takeover::later(move || ready(ds))
        }
        DatasetState::Failed(failure) => view! { <LoadError failure/> }.into_any(),
    }
}

/// The note every data page shows while the dataset loads (also shown on a page's
/// prepared copy, see `start` in lib.rs).
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <span class="loading__spinner" aria-hidden="true"></span>
            "Loading the dataset…"
        </div>
    }
}

/// More problems than this are summarised, so a badly broken file stays readable.
const PROBLEMS_SHOWN: usize = 50;

#[component]
fn LoadError(failure: Arc<LoadFailure>) -> impl IntoView {
    let loader = use_dataset();
    let problems = failure.problems();
    let hidden = problems.len().saturating_sub(PROBLEMS_SHOWN);
    let list = (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| {
                view! {
                    <li>
                        <code class="load-error__path">{p.path.clone()}</code>
                        ": "
                        {p.message.clone()}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="load-error__problems">
                {items}
                {(hidden > 0).then(|| view! { <li>{format!("… and {hidden} more")}</li> })}
            </ul>
        }
    });
    view! {
        <section class="alert alert--error load-error" role="alert" aria-labelledby="load-error-title">
            <h2 id="load-error-title" class="alert__heading">"The dataset could not be loaded"</h2>
            <p class="load-error__summary">{failure.to_string()}</p>
            {list}
            <p>{failure.advice()}</p>
            {(!problems.is_empty()).then(|| view! {
                <pre class="load-error__command"><code>"cargo check-data "{DATASET_IN_REPO}</code></pre>
            })}
            <button type="button" class="button" on:click=move |_| loader.reload()>
                "Retry"
            </button>
        </section>
    }
}
