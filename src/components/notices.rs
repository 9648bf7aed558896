//! Notices about the data on show: an offline copy and its date, a newer file found
//! online, and a link pinned to a dataset version that is no longer current.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::dataset::{use_dataset, DatasetState};
use explorer_core::query;

/// "2026-11-23T10:00:00.000Z" → "23 November 2026".
fn saved_date(iso: &str) -> String {
    iso.get(..10)
        .and_then(explorer_core::model::PartialDate::parse)
        .map_or_else(|| iso.to_string(), |d| d.long())
}

#[component]
pub fn DataNotices() -> impl IntoView {
    let loader = use_dataset();
    let location = use_location();
    let pinned = Memo::new(move |_| {
        query::pairs(&location.search.get())
            .into_iter()
            .find(|(k, _)| k == "v")
            .map(|(_, v)| v)
    });
    let offline = move || {
        loader.saved_at().map(|at| {
            let online = window().navigator().on_line();
            view! {
                <p class="data-notice" id="offline-notice">
                    {if online { "Showing the copy of the data saved on this device on " } else { "You are offline. Showing the copy of the data saved on this device on " }}
                    <strong>{saved_date(&at)}</strong>"."
                </p>
            }
        })
    };
    let newer = move || {
        loader.newer_available().then(|| {
            view! {
                <p class="data-notice data-notice--update" role="status" id="update-notice">
                    "A newer version of the data is available. "
                    <button type="button" class="button button--outline" on:click=move |_| { let _ = window().location().reload(); }>
                        "Reload to see it"
                    </button>
                </p>
            }
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
        let rest: Vec<String> = query::pairs(&location.search.get())
            .into_iter()
            .filter(|(k, _)| k != "v")
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    explorer_core::directory::encode(&k),
                    explorer_core::directory::encode(&v)
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
                    {format!("This link was made with version {wanted} of the dataset. This page now shows version {} (data as of {}); figures may differ from what the link showed.", ds.dataset_version, ds.data_as_of.long())}
                </p>
                <p><a href=current>"Show this view with the current data"</a></p>
            </div>
        })
    };
    view! {
        <div class="data-notices">
            {pin}
            {newer}
            {offline}
        </div>
    }
}
