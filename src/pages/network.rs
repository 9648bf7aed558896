//! `/network` ("The network over time"): one yearly series at a time in the chart frame
//! (the metric in the address), its breaks explained beside it, and every series side
//! by side as small multiples; `/embed/network?metric=…`, the chart alone.

use std::sync::Arc;

use explorer_core::data::model::{distinct_sources, Dataset};
use explorer_core::network::spec::{series_spec, EMBED, PAGE};
use explorer_core::network::{self, parse_network, year_points, year_span};
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::base::href;
use crate::components::chart_frame::ChartFrame;
use crate::components::page::{embed, page};
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::sources::source_ids;
use explorer_core::url_state::with_query;

#[component]
pub fn NetworkPage() -> impl IntoView {
    page("The network over time", "The network over time", |ds| {
        view! { <Series ds embedded=false/> }.into_any()
    })
}

#[component]
pub fn NetworkEmbed() -> impl IntoView {
    embed("Network chart", |ds| {
        view! { <Series ds embedded=true/> }.into_any()
    })
}

#[component]
fn Series(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let (parsed, notes) = {
        let ds = ds.clone();
        parsed_query(move |pairs| parse_network(pairs, &ds))
    };
    let set_query = query_setter(if embedded { EMBED } else { PAGE });
    let tab = Signal::derive(move || parsed.get().0.tab);
    let on_tab = {
        let set_query = set_query.clone();
        Callback::new(move |t: Tab| {
            let mut s = parsed.get_untracked().0;
            s.tab = t;
            set_query(s.to_query());
        })
    };
    let metric_id = Memo::new({
        let ds = ds.clone();
        move |_| parsed.with(|(s, _)| s.metric(&ds).map(|m| m.id.clone()))
    });
    let frame = {
        let ds = ds.clone();
        move || {
            let Some(m) = metric_id
                .get()
                .and_then(|id| ds.network.metric(&id).cloned())
            else {
                return view! { <p class="alert alert--info">"The dataset holds no yearly series."</p> }
                    .into_any();
            };
            let spec = series_spec(&ds, &m, tab.get_untracked());
            view! { <ChartFrame ds=ds.clone() spec tab on_tab embedded/> }.into_any()
        }
    };
    if embedded {
        return view! { <QueryNotes notes/><div data-follows-view="">{frame}</div> }.into_any();
    }
    let options = ds
        .network
        .metrics
        .iter()
        .map(|m| {
            let id = m.id.clone();
            let value = m.id.clone();
            view! { <option value=value selected=move || metric_id.get().as_deref() == Some(id.as_str())>{m.label.clone()}</option> }
        })
        .collect_view();
    let choose = move |e: leptos::ev::Event| {
        let mut s = parsed.get_untracked().0;
        s.metric = Some(event_target_value(&e));
        set_query(s.to_query());
    };
    let span = year_span(&ds)
        .map(|(a, b)| format!("FY{a} to FY{b}"))
        .unwrap_or_default();
    view! {
        <QueryNotes notes/>
        <p class="lead" data-not-figure="the span of fiscal years the series cover">
            {format!(
                "The network's figures as its annual reports and their summaries print them, fiscal year by fiscal year ({span}). \
                 A year no source read gives is left empty, never estimated; where the sources disagree, both values are shown. "
            )}
            "Dated events between and after the reports (awards, renewals, a termination notice) are on the "
            <a href=href("/timeline")>"timeline"</a>"."
        </p>
        <div class="controls controls--inline">
            <label for="network-metric">"Series"</label>
            <select id="network-metric" on:change=choose>{options}</select>
        </div>
        <div data-follows-view="">{frame}</div>
        {move || (metric_id.get().as_deref() == Some("institutes")).then(|| view! {
            <p class="note" id="institutes-series-note">
                "This series ends with the latest fiscal year the program's reports give. It is not continued from this dataset's records: \
                 later changes to the network, each dated with its source, are on the "
                <a href=href("/timeline")>"timeline"</a>
                ", and the overview gives the count at each date by the source that states it."
            </p>
        })}
        <SmallMultiples ds=ds.clone() current=metric_id.into()/>
    }
    .into_any()
}

/// Every series as a small chart on the same fiscal years, each a link to its own view,
/// with how many years it covers and its latest value.
#[component]
fn SmallMultiples(ds: Arc<Dataset>, current: Signal<Option<String>>) -> impl IntoView {
    let Some((first, last)) = year_span(&ds) else {
        return ().into_any();
    };
    let span = last - first + 1;
    let cards = ds
        .network
        .metrics
        .iter()
        .map(|m| {
            let svg = network::series_sparkline(m, (first, last), 160, 56).to_svg();
            let points = year_points(m);
            let reported = points.iter().filter(|p| p.value.is_some()).count();
            let latest = points
                .iter()
                .rev()
                .find(|p| p.value.is_some())
                .map(|p| format!("Latest published: {} (FY{})", p.label, p.year));
            // The latest value's own source, beside it (as text: the card is a link).
            let latest_source = m
                .points
                .iter()
                .rev()
                .find(|p| p.value.number().is_some())
                .map(|p| format!("Source: {}.", ds.cite_text(&p.sources)));
            let cites = distinct_sources(m.points.iter().flat_map(|p| &p.sources));
            let path = with_query(PAGE, &format!("metric={}", m.id));
            let id = m.id.clone();
            let is_current = move || current.get().as_deref() == Some(id.as_str());
            let broken = (!m.breaks.is_empty()).then(|| {
                view! { <span class="multiples__break">{format!("{} break{}", m.breaks.len(), if m.breaks.len() == 1 { "" } else { "s" })}</span> }
            });
            view! {
                <li class="multiples__item" data-sources=source_ids(&cites)>
                    <a href=href(&path) class="multiples__link" aria-current=move || is_current().then_some("true")>
                        <span class="multiples__label">{m.label.clone()}</span>
                        <span class="chart__svg multiples__chart" aria-hidden="true" inner_html=svg></span>
                        <span class="multiples__meta">
                            {format!("{reported} of {span} years reported")}
                            {latest.map(|l| view! { <br/>{l} })}
                            {broken.map(|b| view! { <br/>{b} })}
                        </span>
                    </a>
                    {latest_source.map(|s| view! { <p class="multiples__source">{s}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="all-series" class="multiples">
            <h2 id="all-series">"All series side by side"</h2>
            <p data-not-figure="the span of fiscal years">
                {format!("Each small chart spans FY{first}–FY{last} on its own scale from zero; a gap is a year not reported, a dashed rule a break. Choose one to see it above with its values, sources and quotes.")}
            </p>
            <ul class="multiples__list">{cards}</ul>
        </section>
    }
    .into_any()
}
