//! `/trl` and `/embed/trl`: the TRL and MRL ladder with the valley-of-death and
//! scale-up bands, GAO's finding, the project progression (only from cells or project
//! records in the data; never a guessed matrix), and "analyse your own projects".

use std::sync::Arc;

use explorer_core::chart::trl::{flow, matrix};
use explorer_core::format;
use explorer_core::model::{Citation, Dataset, ProgressionData, Readiness};
use explorer_core::query::{parse_trl, Tab, TrlState, TrlView};
use explorer_core::tables::Table;
use explorer_core::trl::{self, parse_projects_csv, ParsedProjects, Progression, Stats};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;

use crate::base::href;
use crate::components::chart_frame::{ChartFrame, ChartSpec};
use crate::components::dataset::with_dataset;
use crate::components::download::save_text;
use crate::components::page_title::set_page_title;
use crate::components::source_line::SourceLine;
use crate::components::url_state::{query_pairs, query_setter, with_query, QueryNotes};

const PAGE: &str = "/trl";
const EMBED: &str = "/embed/trl";

#[component]
pub fn TrlPage() -> impl IntoView {
    set_page_title("Technology readiness");
    view! {
        <div class="page">
            <h1>"Technology readiness and project progression"</h1>
            {with_dataset(|ds| view! { <TrlContent ds embedded=false/> }.into_any())}
        </div>
    }
}

#[component]
pub fn TrlEmbed() -> impl IntoView {
    set_page_title("TRL progression chart");
    view! {
        <div class="embed">
            {with_dataset(|ds| view! { <TrlContent ds embedded=true/> }.into_any())}
        </div>
    }
}

fn valley(r: &Readiness) -> (u8, u8) {
    r.bands
        .iter()
        .find(|b| b.id == "valley-of-death")
        .map_or((4, 7), |b| (b.trl.from, b.trl.to))
}

fn percent(share: Option<f64>) -> String {
    share.map_or_else(
        || format::NOT_REPORTED.to_string(),
        |s| format!("{}%", format::number(s * 100.0)),
    )
}

/// One sentence from the statistics.
pub fn takeaway(stats: &Stats, valley: (u8, u8)) -> String {
    if stats.total == 0 {
        return "There are no projects to show.".to_string();
    }
    let mut out = format!(
        "Of {} projects, {} ({}) started at TRL {} or below and reached TRL {} or above",
        format::number(f64::from(stats.total)),
        format::number(f64::from(stats.crossed_valley)),
        percent(stats.crossed_valley_share),
        valley.0,
        valley.1
    );
    if let Some(m) = stats.median_gain {
        out.push_str(&format!(
            "; the median project gained {} TRL",
            format::number(m)
        ));
        if m != 1.0 {
            out.push('s');
        }
    }
    if let Some(((a, b), n)) = stats.most_common {
        out.push_str(&format!(
            ", and the most common move was TRL {a} → {b} ({} projects)",
            format::number(f64::from(n))
        ));
    }
    out.push('.');
    out
}

/// The chart frame's content for a progression in one view.
#[allow(clippy::too_many_arguments)]
fn progression_spec(
    id: &'static str,
    title: String,
    p: &Progression,
    valley: (u8, u8),
    view: TrlView,
    sources: Vec<Citation>,
    notes: Vec<String>,
    embed_path: Option<String>,
    page_path: String,
) -> ChartSpec {
    let stats = trl::stats(p, valley);
    let cells = trl::table_rows(p);
    let summary = cells
        .iter()
        .map(|(a, b, n)| format!("TRL {a} to {b}: {n}."))
        .collect::<Vec<_>>()
        .join(" ");
    let draw_cells = cells.clone();
    ChartSpec {
        id,
        title,
        takeaway: takeaway(&stats, valley),
        summary,
        draw: Arc::new(move |w| match view {
            TrlView::Matrix => matrix(&draw_cells, valley, w),
            TrlView::Flow => flow(&draw_cells, valley, w),
        }),
        table: Table {
            file: "trl-progression.csv",
            title: "Projects by start and end TRL",
            header: vec!["start_trl", "end_trl", "projects"],
            rows: cells
                .iter()
                .map(|(a, b, n)| vec![a.to_string(), b.to_string(), n.to_string()])
                .collect(),
        },
        numeric: vec![true, true, true],
        sources,
        notes,
        embed_path,
        page_path,
    }
}

