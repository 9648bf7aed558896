//! `/trl` and `/embed/trl`: what is known first (GAO's finding, the valley-of-death and
//! scale-up bands, and why GAO's chart of project moves cannot be redrawn), the TRL and
//! MRL ladder, and "analyse your own projects" with an invented example file to try it.
//! The progression is drawn only from cells or project records in the data, never from
//! a guessed matrix. What is known is in `known.rs`, the reader's own file in
//! `own_projects.rs`.

use std::sync::Arc;

use explorer_core::data::model::Dataset;
use explorer_core::format;
use explorer_core::trl::spec::{dataset_spec, EMBED, PAGE};
use explorer_core::trl::{self, Progression, Stats};
use explorer_core::trl::{parse_trl, TrlState, TrlView};
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::components::chart_frame::ChartFrame;
use crate::components::page::{embed, page};
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::sources::{source_ids, sources_as_of};

mod known;
mod own_projects;
use known::Known;
use known::Ladder;
use known::NotPlaced;
use own_projects::ExampleChart;
use own_projects::OwnProjects;

#[component]
pub fn TrlPage() -> impl IntoView {
    page(
        "Technology readiness",
        "Technology readiness and project progression",
        |ds| view! { <TrlContent ds embedded=false/> }.into_any(),
    )
}

#[component]
pub fn TrlEmbed() -> impl IntoView {
    embed("TRL progression chart", |ds| {
        view! { <TrlContent ds embedded=true/> }.into_any()
    })
}

#[component]
fn TrlContent(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let (parsed, notes) = parsed_query(parse_trl);
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
    let valley = trl::spec::valley(&ds.readiness);
    let progression = Progression::from_data(&ds.readiness.progression.data);
    let has_chart = progression.is_some();

    // The dataset's own progression: a chart when it holds cells or project records,
    // otherwise what is known of GAO's figure.
    let dataset_chart = {
        let ds = ds.clone();
        move || match &progression {
            Some(p) => {
                let v = view_kind.get();
                let spec = dataset_spec(&ds, p, valley, v, tab.get_untracked());
                let stats = trl::stats(p, valley);
                let cites = ds.readiness.progression.sources.clone();
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
