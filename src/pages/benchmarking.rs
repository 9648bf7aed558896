//! `/benchmarking` and `/embed/benchmarking`: the plan's international benchmarking
//! study, programs side by side, and a KPI chart of the programs and indicator the
//! reader picks, all kept in the query string.

use std::sync::Arc;

use explorer_core::benchmarking::spec::{bench_spec, selection_note, EMBED, PAGE};
use explorer_core::benchmarking::{self, KPIS};
use explorer_core::benchmarking::{parse_bench, BenchState};
use explorer_core::data::model::{distinct_sources, Dataset, Figure, Metric, Program};
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::components::chart_frame::ChartFrame;
use crate::components::figure_item::FigureItem;
use crate::components::page::{embed, page};
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::sources::{source_ids, sources_as_of};

#[component]
pub fn BenchmarkingPage() -> impl IntoView {
    page(
        "International benchmarking",
        "International benchmarking",
        |ds| view! { <BenchContent ds embedded=false/> }.into_any(),
    )
}

#[component]
pub fn BenchmarkingEmbed() -> impl IntoView {
    embed("Benchmarking chart", |ds| {
        view! { <BenchContent ds embedded=true/> }.into_any()
    })
}

#[component]
fn BenchContent(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let known: Vec<String> = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let (parsed, notes) = {
        let known = known.clone();
        parsed_query(move |pairs| {
            let k: Vec<&str> = known.iter().map(String::as_str).collect();
            parse_bench(pairs, &k)
        })
    };
    let set_query = query_setter(if embedded { EMBED } else { PAGE });
    let update = {
        let known = known.clone();
        move |state: BenchState| {
            let k: Vec<&str> = known.iter().map(String::as_str).collect();
            set_query(state.to_query(&k));
        }
    };
    let selection = {
        let known = known.clone();
        Memo::new(move |_| {
            let (state, _) = parsed.get();
            let k: Vec<&str> = known.iter().map(String::as_str).collect();
            (state.kpi, state.program_ids(&k))
        })
    };
    let tab = Signal::derive(move || parsed.get().0.tab);
    let on_tab = {
        let update = update.clone();
        Callback::new(move |t: Tab| {
            let mut s = parsed.get_untracked().0;
            s.tab = t;
            update(s);
        })
    };
    let frame = {
        let ds = ds.clone();
        move || {
            let (kpi, ids) = selection.get();
            if ids.is_empty() {
                return view! {
                    <p class="alert alert--info">"Pick at least one program to compare."</p>
                }
                .into_any();
            }
            let spec = bench_spec(&ds, kpi, &ids, tab.get_untracked());
            let filter = selection_note(&ds, &ids);
            view! { <ChartFrame ds=ds.clone() spec tab on_tab embedded filter/> }.into_any()
        }
    };
    if embedded {
        return view! { <QueryNotes notes/><div data-follows-view="">{frame}</div> }.into_any();
    }
    // The controls, the side-by-side table and the takeaways are built in tasks of their
    // own while the app takes the page over (takeover::later).
    let controls = {
        let ds = ds.clone();
        let update = update.clone();
        takeover::later(move || {
            view! { <Controls ds parsed=parsed.into() selection=selection.into() update=Callback::new(update)/> }
                .into_any()
        })
    };
    let side_by_side = {
        let ds = ds.clone();
        takeover::later(move || view! { <SideBySide ds selection=selection.into()/> }.into_any())
    };
    let takeaways = {
        let ds = ds.clone();
        takeover::later(move || view! { <Takeaways ds/> }.into_any())
    };
    view! {
        <QueryNotes notes/>
        <Study ds=ds.clone()/>
        {controls}
        <div data-follows-view="">
            {frame}
            {side_by_side}
        </div>
        {takeaways}
    }
    .into_any()
}