#[component]
fn TrlContent(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let pairs = query_pairs();
    let parsed = Memo::new(move |_| parse_trl(&pairs.get()));
    let notes = Signal::derive(move || parsed.get().1);
    let state = Signal::derive(move || parsed.get().0);
    let set_query = query_setter(if embedded { EMBED } else { PAGE });
    let update = Callback::new(move |s: TrlState| set_query(s.to_query()));
    let tab = Signal::derive(move || state.get().tab);
    let on_tab = Callback::new(move |t: Tab| {
        let mut s = state.get_untracked();
        s.tab = t;
        update.run(s);
    });
    let view_kind = Memo::new(move |_| state.get().view);
    let valley = valley(&ds.readiness);
    let progression = trl::Progression::from_data(&ds.readiness.progression.data);

    let dataset_chart = {
        let ds = ds.clone();
        move || match &progression {
            Some(p) => {
                let v = view_kind.get();
                let q = TrlState {
                    tab: tab.get_untracked(),
                    view: v,
                }
                .to_query();
                let spec = progression_spec(
                    "trl-progression",
                    ds.readiness.progression.title.clone(),
                    p,
                    valley,
                    v,
                    ds.readiness.progression.sources.clone(),
                    ds.readiness.progression.notes.clone(),
                    Some(with_query(EMBED, &q)),
                    with_query(PAGE, &q),
                );
                let stats = trl::stats(p, valley);
                view! {
                    <ChartFrame ds=ds.clone() spec tab on_tab embedded/>
                    {(!embedded).then(|| view! { <StatsList stats valley/> })}
                }
                .into_any()
            }
            None => view! { <NotPlaced ds=ds.clone() embedded/> }.into_any(),
        }
    };

    if embedded {
        return view! { <QueryNotes notes/>{dataset_chart} }.into_any();
    }
    view! {
        <QueryNotes notes/>
        <Ladder ds=ds.clone()/>
        <section aria-labelledby="progression">
            <h2 id="progression">"How completed projects progressed"</h2>
            <ViewSwitch state update/>
            {dataset_chart}
        </section>
        <OwnProjects ds=ds.clone() state update tab on_tab valley/>
    }
    .into_any()
}

#[component]
fn ViewSwitch(state: Signal<TrlState>, update: Callback<TrlState>) -> impl IntoView {
    let button = move |v: TrlView, label: &'static str| {
        view! {
            <button
                type="button"
                class="toggle"
                aria-pressed=move || (state.get().view == v).to_string()
                on:click=move |_| {
                    let mut s = state.get_untracked();
                    s.view = v;
                    update.run(s);
                }
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="toggle-group" role="group" aria-label="Chart type">
            {button(TrlView::Matrix, "Start × end matrix")}
            {button(TrlView::Flow, "Flow")}
        </div>
    }
}

#[component]
fn StatsList(stats: Stats, valley: (u8, u8)) -> impl IntoView {
    let gain = |x: Option<f64>| x.map_or_else(|| "—".to_string(), format::number);
    let most = stats.most_common.map_or_else(
        || "—".to_string(),
        |((a, b), n)| format!("TRL {a} → {b} ({n})"),
    );
    view! {
        <dl class="facts stats">
            <div><dt>"Projects"</dt><dd>{format::number(f64::from(stats.total))}</dd></div>
            <div>
                <dt>{format!("Crossed TRL {}–{}", valley.0, valley.1)}</dt>
                <dd>{format!("{} ({})", stats.crossed_valley, percent(stats.crossed_valley_share))}</dd>
            </div>
            <div><dt>"Median levels gained"</dt><dd>{gain(stats.median_gain)}</dd></div>
            <div><dt>"Mean levels gained"</dt><dd>{gain(stats.mean_gain)}</dd></div>
            <div><dt>"Advanced / unchanged / lower"</dt><dd>{format!("{} / {} / {}", stats.advanced, stats.unchanged, stats.regressed)}</dd></div>
            <div><dt>"Most common move"</dt><dd>{most}</dd></div>
        </dl>
    }
}

