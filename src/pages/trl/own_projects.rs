//! "Analyse your own projects": a CSV of projects read in this browser (or the invented
//! example file), charted and counted per institute.

use super::{StatsList, ViewSwitch};
use crate::components::chart_frame::ChartFrame;
use crate::components::download::save_text;
use explorer_core::data::model::Dataset;
use explorer_core::trl::spec::{file_source, file_spec};
use explorer_core::trl::{
    self, by_institute, parse_projects_csv, InstituteStats, Origin, ParsedProjects, Progression,
    EXAMPLE_CSV, EXAMPLE_LABEL,
};
use explorer_core::trl::{TrlState, TrlView};
use explorer_core::url_state::Tab;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use std::sync::Arc;

/// How rows without an institute are named in the filter, titles and downloads.
pub(super) const NO_INSTITUTE: &str = "(no institute given)";

/// Which rows of a file the chart counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum InstituteFilter {
    All,
    /// One institute's rows; `None` for rows that name none.
    One(Option<String>),
}

/// Paste or open a CSV of projects, or try the example; everything is computed here,
/// nothing is sent.
#[component]
pub(super) fn OwnProjects(
    ds: Arc<Dataset>,
    state: Signal<TrlState>,
    view_kind: Memo<TrlView>,
    update: Callback<TrlState>,
    tab: Signal<Tab>,
    on_tab: Callback<Tab>,
    valley: (u8, u8),
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    type Outcome = (Origin, Result<ParsedProjects, String>);
    let result: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let filter = RwSignal::new(InstituteFilter::All);
    let status = RwSignal::new(String::new());
    // The example is in the address (`example=1`), so a link or an embed shows it; a
    // reader's own file stays in this browser.
    let analyse = move || {
        let t = text.get_untracked();
        let origin = Origin::of_text(&t);
        filter.set(InstituteFilter::All);
        result.set(Some((origin, parse_projects_csv(&t))));
        let s = state.get_untracked();
        let example = origin == Origin::Example;
        if s.example != example {
            update.run(TrlState { example, ..s });
        }
    };
    if state.get_untracked().example {
        text.set(EXAMPLE_CSV.to_string());
        analyse();
    }
    let on_file = move |e: leptos::ev::Event| {
        let file = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(v) => {
                        text.set(v.as_string().unwrap_or_default());
                        analyse();
                    }
                    Err(_) => result.set(Some((
                        Origin::Yours,
                        Err("The browser could not read that file.".to_string()),
                    ))),
                }
            });
        }
    };
    let example = move |_| {
        text.set(EXAMPLE_CSV.to_string());
        analyse();
    };
    let template = move |_| {
        let outcome = save_text(
            "trl-projects-template.csv",
            "text/csv;charset=utf-8",
            trl::CSV_TEMPLATE,
        );
        status.set(outcome.err().unwrap_or_default());
    };
    let output = move || {
        let ds = ds.clone();
        match result.get() {
            None => ().into_any(),
            Some((_, Err(message))) => view! {
                <div class="alert alert--error" role="alert" id="own-error" data-not-figure="a message about the reader's file"><p>{message}</p></div>
            }
            .into_any(),
            Some((origin, Ok(parsed))) => {
                let errors = parsed.errors.len();
                let summary = trl::spec::rows_read(parsed.rows.len(), errors);
                let error_list = (errors > 0).then(|| {
                    let items = parsed
                        .errors
                        .iter()
                        .take(200)
                        .map(|e| view! { <li>{format!("Line {}: {}", e.line, e.message)}</li> })
                        .collect_view();
                    view! {
                        <ul class="row-errors" id="own-row-errors">
                            {items}
                            {(errors > 200).then(|| view! { <li>{format!("… and {} more", errors - 200)}</li> })}
                        </ul>
                    }
                });
                let ignored = (!parsed.ignored_columns.is_empty()).then(|| {
                    view! { <p class="note">{format!("Ignored columns: {}.", parsed.ignored_columns.join(", "))}</p> }
                });
                let groups = by_institute(&parsed.rows, valley);
                let rows = Arc::new(parsed.rows);
                let charted = (!rows.is_empty()).then(|| {
                    let picker = (!groups.is_empty())
                        .then(|| view! { <InstitutePicker groups=groups.clone() filter/> });
                    let chart = move || {
                        let f = filter.get();
                        // Said under the chart's title and in its downloads.
                        let (filter_text, picked) = match &f {
                            InstituteFilter::All => (None, rows.iter().collect::<Vec<_>>()),
                            InstituteFilter::One(name) => (
                                Some(name.as_deref().map_or_else(
                                    || "projects with no institute given".to_string(),
                                    |n| format!("projects of {n}"),
                                )),
                                trl::rows_of(&rows, name.as_deref()),
                            ),
                        };
                        let p = Progression::from_row_refs(&picked);
                        let v = view_kind.get();
                        let whole = f == InstituteFilter::All;
                        let spec = file_spec(origin, &p, valley, v, tab.get_untracked(), whole);
                        let stats = trl::stats(&p, valley);
                        view! {
                            <ChartFrame ds=ds.clone() spec tab on_tab filter=filter_text/>
                            <StatsList stats valley/>
                            <p class="source-line">{file_source(origin)}</p>
                        }
                    };
                    view! {
                        <div class="own-controls">
                            <ViewSwitch current=view_kind.into() state update/>
                            {picker}
                        </div>
                        {chart}
                        {(!groups.is_empty()).then(|| view! { <InstituteTable groups origin valley/> })}
                    }
                });
                // Figures of the reader's file or of the invented example, each with
                // its source said beside it (`file_source`), never the dataset's.
                view! {
                    <div class="own-output" data-not-figure="computed in this browser from the reader's file or the invented example file, not from the dataset">
                    {(origin == Origin::Example).then(|| view! {
                        <p class="alert alert--info own-example-note">
                            <strong>{format!("{EXAMPLE_LABEL}. ")}</strong>
                            "Every project and institute in it is made up; the chart, table, "
                            "statistics and downloads below say so."
                        </p>
                    })}
                    <p class="own-summary" role="status" id="own-summary">{summary}</p>
                    {error_list}
                    {ignored}
                    {charted}
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <section aria-labelledby="own">
            <h2 id="own">"Analyse your own projects"</h2>
            <p>
                "Paste or open a CSV with one row per project and the columns "
                <code>"project, institute, start_trl, end_trl"</code>" (and optionally "
                <code>"start_mrl, end_mrl"</code>"). The matrix, flow, statistics and table are "
                "computed in this browser; nothing is uploaded. A project that ended at a lower "
                "level than it started is counted as lower. Rows with problems are listed with "
                "their line numbers and left out; the others are used."
            </p>
            <p class="own-actions">
                <button type="button" class="button" id="own-example" on:click=example>
                    "Try it with an example file"
                </button>
                <button type="button" class="button button--outline" on:click=template>
                    "Download the CSV template"
                </button>
                <span class="download-status" role="status">{move || status.get()}</span>
            </p>
            <p class="note">"The example file is invented to show the tool: it is not real data."</p>
            <div class="own-input">
                <label for="own-csv">"CSV text"</label>
                <textarea
                    id="own-csv"
                    rows="6"
                    spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))
                ></textarea>
                <label for="own-file">"Or open a CSV file"</label>
                <input id="own-file" type="file" accept=".csv,text/csv" on:change=on_file/>
                <p><button type="button" class="button" on:click=move |_| analyse()>"Analyse"</button></p>
            </div>
            {output}
        </section>
    }
}