#[component]
fn Study(ds: Arc<Dataset>) -> impl IntoView {
    let b = &ds.benchmarking;
    let countries = b
        .countries
        .iter()
        .filter(|c| c.reviewed)
        .map(|c| {
            let programs: Vec<String> = b
                .programs
                .iter()
                .filter(|p| p.country == c.id)
                .map(|p| p.name.clone())
                .collect();
            let detail = if programs.is_empty() {
                "no program named, no figures".to_string()
            } else {
                programs.join("; ")
            };
            view! { <li><strong>{c.name.clone()}</strong>" — "{detail}</li> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="study" data-sources=source_ids(&b.study.sources)>
            <h2 id="study">"The study"</h2>
            <p>{b.study.text.clone()}{b.study.translated.then_some(" †")}</p>
            <SourceLine dataset=ds.clone() cites=b.study.sources.clone()/>
            <h3>{format!("The {} countries reviewed", b.countries_reviewed)}</h3>
            <ul class="country-list">{countries}</ul>
        </section>
    }
}

#[component]
fn Controls(
    ds: Arc<Dataset>,
    parsed: Signal<(BenchState, Vec<String>)>,
    selection: Signal<(Metric, Vec<String>)>,
    update: Callback<BenchState>,
) -> impl IntoView {
    let boxes = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| {
            let id = p.id.clone();
            let checked = {
                let id = id.clone();
                move || selection.get().1.contains(&id)
            };
            let toggle = {
                let id = id.clone();
                move |_| {
                    let (mut state, _) = parsed.get_untracked();
                    let mut ids = selection.get_untracked().1;
                    if let Some(i) = ids.iter().position(|k| *k == id) {
                        ids.remove(i);
                    } else {
                        ids.push(id.clone());
                    }
                    state.programs = Some(ids);
                    update.run(state);
                }
            };
            let input_id = format!("program-{}", p.id);
            view! {
                <div class="check">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle/>
                    <label for=input_id>{p.name.clone()}{(!p.in_plan).then_some(" (not named in the plan)")}</label>
                </div>
            }
        })
        .collect_view();
    let options = KPIS
        .iter()
        .map(|m| {
            let key = m.key();
            let m = *m;
            view! { <option value=key selected=move || selection.get().0 == m>{m.label()}</option> }
        })
        .collect_view();
    let choose = move |e: leptos::ev::Event| {
        if let Some(m) = benchmarking::metric_from_key(&event_target_value(&e)) {
            let (mut state, _) = parsed.get_untracked();
            state.kpi = m;
            update.run(state);
        }
    };
    view! {
        <section aria-labelledby="compare" class="controls">
            <h2 id="compare">"Compare programs"</h2>
            <fieldset class="controls__group">
                <legend>"Programs"</legend>
                {boxes}
            </fieldset>
            <div class="controls__group">
                <label for="kpi">"Indicator"</label>
                <select id="kpi" on:change=choose>{options}</select>
            </div>
        </section>
    }
}

const SIDE_COLUMNS: [Metric; 6] = KPIS;

#[component]
fn SideBySide(ds: Arc<Dataset>, selection: Signal<(Metric, Vec<String>)>) -> impl IntoView {
    let ds2 = ds.clone();
    let ds3 = ds.clone();
    let rows = move || {
        let ids = selection.get().1;
        benchmarking::selected(&ds2, &ids)
            .into_iter()
            .map(|p| {
                let country = ds2
                    .benchmarking
                    .countries
                    .iter()
                    .find(|c| c.id == p.country)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                let cells = SIDE_COLUMNS
                    .iter()
                    .map(|m| {
                        let pick = benchmarking::pick(p, *m);
                        let detail = benchmarking::cell_note(&ds2, *m, &pick);
                        let marked = pick.figure.is_some_and(|f| f.translated);
                        view! {
                            <td data-label=m.label() class:not-reported=pick.value().is_none()>
                                {pick.shown()}{marked.then_some(" †")}
                                {detail.map(|d| view! { <span class="table-note">{d}</span> })}
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row" data-label="Program">{p.name.clone()}<span class="table-note">{country}</span></th>
                        <td data-label="Founded">{p.founded.clone()}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    let cites = distinct_sources(ds.benchmarking.programs.iter().flat_map(|p| &p.sources));
    let ids = source_ids(&cites);
    view! {
        <section aria-labelledby="side-by-side" data-sources=ids>
            <h2 id="side-by-side">"Side by side"</h2>
            <p>
                "Every indicator for the selected programs, as the sources give it: currencies and "
                "years are not converted. † read in the machine translation of the plan."
                {move || {
                    let ids = selection.get().1;
                    benchmarking::side_by_side_notes(&benchmarking::selected(&ds3, &ids))
                        .into_iter()
                        .map(|n| format!(" {n}"))
                        .collect::<String>()
                }}
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Selected programs side by side (table)">
                <table class="data-table">
                    <caption class="visually-hidden">"Selected programs and every indicator, with period and origin"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Program"</th>
                            <th scope="col">"Founded"</th>
                            {SIDE_COLUMNS.iter().map(|m| view! { <th scope="col">{m.label()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceLine dataset=ds.clone() cites/>
        </section>
    }
}

#[component]
fn Takeaways(ds: Arc<Dataset>) -> impl IntoView {
    let items = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| {
            view! {
                <li data-sources=source_ids(&p.sources) data-as-of=sources_as_of(&ds, &p.sources)>
                    <strong>{p.name.clone()}</strong>": "{p.summary.clone()}
                    <SourceLine dataset=ds.clone() cites=distinct_sources(&p.sources)/>
                    <ProgramFigures ds=ds.clone() program=p.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="takeaways">
            <h2 id="takeaways">"What the plan takes from abroad"</h2>
            <ul class="takeaway-list">{items}</ul>
        </section>
    }
}

/// Every figure held for a program, from the plan and from other sources, each with its
/// period, notes and source: the chart and the table above pick one per indicator.
#[component]
fn ProgramFigures(ds: Arc<Dataset>, program: Program) -> impl IntoView {
    let n = program.plan_figures.len() + program.other_figures.len();
    let list = |figures: &[Figure]| {
        figures
            .iter()
            .map(|f| view! { <FigureItem ds=ds.clone() figure=f.clone()/> })
            .collect_view()
    };
    let from_plan = (!program.plan_figures.is_empty()).then(|| {
        view! {
            <p class="program-figures__from">"From the 2024 Strategic Plan"</p>
            <ul class="figure-list">{list(&program.plan_figures)}</ul>
        }
    });
    let from_others = (!program.other_figures.is_empty()).then(|| {
        view! {
            <p class="program-figures__from">"From other sources"</p>
            <ul class="figure-list">{list(&program.other_figures)}</ul>
        }
    });
    (n > 0).then(|| {
        view! {
            <details class="program-figures">
                <summary>{format!("All {n} figures held for {}", program.name)}</summary>
                {from_plan}
                {from_others}
            </details>
        }
    })
}
