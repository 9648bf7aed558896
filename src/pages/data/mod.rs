//! `/data`: what the dataset covers, its version, every source with a copyable
//! citation, what to read with care, and downloads of the whole file, its schema and
//! one CSV per table, all made from the loaded file. The sources and the caveats are in
//! `sources.rs`.

use std::sync::Arc;

use explorer_core::audit;
use explorer_core::data::model::Dataset;
use explorer_core::downloads;
use explorer_core::table::Table;
use explorer_core::{format, SCHEMA_VERSION};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::base::asset_url;
use crate::components::check_file::CheckFile;
use crate::components::data_table::Column;
use crate::components::dataset::use_dataset;
use crate::components::download::{copy_text, save_text};
use crate::components::page::page;

mod sources;
use sources::ReadWithCare;
use sources::Sources;

/// The schema file, beside the dataset.
const SCHEMA_FILE: &str = "data/manufacturing-usa.schema.json";

#[component]
pub fn DataPage() -> impl IntoView {
    page("Data and sources", "Data and sources", |ds| {
        view! { <DataContent ds/> }.into_any()
    })
}

#[component]
fn DataContent(ds: Arc<Dataset>) -> impl IntoView {
    let audit = audit::audit(&ds);
    view! {
        <About ds=ds.clone()/>
        <Downloads ds=ds.clone()/>
        <Sources ds=ds.clone()/>
        <ReadWithCare audit checked=ds.sources_checked.to_string()/>
        <HeldNotShown/>
        <CheckFile/>
    }
}

