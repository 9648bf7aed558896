//! `/`: the program at a glance: headline figures and the list of institutes.

use std::sync::Arc;

use explorer_core::data::model::{distinct_sources, Dataset, Figure, Institute};
use explorer_core::format;
use explorer_core::institutes::charts;
use explorer_core::links;
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::base::href;
use crate::components::chart_frame::ChartFrame;
use crate::components::data_table::{Column, DataTable};
use crate::components::figure_notes::FigureNotes;
use crate::components::history::EventList;
use crate::components::page::page;
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::translated::{translated_mark, WordingNotice};
use explorer_core::sources::source_ids;

/// The figures shown as cards, in order; the rest of the headline figures follow in a table.
const KEY_FIGURES: &[&str] = &[
    "members",
    "manufacturer_share",
    "base_federal_funding",
    "funds_attracted",
    "investment_match",
    "people_trained",
    "institutes_by_sponsor",
];

#[component]
pub fn Overview() -> impl IntoView {
    page("Overview", "Manufacturing USA at a glance", |ds| {
        view! { <OverviewContent ds/> }.into_any()
    })
}

#[component]
fn OverviewContent(ds: Arc<Dataset>) -> impl IntoView {
    // The network's size is a fact at a date, by a source: each clause carries both,
    // computed from the records and the sources' stated counts (explorer_core::history).
    let today = explorer_core::history::network_today(&ds);
    let network_cites = distinct_sources(today.iter().flat_map(|c| &c.sources));
    let n = today.len();
    let clauses = today
        .into_iter()
        .enumerate()
        .map(|(k, c)| {
            let end = match k + 1 {
                // "17 … (August 2024); 18 … in 2025. On 10 December 2025, …."
                1 if n > 2 => "; ",
                x if x == n => ".",
                _ => ". ",
            };
            view! {
                <span class="count-clause" data-as-of=c.as_of.clone() data-sources=source_ids(&c.sources)>{c.text}</span>{end}
            }
        })
        .collect_view();
    let network_source = view! { <SourceLine dataset=ds.clone() cites=network_cites/> };
    let cards = KEY_FIGURES
        .iter()
        .filter_map(|id| ds.figure(id))
        .map(|f| view! { <FigureCard ds=ds.clone() figure=f.clone()/> })
        .collect_view();
    let others: Vec<Figure> = ds
        .headline_figures
        .iter()
        .filter(|f| !KEY_FIGURES.contains(&f.id.as_str()))
        .cloned()
        .collect();
    let any_translated = ds.headline_figures.iter().any(|f| f.translated);
    view! {
        <p class="lead" id="network-today">
            "Manufacturing USA is a national network of manufacturing innovation institutes, \
             each a public–private partnership sponsored by a federal agency: "
            {clauses}
        </p>
        {network_source}
        <p data-not-figure="the fiscal year of the figures below">"The key figures below are the program's latest published network-wide figures, for FY2022, as its sources report them."</p>
        <SincePlan ds=ds.clone()/>
        <section>
            <h2 id="key-figures">"Key figures"</h2>
            <ul class="stat-grid">{cards}</ul>
        </section>
        // Built in tasks of their own while the app takes the page over.
        {
            let ds = ds.clone();
            takeover::later(move || view! { <GoalsEntry ds/> }.into_any())
        }
        <Timeline ds=ds.clone()/>
        {
            let ds = ds.clone();
            takeover::later(move || view! { <Explore/><OtherFigures ds figures=others/> }.into_any())
        }
        <InstituteTable ds=ds.clone()/>
        {any_translated.then(|| view! {
            <p class="note" id="translated-note">
                <span aria-hidden="true">"† "</span>
                "Marked items were read in a machine translation of the 2024 Strategic Plan and "
                "could not be checked against its English wording."
            </p>
        })}
    }
}

