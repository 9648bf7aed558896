//! `/trl` and `/embed/trl`: what is known first (GAO's finding, the valley-of-death and
//! scale-up bands, and why GAO's chart of project moves cannot be redrawn), the TRL and
//! MRL ladder, and "analyse your own projects" with an invented example file to try it.
//! The progression is drawn only from cells or project records in the data, never from
//! a guessed matrix.

use std::sync::Arc;

use explorer_core::chart::matrix::{flow, matrix};
use explorer_core::data::model::{Citation, Dataset, ProgressionData, Readiness};
use explorer_core::format;
use explorer_core::trl::{
    self, by_institute, parse_projects_csv, InstituteStats, Origin, ParsedProjects, Progression,
    Stats, EXAMPLE_CSV, EXAMPLE_LABEL,
};
use explorer_core::url_state::{parse_trl, Tab, TrlState, TrlView};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;

use crate::base::href;
use crate::components::chart_frame::ChartFrame;
use crate::components::dataset::with_dataset;
use crate::components::download::save_text;
use crate::components::page_title::set_page_title;
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::translated::{translated_mark, TranslatedNote};
use crate::components::url_state::{query_pairs, query_setter, QueryNotes};
use explorer_core::chart::spec::ChartSpec;
use explorer_core::sources::{source_ids, sources_as_of};
use explorer_core::url_state::with_query;

const PAGE: &str = "/trl";
const EMBED: &str = "/embed/trl";

/// How rows without an institute are named in the filter, titles and downloads.
const NO_INSTITUTE: &str = "(no institute given)";

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
    trl::valley_band(r).unwrap_or((4, 7))
}

/// "1 row", "3 rows", "1 number", …
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The chart frame's content for a progression in one view.
struct Chart<'a> {
    origin: Origin,
    title: String,
    progression: &'a Progression,
    valley: (u8, u8),
    view: TrlView,
    sources: Vec<Citation>,
    notes: Vec<String>,
    embed_path: Option<String>,
    page_path: String,
}

impl Chart<'_> {
    fn spec(self) -> ChartSpec {
        let p = self.progression;
        let stats = trl::stats(p, self.valley);
        let cells = trl::table_rows(p);
        let valley = self.valley;
        let view = self.view;
        let mut notes = self.notes;
        if view == TrlView::Matrix {
            notes.push(trl::MATRIX_NOTE.to_string());
        }
        ChartSpec {
            // The id is the downloads' file stem too: it follows the data and the view.
            id: self.origin.download_stem(view),
            title: self.title,
            takeaway: trl::takeaway(&stats, valley),
            summary: trl::summary(p),
            draw: Arc::new(move |w| match view {
                TrlView::Matrix => matrix(&cells, valley, w),
                TrlView::Flow => flow(&cells, valley, w),
            }),
            table: trl::cells_table(p, self.origin, view),
            numeric: vec![true, true, true, false],
            sources: self.sources,
            notes,
            embed_path: self.embed_path,
            page_path: self.page_path,
        }
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
    let progression = Progression::from_data(&ds.readiness.progression.data);
    let has_chart = progression.is_some();

    // The dataset's own progression: a chart when it holds cells or project records,
    // otherwise what is known of GAO's figure.
    let dataset_chart = {
        let ds = ds.clone();
        move || match &progression {
            Some(p) => {
                let v = view_kind.get();
                let q = TrlState {
                    tab: tab.get_untracked(),
                    view: v,
                    example: false,
                }
                .to_query();
                let r = &ds.readiness.progression;
                let spec = Chart {
                    origin: Origin::Dataset,
                    title: r.title.clone(),
                    progression: p,
                    valley,
                    view: v,
                    sources: r.sources.clone(),
                    notes: r.notes.clone(),
                    embed_path: Some(with_query(EMBED, &q)),
                    page_path: with_query(PAGE, &q),
                }
                .spec();
                let stats = trl::stats(p, valley);
                let cites = r.sources.clone();
                view! {
                    <ChartFrame ds=ds.clone() spec tab on_tab embedded/>
                    {(!embedded).then(|| view! {
                        <div data-sources=source_ids(&cites) data-as-of=sources_as_of(&ds, &cites)>
                            <StatsList stats valley/>
                            <SourceLine dataset=ds.clone() cites=cites.clone()/>
                        </div>
                    })}
                }
                .into_any()
            }
            None => view! { <NotPlaced ds=ds.clone() embedded/> }.into_any(),
        }
    };

    if embedded {
        // `example=1`: the invented example's chart, as the page shows it after "Try it
        // with an example file"; otherwise what is known of the dataset's progression.
        let ds_example = ds.clone();
        let content = move || {
            if state.get().example {
                let v = view_kind.get();
                view! { <ExampleChart ds=ds_example.clone() view=v tab on_tab valley/> }.into_any()
            } else {
                dataset_chart().into_any()
            }
        };
        return view! { <QueryNotes notes/>{content} }.into_any();
    }
    view! {
        <QueryNotes notes/>
        <Known ds=ds.clone()>
            // Outside the chart, so that it keeps focus while the chart is redrawn.
            {has_chart.then(|| view! { <ViewSwitch current=view_kind.into() state update/> })}
            {dataset_chart}
        </Known>
        // Each built in a task of its own while the app takes the page over.
        {
            let ds = ds.clone();
            takeover::later(move || view! { <Ladder ds/> }.into_any())
        }
        {
            let ds = ds.clone();
            takeover::later(move || {
                view! { <OwnProjects ds state view_kind update tab on_tab valley/> }.into_any()
            })
        }
    }
    .into_any()
}