/// Records the dataset holds that no page shows, each with the reason; a browser test
/// checks that every other record is on some page.
#[component]
fn HeldNotShown() -> impl IntoView {
    use explorer_core::inventory::{HELD_NOT_SHOWN, HELD_NOT_SHOWN_KINDS};
    let kinds = HELD_NOT_SHOWN_KINDS
        .iter()
        .map(|(kind, why)| {
            view! { <li><strong>{format!("Every {kind}")}</strong>": "{*why}</li> }
        })
        .collect_view();
    let items = HELD_NOT_SHOWN
        .iter()
        .map(|(kind, id, why)| {
            view! { <li><strong>{format!("{kind} {id}")}</strong>": "{*why}</li> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="held-not-shown">
            <h2 id="held-not-shown">"Held but not shown"</h2>
            {if HELD_NOT_SHOWN.is_empty() && HELD_NOT_SHOWN_KINDS.is_empty() {
                view! { <p>"Every record and figure in the dataset is shown on one of the explorer’s pages."</p> }.into_any()
            } else {
                view! {
                    <p>"These records are in the dataset but on no page of the explorer, for the reason given; the JSON and CSV downloads hold them."</p>
                    <ul class="plain-list" data-not-figure="identifiers of dataset records">{kinds}{items}</ul>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn About(ds: Arc<Dataset>) -> impl IntoView {
    let counts = explorer_core::inventory::holdings(&ds);
    let changes = ds
        .changes
        .iter()
        .map(|c| {
            let lines = c.changes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view();
            view! {
                <li id=format!("version-{}", c.version)>
                    <strong>{format!("Version {}", c.version)}</strong>", released "<time datetime=c.released.to_string()>{c.released.long()}</time>
                    <ul>{lines}</ul>
                </li>
            }
        })
        .collect_view();
    let hash = use_dataset().text().map(|t| audit::content_hash(&t));
    let citation = audit::dataset_citation(&ds, hash.as_deref());
    view! {
        <section aria-labelledby="about-data">
            <h2 id="about-data">"About this dataset"</h2>
            // The dataset's own account of what it covers, from the plan above all.
            <p data-sources="plan2024" data-as-of=ds.sources_checked.to_string()>{ds.coverage.clone()}</p>
            <dl class="facts" data-not-figure="the dataset's own version, date and hash">
                <div><dt>"Version"</dt><dd id="dataset-version">{ds.dataset_version.clone()}</dd></div>
                <div>
                    <dt>"Released"</dt>
                    <dd id="dataset-released"><time datetime=ds.released.to_string()>{ds.released.long()}</time>" (the date citations of this version use)"</dd>
                </div>
                <div>
                    <dt>"Sources last checked"</dt>
                    <dd id="sources-checked"><time datetime=ds.sources_checked.to_string()>{ds.sources_checked.long()}</time>" (statuses and “as of” sentences are true at this date; each record also gives its own source's date)"</dd>
                </div>
                <div><dt>"Schema version"</dt><dd>{ds.schema_version}</dd></div>
                <div><dt>"Content hash"</dt><dd id="dataset-hash"><code>{hash.clone().unwrap_or_default()}</code></dd></div>
            </dl>
            <h3>"What it holds"</h3>
            <ul class="plain-list" data-not-figure="counts of the dataset's own records">{counts.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            <h3 id="what-changed">"What changed"</h3>
            <ol class="plain-list changes" data-not-figure="the dataset's own version history">{changes}</ol>
            <h3>"Cite this dataset"</h3>
            <Citation id="cite-dataset".to_string() text=citation/>
        </section>
    }
}

/// A citation with a Copy button and a polite status message.
#[component]
fn Citation(id: String, text: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = {
        let text = text.clone();
        move |_| {
            let text = text.clone();
            spawn_local(async move {
                status.set(match copy_text(text).await {
                    Ok(()) => "Copied.".to_string(),
                    Err(message) => message,
                });
            });
        }
    };
    let text_id = format!("{id}-text");
    view! {
        <div class="citation" data-not-figure="a citation of the dataset or a source">
            <p class="citation__text" id=text_id.clone()>{text}</p>
            <button type="button" class="button button--outline" aria-describedby=text_id on:click=copy>
                "Copy citation"
            </button>
            <span class="citation__status" role="status">{move || status.get()}</span>
        </div>
    }
}

#[component]
fn Downloads(ds: Arc<Dataset>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let loader = use_dataset();
    let json_size = loader
        .text()
        .map(|t| format!("{} KB", format::number((t.len() as f64 / 1024.0).round())))
        .unwrap_or_default();
    let save_json = move |_| {
        let outcome = match loader.text() {
            Some(text) => save_text(
                "manufacturing-usa.json",
                "application/json;charset=utf-8",
                &text,
            ),
            None => Err("The dataset is not loaded yet.".to_string()),
        };
        status.set(outcome.err().unwrap_or_default());
    };
    let tables = downloads::all(&ds)
        .into_iter()
        .map(|t| view! { <TableDownload table=t status/> })
        .collect_view();
    view! {
        <section aria-labelledby="downloads" data-not-figure="sizes of the files offered">
            <h2 id="downloads">"Downloads"</h2>
            <p>
                "Everything on this site comes from one JSON file. The tables below are made "
                "from it in your browser, so they always match what the site shows. CSV files are "
                "UTF-8 with a header row; a value the sources do not give is written "
                <code>"not_reported"</code>"."
            </p>
            <ul class="download-list">
                <li class="download">
                    <span class="download__title">"The whole dataset"</span>
                    <span class="download__meta">{format!("JSON, {json_size}, schema version {SCHEMA_VERSION}")}</span>
                    <button type="button" class="button" on:click=save_json>
                        "Download manufacturing-usa.json"
                    </button>
                </li>
                <li class="download">
                    <span class="download__title">"Its JSON Schema"</span>
                    <span class="download__meta">"JSON Schema (2020-12): every field, type and allowed value"</span>
                    <a class="button" href=asset_url(SCHEMA_FILE) download="manufacturing-usa.schema.json">
                        "Download manufacturing-usa.schema.json"
                    </a>
                </li>
                {tables}
            </ul>
            <p class="download-status" role="status">{move || status.get()}</p>
        </section>
    }
}

#[component]
fn TableDownload(table: Table, status: RwSignal<String>) -> impl IntoView {
    let meta = format!(
        "CSV, {} rows × {} columns",
        table.rows.len(),
        table.header.len()
    );
    let file = table.file;
    let title = table.title;
    let save = move |_| {
        let outcome = table
            .to_csv()
            .and_then(|csv| save_text(file, "text/csv;charset=utf-8", &csv));
        status.set(outcome.err().unwrap_or_default());
    };
    view! {
        <li class="download">
            <span class="download__title">{title}</span>
            <span class="download__meta">{meta}</span>
            <button type="button" class="button button--outline" data-file=file on:click=save>
                {format!("Download {file}")}
            </button>
        </li>
    }
}

const DISAGREEMENT_COLUMNS: &[Column] = &[
    ("Figure", false),
    ("Shown", false),
    ("Also printed", false),
    ("Why this value", false),
];
const TRANSLATED_COLUMNS: &[Column] = &[
    ("Kind of record", false),
    ("Translated", true),
    ("Total", true),
];