#[component]
fn FigureCard(ds: Arc<Dataset>, figure: Figure) -> impl IntoView {
    let breakdown = (!figure.breakdown.is_empty()).then(|| {
        let unit = figure.unit;
        let items = figure
            .breakdown
            .iter()
            .map(|p| {
                let value = format::amount(p.value, unit, Default::default());
                view! { <li><span class="stat__part-label">{p.label.clone()}</span>" "{value}</li> }
            })
            .collect_view();
        view! { <ul class="stat__parts">{items}</ul> }
    });
    // The figure's record over the years, when the dataset holds it as a series.
    let series = figure
        .series
        .as_ref()
        .and_then(|id| ds.network.metric(id))
        .map(|m| {
            let path = format!("/network?metric={}", m.id);
            view! { <p class="stat__series"><a href=crate::base::href(&path)>"By fiscal year"<span class="visually-hidden">{format!(": {}", m.label)}</span></a></p> }
        });
    view! {
        <li class="stat" data-sources=source_ids(&figure.sources) data-as-of=figure.period.clone()>
            <h3 class="stat__label">{figure.label.clone()}</h3>
            <p class="stat__value">{format::figure(&figure)}{translated_mark(figure.translated)}</p>
            {breakdown}
            <p class="stat__period">{figure.period.clone()}</p>
            <div class="stat__note"><FigureNotes ds=ds.clone() figure=figure.clone()/></div>
            <SourceLine dataset=ds.clone() cites=figure.sources.clone()/>
            {series}
        </li>
    }
}

const FIGURE_COLUMNS: &[Column] = &[
    ("Figure", false),
    ("Value", true),
    ("Period", false),
    ("Source", false),
];