/// What is known of GAO's figure when its cells are not in the data.
#[component]
fn NotPlaced(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let p = &ds.readiness.progression;
    let (reason, values, readings) = match &p.data {
        ProgressionData::NotReported {
            reason,
            published_values,
            unconfirmed_readings,
        } => (
            reason.clone(),
            published_values.clone(),
            unconfirmed_readings.clone(),
        ),
        _ => (String::new(), Vec::new(), Vec::new()),
    };
    let sum: u32 = values.iter().sum();
    let gao = ds.source("gao-22-103979").and_then(|s| s.url.clone());
    let list = values
        .iter()
        .enumerate()
        .map(|(i, v)| view! { <li><span class="visually-hidden">{format!("Value {}: ", i + 1)}</span>{v.to_string()}</li> })
        .collect_view();
    let readings = readings
        .into_iter()
        .map(|r| view! { <li>{r}</li> })
        .collect_view();
    view! {
        <div class="not-placed" id="trl-not-placed">
            {if embedded {
                view! { <h1 class="not-placed__title">{p.title.clone()}</h1> }.into_any()
            } else {
                view! { <h3 class="not-placed__title">{p.title.clone()}</h3> }.into_any()
            }}
            <p class="alert alert--info">
                <strong>"No chart: the cell positions are not reported. "</strong>
                {reason}
            </p>
            <p>{p.scope.clone()}</p>
            {(!embedded).then(|| view! {
                <h4>{format!("The {} counts printed in the figure, in printed order (sum {sum})", values.len())}</h4>
                <ol class="published-values">{list}</ol>
                <h4>"Readings that are plausible but not confirmed (not charted)"</h4>
                <ul>{readings}</ul>
            })}
            <ul class="chart__notes">{p.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            <SourceLine dataset=ds.clone() cites=p.sources.clone()/>
            {gao.map(|url| view! { <p><a href=url rel="noopener">"GAO-22-103979 on gao.gov, with the original figure"</a></p> })}
            {embedded.then(|| view! { <p><a href=href(PAGE) target="_top">"Open the full page"</a></p> })}
        </div>
    }
}

#[component]
fn Ladder(ds: Arc<Dataset>) -> impl IntoView {
    let r = &ds.readiness;
    let band_names = |level: u8, mrl: bool| -> Vec<String> {
        r.bands
            .iter()
            .filter(|b| {
                let range = if mrl { b.mrl } else { b.trl };
                (range.from..=range.to).contains(&level)
            })
            .map(|b| b.label.clone())
            .collect()
    };
    let rows = (1..=10u8)
        .rev()
        .map(|level| {
            let trl_def = r
                .trl_levels
                .iter()
                .find(|l| l.level == level)
                .map(|l| {
                    let gloss = l.gloss.as_ref().map(|g| {
                        view! { <span class="table-note">{format!("GAO: {}", g.text)}</span> }
                    });
                    view! { {l.definition.clone()}{gloss} }.into_any()
                })
                .unwrap_or_else(|| {
                    view! { <span class="not-reported">"— (TRL stops at 9)"</span> }.into_any()
                });
            let mrl_def = r
                .mrl_levels
                .iter()
                .find(|l| l.level == level)
                .map(|l| l.definition.clone())
                .unwrap_or_default();
            let mut bands = band_names(level, false);
            for b in band_names(level, true) {
                if !bands.contains(&b) {
                    bands.push(format!("{b} (MRL)"));
                }
            }
            let in_valley = bands.iter().any(|b| b.starts_with("Valley"));
            view! {
                <tr class:ladder--valley=in_valley>
                    <th scope="row" class="num">{level.to_string()}</th>
                    <td>{trl_def}</td>
                    <td>{mrl_def}</td>
                    <td>{bands.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    let bands = r
        .bands
        .iter()
        .map(|b| {
            view! {
                <li>
                    <strong>{format!("{}: TRL {}–{}, MRL {}–{}. ", b.label, b.trl.from, b.trl.to, b.mrl.from, b.mrl.to)}</strong>
                    {b.description.clone()}{b.translated.then_some(" †")}
                    <SourceLine dataset=ds.clone() cites=b.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let findings = r
        .findings
        .iter()
        .map(|f| {
            view! {
                <blockquote class="finding">
                    <p>{f.text.clone()}</p>
                    <SourceLine dataset=ds.clone() cites=f.sources.clone()/>
                </blockquote>
            }
        })
        .collect_view();
    let mut level_cites = r.trl_sources.clone();
    level_cites.extend(r.mrl_sources.iter().cloned());
    view! {
        <section aria-labelledby="ladder">
            <h2 id="ladder">"The readiness ladder"</h2>
            <p>{r.about.text.clone()}{r.about.translated.then_some(" †")}</p>
            <SourceLine dataset=ds.clone() cites=r.about.sources.clone()/>
            <ul class="band-list">{bands}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Readiness levels (table)">
                <table class="data-table ladder">
                    <caption class="visually-hidden">"Technology and manufacturing readiness levels, highest first, with the bands each level is in"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">"Level"</th>
                            <th scope="col">"Technology readiness (TRL)"</th>
                            <th scope="col">"Manufacturing readiness (MRL)"</th>
                            <th scope="col">"Band"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceLine dataset=ds.clone() cites=level_cites/>
            <h3>"GAO's finding"</h3>
            {findings}
        </section>
    }
}

/// Paste or open a CSV of projects; everything is computed here, nothing is sent.
#[component]
fn OwnProjects(
    ds: Arc<Dataset>,
    state: Signal<TrlState>,
    update: Callback<TrlState>,
    tab: Signal<Tab>,
    on_tab: Callback<Tab>,
    valley: (u8, u8),
) -> impl IntoView {
    let _ = update;
    let text = RwSignal::new(String::new());
    let result: RwSignal<Option<Result<ParsedProjects, String>>> = RwSignal::new(None);
    let status = RwSignal::new(String::new());
    let analyse = move || result.set(Some(parse_projects_csv(&text.get_untracked())));
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
                    Err(_) => result.set(Some(Err(
                        "The browser could not read that file.".to_string()
                    ))),
                }
            });
        }
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
            Some(Err(message)) => view! {
                <div class="alert alert--error" role="alert" id="own-error"><p>{message}</p></div>
            }
            .into_any(),
            Some(Ok(parsed)) => {
                let p = Progression::from_rows(&parsed.rows);
                let errors = parsed.errors.len();
                let summary = format!(
                    "{} row{} used, {} row{} with problems.",
                    parsed.rows.len(),
                    if parsed.rows.len() == 1 { "" } else { "s" },
                    errors,
                    if errors == 1 { "" } else { "s" }
                );
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
                let chart = (!p.is_empty()).then(|| {
                    let v = state.get().view;
                    let spec = progression_spec(
                        "own-progression",
                        "Your projects by start and end TRL".to_string(),
                        &p,
                        valley,
                        v,
                        vec![],
                        vec!["Computed in your browser from the file you gave; it is not part of this page's link.".to_string()],
                        None,
                        PAGE.to_string(),
                    );
                    let stats = trl::stats(&p, valley);
                    view! {
                        <ChartFrame ds=ds.clone() spec tab on_tab/>
                        <StatsList stats valley/>
                    }
                });
                view! {
                    <p class="own-summary" role="status" id="own-summary">{summary}</p>
                    {error_list}
                    {ignored}
                    {chart}
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
                "computed in this browser; nothing is uploaded. Rows with problems are listed with "
                "their line numbers and left out; the others are used."
            </p>
            <p>
                <button type="button" class="button button--outline" on:click=template>
                    "Download the CSV template"
                </button>
                <span class="download-status" role="status">{move || status.get()}</span>
            </p>
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
