//! `/timeline` and `/embed/timeline`: every dated event of the program and its
//! institutes, as a chart of events per year with its table, and the list of events;
//! filtered by institute, sponsor and kind in the query string. What the chart and the
//! list say is `explorer_core::timeline`; this page wires it.

use std::sync::Arc;

use explorer_core::data::model::{Agency, Dataset, EventKind};
use explorer_core::timeline::{self, TimelineFilter, EMBED, PAGE};
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::base::href;
use crate::components::chart_frame::ChartFrame;
use crate::components::history::EventList;
use crate::components::page::{embed, page};
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};

#[component]
pub fn TimelinePage() -> impl IntoView {
    page(
        "Timeline",
        "Timeline of the program and its institutes",
        |ds| view! { <Timeline ds/> }.into_any(),
    )
}

#[component]
fn Timeline(ds: Arc<Dataset>) -> impl IntoView {
    let ds_parse = ds.clone();
    let (parsed, notes) = parsed_query(move |pairs| timeline::parse(pairs, &ds_parse));
    let filter = Memo::new(move |_| parsed.get().0);
    let set_query = query_setter(PAGE);
    let update = Callback::new(move |f: TimelineFilter| set_query(f.to_query()));
    let edit = move |change: &dyn Fn(&mut TimelineFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        update.run(f);
    };
    let institute_options = ds
        .institutes
        .iter()
        .map(|i| {
            let id = i.id.clone();
            view! { <option value=i.id.clone() selected=move || filter.get().institute.as_deref() == Some(id.as_str())>{i.acronym.clone()}</option> }
        })
        .collect_view();
    let sponsor_options = Agency::ALL
        .into_iter()
        .map(|a| view! { <option value=a.id() selected=move || filter.get().sponsors == [a]>{a.code()}</option> })
        .collect_view();
    let kind_options = EventKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.key() selected=move || filter.get().kinds == [k]>{k.label()}</option> })
        .collect_view();
    let ds_chart = ds.clone();
    let chart = move || {
        let f = filter.get();
        let (spec, described, _) = timeline::spec(&ds_chart, &f);
        let tab = Signal::derive(move || filter.get().tab);
        let on_tab = Callback::new(move |t: Tab| edit(&|f: &mut TimelineFilter| f.tab = t));
        view! { <ChartFrame ds=ds_chart.clone() spec tab on_tab filter=described/> }
    };
    let ds_list = ds.clone();
    let list = move || {
        let f = filter.get();
        // Newest first: a reader comes for what happened lately.
        let mut items: Vec<_> = timeline::filtered(&ds_list, &f)
            .into_iter()
            .map(|(_, i)| i)
            .collect();
        items.reverse();
        let count = format!("{} events listed, newest first.", items.len());
        view! {
            <p class="result-count" role="status" aria-live="polite" id="timeline-count" data-not-figure="the number of events the filter lists">{count}</p>
            <EventList ds=ds_list.clone() items link_institutes=true/>
        }
    };
    view! {
        <QueryNotes notes/>
        <p class="lead" data-not-figure="the date the sources were last checked">{format!(
            "Every dated event the sources read give, from the first institute to the latest: competitions, awards, renewals, ceiling changes, facilities, terminations, and the program's reviews, bills, studies and budget lines. Sources last checked {}.",
            ds.sources_checked.long()
        )}</p>
        <form class="filters" role="search" aria-label="Filter events" on:submit=|e| e.prevent_default()>
            <div class="filters__field">
                <label for="tl-institute">"Institute"</label>
                <select id="tl-institute" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut TimelineFilter| f.institute = (!v.is_empty()).then(|| v.clone())) }>
                    <option value="" selected=move || filter.get().institute.is_none()>"All institutes and the program"</option>
                    {institute_options}
                </select>
            </div>
            <div class="filters__field">
                <label for="tl-sponsor">"Sponsor"</label>
                <select id="tl-sponsor" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut TimelineFilter| f.sponsors = Agency::ALL.into_iter().filter(|a| a.id() == v).collect()) }>
                    <option value="" selected=move || filter.get().sponsors.is_empty()>"All sponsors"</option>
                    {sponsor_options}
                </select>
            </div>
            <div class="filters__field">
                <label for="tl-kind">"Kind"</label>
                <select id="tl-kind" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut TimelineFilter| f.kinds = EventKind::from_key(&v).into_iter().collect()) }>
                    <option value="" selected=move || filter.get().kinds.is_empty()>"All kinds"</option>
                    {kind_options}
                </select>
            </div>
            <p class="filters__reset"><a href=href(PAGE)>"Clear all filters"</a></p>
        </form>
        <div data-follows-view="">{chart}</div>
        <section aria-labelledby="events">
            <h2 id="events">"The events"</h2>
            <div data-follows-view="">{list}</div>
        </section>
    }
}

/// `/embed/timeline?…`: the chart of /timeline, chrome-less, for the events its filter
/// parameters keep.
#[component]
pub fn TimelineEmbed() -> impl IntoView {
    embed("Timeline chart", |ds| {
        view! { <TimelineChartEmbed ds/> }.into_any()
    })
}

#[component]
fn TimelineChartEmbed(ds: Arc<Dataset>) -> impl IntoView {
    let ds_parse = ds.clone();
    let (parsed, notes) = parsed_query(move |pairs| timeline::parse(pairs, &ds_parse));
    let set_query = query_setter(EMBED);
    let frame = move || {
        let f = parsed.get().0;
        let (spec, described, _) = timeline::spec(&ds, &f);
        let tab = Signal::derive(move || parsed.get().0.tab);
        let set_query = set_query.clone();
        let on_tab = Callback::new(move |t: Tab| {
            let mut f = parsed.get_untracked().0;
            f.tab = t;
            set_query(f.to_query());
        });
        view! { <ChartFrame ds=ds.clone() spec tab on_tab embedded=true filter=described/> }
    };
    view! {
        <QueryNotes notes/>
        <div data-follows-view="">{frame}</div>
    }
}