#[component]
fn ViewSwitch(
    current: Signal<TrlView>,
    state: Signal<TrlState>,
    update: Callback<TrlState>,
) -> impl IntoView {
    let button = move |v: TrlView, label: &'static str| {
        view! {
            <button
                type="button"
                class="toggle"
                aria-pressed=move || (current.get() == v).to_string()
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
    let (most_label, most) = trl::most_common_fact(stats.most_common.as_ref());
    view! {
        <dl class="facts stats">
            <div><dt>"Projects"</dt><dd>{format::number(f64::from(stats.total))}</dd></div>
            <div>
                <dt>{format!("Crossed TRL {}–{}", valley.0, valley.1)}</dt>
                <dd>{format!("{} ({})", stats.crossed_valley, trl::percent(stats.crossed_valley_share))}</dd>
            </div>
            <div><dt>"Median levels gained"</dt><dd>{gain(stats.median_gain)}</dd></div>
            <div><dt>"Mean levels gained"</dt><dd>{gain(stats.mean_gain)}</dd></div>
            <div><dt>"Moved up / same level / lower"</dt><dd>{format!("{} / {} / {}", stats.advanced, stats.unchanged, stats.regressed)}</dd></div>
            <div><dt>{most_label}</dt><dd>{most}</dd></div>
        </dl>
    }
}

/// What the sources say, before any file: GAO's finding, the two bands, and GAO's chart
/// of completed projects (drawn when the data holds its cells; `children`).
#[component]
fn Known(ds: Arc<Dataset>, children: Children) -> impl IntoView {
    let r = &ds.readiness;
    let findings = view! { <Findings ds=ds.clone()/> };
    let bands = r
        .bands
        .iter()
        .map(|b| {
            view! {
                <li data-sources=source_ids(&b.sources)>
                    <strong>{format!("{}: TRL {}–{}, MRL {}–{}. ", b.label, b.trl.from, b.trl.to, b.mrl.from, b.mrl.to)}</strong>
                    {b.description.clone()}{translated_mark(b.translated)}
                    <SourceLine dataset=ds.clone() cites=b.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="known">
            <h2 id="known">"What is known"</h2>
            <h3>"GAO's finding"</h3>
            {findings}
            <h3>"The bands on the readiness ladder"</h3>
            <ul class="band-list">{bands}</ul>
            {children()}
        </section>
    }
}

/// What is known of GAO's figure when its cells are not in the data: why it cannot be
/// redrawn, a link to it, and the printed numbers folded away.
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
    let sum: u64 = values.iter().map(|&v| u64::from(v)).sum();
    let gao = ds.source("gao-22-103979").and_then(|s| s.url.clone());
    let numbers = plural(values.len(), "count", "counts");
    let why = format!(
        "It cannot be redrawn here: the text that could be extracted from it kept its {numbers} \
         but not which start and end level each belongs to, so any placement would be a guess."
    );
    let link = gao.map(|url| {
        view! { " "<a href=url rel="noopener" target=embedded.then_some("_top")>"See GAO's original figure in GAO-22-103979 on gao.gov"</a>"." }
    });
    let printed = (!embedded).then(|| {
        let list = values
            .iter()
            .enumerate()
            .map(|(i, v)| view! { <li><span class="visually-hidden">{format!("Value {}: ", i + 1)}</span>{v.to_string()}</li> })
            .collect_view();
        let readings = readings
            .into_iter()
            .map(|r| view! { <li>{r}</li> })
            .collect_view();
        let notes = p
            .notes
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        view! {
            <details class="not-placed__printed">
                <summary>{format!("The {} printed in the figure, positions unknown", plural(values.len(), "number", "numbers"))}</summary>
                <p>{reason}</p>
                <p>{format!("In printed order (sum {}):", format::number(sum as f64))}</p>
                <ol class="published-values">{list}</ol>
                <h4>"Readings that are plausible but not confirmed (not charted)"</h4>
                <ul>{readings}</ul>
                <ul class="chart__notes">{notes}</ul>
                <SourceLine dataset=ds.clone() cites=p.sources.clone()/>
            </details>
        }
    });
    let finding = embedded.then(|| view! { <Findings ds=ds.clone()/> });
    view! {
        <div class="not-placed" id="trl-not-placed" data-sources=source_ids(&p.sources) data-as-of=sources_as_of(&ds, &p.sources)>
            {if embedded {
                view! { <h1 class="not-placed__title">{p.title.clone()}</h1> }.into_any()
            } else {
                view! { <h3 class="not-placed__title">{format!("GAO's chart: {}", p.title)}</h3> }.into_any()
            }}
            <p class="not-placed__why">{why}{link}</p>
            <p>{p.scope.clone()}</p>
            <SourceLine dataset=ds.clone() cites=p.sources.clone()/>
            {finding}
            {printed}
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
                    <th scope="row" class="num" data-label="Level">{level.to_string()}</th>
                    <td data-label="Technology readiness (TRL)">{trl_def}</td>
                    <td data-label="Manufacturing readiness (MRL)">{mrl_def}</td>
                    <td data-label="Band">{bands.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    let mut level_cites = r.trl_sources.clone();
    level_cites.extend(r.mrl_sources.iter().cloned());
    let translated = r.about.translated || r.bands.iter().any(|b| b.translated);
    let mut all_cites = level_cites.clone();
    all_cites.extend(r.about.sources.iter().cloned());
    all_cites.extend(r.bands.iter().flat_map(|b| b.sources.iter().cloned()));
    view! {
        <section aria-labelledby="ladder" data-sources=source_ids(&all_cites)>
            <h2 id="ladder">"The readiness ladder"</h2>
            <p>{r.about.text.clone()}{translated_mark(r.about.translated)}</p>
            <SourceLine dataset=ds.clone() cites=r.about.sources.clone()/>
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
            {translated.then(|| view! { <TranslatedNote/> })}
        </section>
    }
}

/// Where the numbers of a chart of a file come from, said beside them.
fn file_source(origin: Origin) -> &'static str {
    match origin {
        Origin::Example => {
            "Source: the example file built into this page. Its projects and institutes are \
             invented to show the tool; they are not real data."
        }
        Origin::Yours | Origin::Dataset => {
            "Source: the file you gave, read in this browser; nothing was uploaded, and it is \
             not part of this page's link."
        }
    }
}

/// Which rows of a file the chart counts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum InstituteFilter {
    All,
    /// One institute's rows; `None` for rows that name none.
    One(Option<String>),
}

/// Paste or open a CSV of projects, or try the example; everything is computed here,
/// nothing is sent.
#[component]
fn OwnProjects(
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
                let summary = format!(
                    "{} used, {} with problems.",
                    plural(parsed.rows.len(), "row", "rows"),
                    plural(errors, "row", "rows"),
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
                        let q = TrlState {
                            tab: tab.get_untracked(),
                            view: v,
                            example: origin == Origin::Example,
                        }
                        .to_query();
                        let spec = Chart {
                            origin,
                            title: trl::chart_title(origin),
                            progression: &p,
                            valley,
                            view: v,
                            sources: vec![],
                            notes: vec![file_source(origin).to_string()],
                            // Only the example can be embedded: a reader's file is not
                            // on the site.
                            embed_path: (origin == Origin::Example && f == InstituteFilter::All)
                                .then(|| with_query(EMBED, &q)),
                            page_path: with_query(PAGE, &q),
                        }
                        .spec();
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
fn InstitutePicker(
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
fn InstituteTable(groups: Vec<InstituteStats>, origin: Origin, valley: (u8, u8)) -> impl IntoView {
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
fn ExampleChart(
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
    let q = TrlState {
        tab: tab.get_untracked(),
        view,
        example: true,
    }
    .to_query();
    let spec = Chart {
        origin: Origin::Example,
        title: trl::chart_title(Origin::Example),
        progression: &p,
        valley,
        view,
        sources: vec![],
        notes: vec![file_source(Origin::Example).to_string()],
        embed_path: Some(with_query(EMBED, &q)),
        page_path: with_query(PAGE, &q),
    }
    .spec();
    view! {
        <div data-not-figure="computed from the invented example file, not from the dataset">
            <ChartFrame ds spec tab on_tab embedded=true/>
        </div>
    }
    .into_any()
}

/// GAO's finding (and what the plan makes of it), each quote with its source line.
#[component]
fn Findings(ds: Arc<Dataset>) -> impl IntoView {
    ds.readiness
        .findings
        .iter()
        .map(|f| {
            view! {
                <blockquote class="finding" data-sources=source_ids(&f.sources)>
                    <p>{f.text.clone()}</p>
                    <SourceLine dataset=ds.clone() cites=f.sources.clone()/>
                </blockquote>
            }
        })
        .collect_view()
}
