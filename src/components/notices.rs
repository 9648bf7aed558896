//! Notices about the data on show: the copy saved on this device, shown only when it
//! matters (offline, or older than the file online), and a link pinned to a dataset
//! version that is no longer current.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::dataset::{use_dataset, DatasetState};
use explorer_core::url_state;

/// "2026-11-23T10:00:00.000Z" → "23 November 2026".
fn saved_date(iso: &str) -> String {
    iso.get(..10)
        .and_then(explorer_core::data::model::PartialDate::parse)
        .map_or_else(|| iso.to_string(), |d| d.long())
}

#[component]
pub fn DataNotices() -> impl IntoView {
    let loader = use_dataset();
    let location = use_location();
    let pinned = Memo::new(move |_| {
        url_state::pairs(&location.search.get())
            .into_iter()
            .find(|(k, _)| k == "v")
            .map(|(_, v)| v)
    });
    // Whether the browser is online, kept up to date: the saved copy is news only when
    // the network is gone or the copy is older than the file online.
    let online = RwSignal::new(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    let saved = move || {
        let at = loader.saved_at()?;
        let stale = loader.newer_available();
        if online.get() && !stale {
            return None;
        }
        let version = loader
            .ready()
            .map(|ds| format!(": {}", explorer_core::sources::version_and_dates(&ds)))
            .unwrap_or_default();
        let lead = if online.get() {
            ""
        } else {
            "You are offline. "
        };
        Some(view! {
            <div class="alert alert--warning data-notice" role="status" id="offline-notice">
                <p>
                    {lead}
                    "This page shows the copy of the dataset saved on this device on "
                    <strong>{saved_date(&at)}</strong>
                    {version}
                    "."
                    {stale.then_some(" A newer version of the dataset is online.")}
                </p>
                {stale.then(|| view! {
                    <p>
                        <button type="button" class="button button--outline" on:click=move |_| { let _ = window().location().reload(); }>
                            "Reload to see it"
                        </button>
                    </p>
                })}
            </div>
        })
    };
    let pin = move || {
        let wanted = pinned.get()?;
        let DatasetState::Ready(ds) = loader.state() else {
            return None;
        };
        if wanted == ds.dataset_version {
            return None;
        }
        let path = location.pathname.get();
        let rest: Vec<String> = url_state::pairs(&location.search.get())
            .into_iter()
            .filter(|(k, _)| k != "v")
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    explorer_core::url_state::encode(&k),
                    explorer_core::url_state::encode(&v)
                )
            })
            .collect();
        let current = if rest.is_empty() {
            path
        } else {
            format!("{path}?{}", rest.join("&"))
        };
        Some(view! {
            <div class="alert alert--info data-notice" role="note" id="pinned-notice">
                <p>
                    {format!("This link was made with version {wanted} of the dataset. This page now shows {}; figures may differ from what the link showed.", explorer_core::sources::version_and_dates(&ds))}
                </p>
                <p><a href=current>"Show this view with the current data"</a></p>
            </div>
        })
    };
    view! {
        <div class="data-notices">
            {pin}
            {saved}
        </div>
    }
}