#[component]
fn OtherFigures(ds: Arc<Dataset>, figures: Vec<Figure>) -> impl IntoView {
    let rows = figures
        .into_iter()
        .map(|f| {
            view! {
                <tr data-sources=source_ids(&f.sources) data-as-of=f.period.clone()>
                    <th scope="row" data-label=FIGURE_COLUMNS[0].0>
                        {f.label.clone()}
                        <div class="table-note"><FigureNotes ds=ds.clone() figure=f.clone()/></div>
                    </th>
                    <td data-label=FIGURE_COLUMNS[1].0 class="num">{format::figure(&f)}{translated_mark(f.translated)}</td>
                    <td data-label=FIGURE_COLUMNS[2].0>{f.period.clone()}</td>
                    <td data-label=FIGURE_COLUMNS[3].0><SourceLine dataset=ds.clone() cites=f.sources.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2 id="more-figures">"More program figures"</h2>
            <DataTable
                labelled_by="more-figures"
                caption="Other headline figures of the program, with the period each refers to"
                columns=FIGURE_COLUMNS
            >
                {rows}
            </DataTable>
        </section>
    }
}

const INSTITUTE_COLUMNS: &[Column] = &[
    ("Acronym", false),
    ("Full name", false),
    ("Sponsor", false),
    ("Headquarters", false),
    ("Established", true),
];

#[component]
fn InstituteTable(ds: Arc<Dataset>) -> impl IntoView {
    let count = explorer_core::history::established_institutes(&ds).count();
    let checked = ds.sources_checked;
    let rows = explorer_core::history::established_institutes(&ds)
        .filter_map(|i| i.established.map(|date| (i, date)))
        .map(|(i, established)| {
            view! {
                <tr>
                    <th scope="row" data-label=INSTITUTE_COLUMNS[0].0>{i.acronym.clone()}</th>
                    <td data-label=INSTITUTE_COLUMNS[1].0>{i.name.clone()}</td>
                    <td data-label=INSTITUTE_COLUMNS[2].0><abbr title=i.sponsor.name()>{i.sponsor.code()}</abbr></td>
                    <td data-label=INSTITUTE_COLUMNS[3].0>{i.headquarters_label()}</td>
                    <td data-label=INSTITUTE_COLUMNS[4].0 class="num">
                        <time datetime=established.to_string()>{established.year}</time>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let cites = distinct_sources(
        explorer_core::history::established_institutes(&ds).flat_map(|i| &i.sources),
    );
    let ids = source_ids(&cites);
    view! {
        <section data-sources=ids data-as-of=checked.to_string()>
            <h2 id="institutes">{format!("The {count} institutes established as of {}", checked.long())}</h2>
            <DataTable
                labelled_by="institutes"
                caption="Institutes by founding date, with sponsoring agency and headquarters"
                columns=INSTITUTE_COLUMNS
            >
                {rows}
            </DataTable>
            <SourceLine dataset=ds.clone() cites/>
        </section>
    }
}

/// The latest dated events since the 2024 Strategic Plan (August 2024), newest first.
#[component]
fn SincePlan(ds: Arc<Dataset>) -> impl IntoView {
    const SHOWN: usize = 5;
    let plan = ds.source("plan2024").and_then(|s| s.published);
    let items: Vec<_> = plan
        .map(|p| explorer_core::history::since(&ds, p))
        .unwrap_or_default()
        .into_iter()
        // An absence checked at a date is not something that happened.
        .filter(|(_, e)| e.kind != explorer_core::data::model::EventKind::NoAwardAnnouncedAsOf)
        .map(|(inst, e)| {
            explorer_core::history::TimelineItem::from_event(e, inst.map(|i| i.id.as_str()))
        })
        .collect();
    let total = items.len();
    let shown: Vec<_> = items.into_iter().take(SHOWN).collect();
    let plan_long = plan.map(|p| p.long()).unwrap_or_default();
    view! {
        <section aria-labelledby="since-plan" class="since-plan">
            <h2 id="since-plan">"Since the plan"</h2>
            <p data-not-figure="a count of this dataset's own records">{format!(
                "The latest of the {total} dated events after the 2024 Strategic Plan ({plan_long}) in the sources read, as of {}, newest first.",
                ds.sources_checked.long()
            )}</p>
            <EventList ds=ds.clone() items=shown link_institutes=true compact=true/>
            <p><a href=href("/timeline")>"Every event on the timeline"</a></p>
        </section>
    }
}

/// The four goals as entry points to /goals.
#[component]
fn GoalsEntry(ds: Arc<Dataset>) -> impl IntoView {
    let goal_cites = distinct_sources(ds.plan.goals.iter().flat_map(|g| &g.sources));
    let cards = ds
        .plan
        .goals
        .iter()
        .map(|g| {
            let n = g.objectives.len();
            view! {
                <li class="goal-card">
                    <a class="goal-card__link" href=href(&links::goal(&g.id))>
                        <span class="goal-card__number">{format!("Goal {}", g.id)}</span>
                        <span class="goal-card__title">{g.title.clone()}{g.translated.then_some(" †")}</span>
                    </a>
                    <span class="goal-card__meta">{format!("{n} objective{}", if n == 1 { "" } else { "s" })}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="goals">
            <h2 id="goals">"The four goals of the 2024 Strategic Plan"</h2>
            <WordingNotice ds=ds.clone() goals=ds.plan.goals.iter().map(|g| g.id.clone()).collect()/>
            <p>"The plan's mission: " {ds.plan.mission.text.clone()}</p>
            <SourceLine dataset=ds.clone() cites=ds.plan.mission.sources.clone()/>
            <ul class="goal-grid" data-sources=source_ids(&goal_cites)>{cards}</ul>
            <SourceLine dataset=ds.clone() cites=goal_cites.clone()/>
        </section>
    }
}

/// Institutes by founding date, in the chart frame.
#[component]
fn Timeline(ds: Arc<Dataset>) -> impl IntoView {
    let list: Vec<&Institute> = explorer_core::history::established_institutes(&ds).collect();
    let spec = charts::founded(&list, &Default::default());
    let tab = RwSignal::new(Tab::Chart);
    view! {
        <ChartFrame ds=ds.clone() spec tab=Signal::from(tab) on_tab=Callback::new(move |t| tab.set(t))/>
    }
}

/// A short way into every page.
#[component]
fn Explore() -> impl IntoView {
    const PAGES: [(&str, &str, &str); 8] = [
        (
            "/timeline",
            "Timeline",
            "Every dated event of the program and its institutes, from the first institute to the latest.",
        ),
        (
            "/institutes",
            "Institutes",
            "Filter the established institutes and the announced ones; each has its own page.",
        ),
        (
            "/goals",
            "Goals and objectives",
            "The plan's goals and objectives, with the stories that illustrate them.",
        ),
        (
            "/trl",
            "Technology readiness",
            "The TRL and MRL ladder, GAO's finding, and an analysis of your own projects.",
        ),
        (
            "/benchmarking",
            "International benchmarking",
            "Manufacturing USA beside Fraunhofer, China's centres and the UK Catapult.",
        ),
        (
            "/agencies",
            "Federal partner agencies",
            "The sponsoring and participating agencies, and what the plan says of each.",
        ),
        (
            "/communities",
            "Manufacturing communities",
            "The EDA's designated IMCP communities, by state and round.",
        ),
        (
            "/data",
            "Data and sources",
            "Every source, the caveats, and downloads of the data as JSON and CSV.",
        ),
    ];
    let items = PAGES
        .iter()
        .map(|(path, title, text)| view! { <li><a href=href(path)>{*title}</a>" — "{*text}</li> })
        .collect_view();
    view! {
        <section aria-labelledby="explore">
            <h2 id="explore">"Explore"</h2>
            <ul class="explore-list">{items}</ul>
        </section>
    }
}
