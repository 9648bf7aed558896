//! "Check a dataset file" on /data: a data editor opens or drops a JSON file and gets
//! the checker's verdict (`explorer_core::data::file_check`), every problem with its path. The
//! file is read in the browser; nothing is uploaded or sent anywhere.

use explorer_core::data::file_check::{check_bytes, FileCheck};
use explorer_core::data::validate::{DataError, ROOT_PATH};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;

/// What the reader picked, and what the check found.
#[derive(Clone)]
struct Outcome {
    name: String,
    check: FileCheck,
}

fn read_failed() -> FileCheck {
    FileCheck {
        problems: vec![DataError {
            path: ROOT_PATH.into(),
            message: "the browser could not read the file".into(),
        }],
        hint: None,
        counts: None,
    }
}

#[component]
pub fn CheckFile() -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let busy = RwSignal::new(false);
    let read = move |file: web_sys::File| {
        let name = file.name();
        busy.set(true);
        spawn_local(async move {
            let check = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => check_bytes(&js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => read_failed(),
            };
            outcome.set(Some(Outcome { name, check }));
            busy.set(false);
        });
    };
    let on_change = move |e: ev::Event| {
        let file = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|list| list.get(0));
        if let Some(f) = file {
            read(f);
        }
    };
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|list| list.get(0));
        if let Some(f) = file {
            read(f);
        }
    };
    let result = move || {
        if busy.get() {
            return view! { <p>"Checking…"</p> }.into_any();
        }
        let Some(Outcome { name, check }) = outcome.get() else {
            return ().into_any();
        };
        match check.counts {
            Some(c) => view! {
                <p class="alert alert--success" data-not-figure="counts of the checked file's own records">
                    <strong>{format!("{name} is a valid dataset file. ")}</strong>
                    {format!(
                        "It holds {} institute records, {} dated events and {} sources.",
                        c.institutes, c.events, c.sources
                    )}
                </p>
            }
            .into_any(),
            None => {
                let n = check.problems.len();
                let items = check
                    .problems
                    .into_iter()
                    .map(|p| view! { <li><code>{p.path}</code>": "{p.message}</li> })
                    .collect_view();
                view! {
                    <div class="alert alert--error" data-not-figure="the checked file's own problems">
                        <p><strong>{format!(
                            "{name} is not a valid dataset file: {n} problem{}.",
                            if n == 1 { "" } else { "s" }
                        )}</strong></p>
                        {check.hint.map(|h| view! { <p>{h}</p> })}
                        <ul class="problem-list">{items}</ul>
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <section aria-labelledby="check-file">
            <h2 id="check-file">"Check a dataset file"</h2>
            <p>
                "For whoever keeps the data current: open or drop a JSON file, and the same checker as the app and "
                <code>"cargo check-data"</code>
                " lists every problem with its path. The file is read in this browser, also offline, and is never uploaded."
            </p>
            <div class="drop-zone" on:drop=on_drop on:dragover=|e: ev::DragEvent| e.prevent_default()>
                <label for="check-file-input">"Dataset file (JSON)"</label>
                <input id="check-file-input" type="file" accept=".json,application/json" on:change=on_change/>
                <p class="note">"Or drop the file here."</p>
            </div>
            <div role="status" aria-live="polite" id="check-file-result">{result}</div>
        </section>
    }
}