/// The institute filter: all projects, or one institute's.
#[component]
pub(super) fn InstitutePicker(
    groups: Vec<InstituteStats>,
    filter: RwSignal<InstituteFilter>,
) -> impl IntoView {
    let total: u32 = groups.iter().map(|g| g.stats.total).sum();
    let names: Vec<Option<String>> = groups.iter().map(|g| g.institute.clone()).collect();
    let options = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let name = g.institute.as_deref().unwrap_or(NO_INSTITUTE);
            view! { <option value=i.to_string()>{format!("{name} ({})", trl::projects(g.stats.total))}</option> }
        })
        .collect_view();
    let on_change = move |e: leptos::ev::Event| {
        let value = event_target_value(&e);
        filter.set(
            value
                .parse::<usize>()
                .ok()
                .and_then(|i| names.get(i).cloned())
                .map_or(InstituteFilter::All, InstituteFilter::One),
        );
    };
    view! {
        <div class="own-filter">
            <label for="own-institute">"Institute"</label>
            <select id="own-institute" on:change=on_change>
                <option value="all">{format!("All institutes ({})", trl::projects(total))}</option>
                {options}
            </select>
        </div>
    }
}

/// Each institute's projects, moves and valley crossings, from the `institute` column.
#[component]
pub(super) fn InstituteTable(
    groups: Vec<InstituteStats>,
    origin: Origin,
    valley: (u8, u8),
) -> impl IntoView {
    let caption = match origin {
        Origin::Example => format!("{EXAMPLE_LABEL}: projects by institute"),
        Origin::Yours | Origin::Dataset => "Your projects by institute".to_string(),
    };
    let crossed = format!("Crossed TRL {}–{}", valley.0, valley.1);
    let rows = groups
        .iter()
        .map(|g| {
            let s = &g.stats;
            view! {
                <tr>
                    <th scope="row" data-label="Institute">{g.institute.clone().unwrap_or_else(|| NO_INSTITUTE.to_string())}</th>
                    <td class="num" data-label="Projects">{s.total.to_string()}</td>
                    <td class="num" data-label="Moved up">{s.advanced.to_string()}</td>
                    <td class="num" data-label="Same level">{s.unchanged.to_string()}</td>
                    <td class="num" data-label="Lower">{s.regressed.to_string()}</td>
                    <td class="num" data-label=crossed.clone()>{format!("{} ({})", s.crossed_valley, trl::percent(s.crossed_valley_share))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="own-by-institute">{caption.clone()}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="own-by-institute">
            <table class="data-table own-institutes">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Institute"</th>
                        <th scope="col" class="num">"Projects"</th>
                        <th scope="col" class="num">"Moved up"</th>
                        <th scope="col" class="num">"Same level"</th>
                        <th scope="col" class="num">"Lower"</th>
                        <th scope="col" class="num">{crossed}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="source-line">{file_source(origin)}</p>
    }
}

/// The chart of the invented example file, chrome-less, for `/embed/trl?example=1`.
#[component]
pub(super) fn ExampleChart(
    ds: Arc<Dataset>,
    view: TrlView,
    tab: Signal<Tab>,
    on_tab: Callback<Tab>,
    valley: (u8, u8),
) -> impl IntoView {
    let rows = match parse_projects_csv(EXAMPLE_CSV) {
        Ok(parsed) => parsed.rows,
        Err(message) => {
            return view! { <p class="alert alert--error" role="alert">{message}</p> }.into_any()
        }
    };
    let p = Progression::from_row_refs(&rows.iter().collect::<Vec<_>>());
    let spec = file_spec(Origin::Example, &p, valley, view, tab.get_untracked(), true);
    view! {
        <div data-not-figure="computed from the invented example file, not from the dataset">
            <ChartFrame ds spec tab on_tab embedded=true/>
        </div>
    }
    .into_any()
}
