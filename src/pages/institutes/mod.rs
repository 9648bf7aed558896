//! `/institutes`: the directory (filters, sort and search in the query string, the
//! table, a chart of institutes founded per year by sponsor, a tile map of headquarters
//! and funding at award). Its filter form is in `filters.rs`; `/institutes/:id` is in
//! `detail.rs` and `/embed/institutes` in `embed.rs`.

use std::collections::HashSet;
use std::sync::Arc;

use explorer_core::data::model::{distinct_sources, Dataset, Institute, InstituteStatus};
use explorer_core::format;
use explorer_core::institutes::charts::{described, embed_path, DirectoryChart, PAGE};
use explorer_core::institutes::funding::{funding_spec, FundingSort};
use explorer_core::institutes::{parse_institutes, InstituteFilter, InstituteIndex};
use explorer_core::links;
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::base::href;
use crate::components::chart_frame::ChartFrame;
use crate::components::page::page;
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::sources::source_ids;
use explorer_core::url_state::with_query;

mod detail;
mod embed;
mod filters;
pub use detail::InstitutePage;
pub use embed::InstitutesEmbed;
use filters::Filters;

/// Rows listed before "Show all".
const ROWS_SHOWN: usize = 50;

/// Rows painted in the frame right after a keystroke in the search box.
const ROWS_FIRST: usize = 10;

/// How long the charts wait for typing to pause before following the results.
const CHART_DELAY_MS: u64 = 400;

/// How long the address waits for typing to pause before taking the search.
const URL_DELAY_MS: u64 = 250;

#[component]
pub fn InstitutesPage() -> impl IntoView {
    page("Institutes", "Institutes", |ds| {
        view! { <Directory ds/> }.into_any()
    })
}

/// The directory table's columns: its header and each card's labels on a phone.
const COLUMNS: [&str; 5] = [
    "Acronym",
    "Name and technology focus",
    "Sponsor",
    "Headquarters",
    "Established",
];

#[component]
fn Directory(ds: Arc<Dataset>) -> impl IntoView {
    let (parsed, notes) = parsed_query(parse_institutes);
    let from_url = Memo::new(move |_| parsed.get().0);
    // The search box answers each keystroke from a signal of its own, and the address
    // follows once typing pauses: a keystroke does not go through the router.
    let typed = RwSignal::new(from_url.get_untracked().q);
    // The box shows what is typed by itself; only a search from the address is written
    // into it, so a keystroke does not write the same text back.
    let search_box = NodeRef::<leptos::html::Input>::new();
    // The search last written to the address: any other search found there came from
    // outside (back, forward, a link) and replaces what the box holds.
    let written = StoredValue::new(from_url.get_untracked().q);
    Effect::new(move |_| {
        let q = from_url.with(|f| f.q.clone());
        if written.try_get_value().is_some_and(|w| w != q) {
            let _ = written.try_set_value(q.clone());
            if let Some(el) = search_box.try_get_untracked().flatten() {
                el.set_value(&q);
            }
            let _ = typed.try_set(q);
        }
    });
    let filter = Memo::new(move |_| {
        let mut f = from_url.get();
        f.q = typed.get();
        f
    });
    // Everything but the search, for the controls: a keystroke leaves them alone.
    let fields = Memo::new(move |_| {
        let mut f = from_url.get();
        f.q.clear();
        f
    });
    let set_query = query_setter(PAGE);
    let url_timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let cancel_url_timer = move || {
        if let Some(h) = url_timer.try_get_value().flatten() {
            h.clear();
        }
    };
    let update = Callback::new(move |f: InstituteFilter| {
        cancel_url_timer();
        let _ = written.try_set_value(f.q.clone());
        set_query(f.to_query());
    });
    let edit = move |change: &dyn Fn(&mut InstituteFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        update.run(f);
    };
    // A keystroke paints the first rows in the next frame and adds the others in the
    // frame after it: the rows below the fold do not hold up the ones in view.
    let all_rows_now = RwSignal::new(true);
    let search = Callback::new(move |q: String| {
        all_rows_now.set(false);
        typed.set(q);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = all_rows_now.try_set(true);
                },
                std::time::Duration::ZERO,
            );
        });
        cancel_url_timer();
        let handle = set_timeout_with_handle(
            move || {
                if let Some(f) = filter.try_get_untracked() {
                    update.run(f);
                }
            },
            std::time::Duration::from_millis(URL_DELAY_MS),
        )
        .ok();
        let _ = url_timer.try_set_value(handle);
    });
    on_cleanup(cancel_url_timer);
    // The list is recomputed once per filter change and shared by everything below, as
    // positions in `ds.institutes`: each row then reaches its record in constant time.
    let results = {
        let ds = ds.clone();
        let index = InstituteIndex::new(&ds);
        Memo::new(move |_| filter.with(|f| index.filter(&ds, f)))
    };
    let total = ds.institutes.len();
    let ds_filters = ds.clone();

    // Long result lists show their first rows until asked for all: a keystroke then
    // repaints a page of rows, not thousands.
    let show_all = RwSignal::new(false);
    let ds_rows = ds.clone();
    // Rows are keyed by record: a keystroke that keeps a row keeps its DOM, and only
    // rows that appear are built. In the frame right after a keystroke only the first
    // rows are built; rows already on the page stay.
    let on_page: StoredValue<HashSet<usize>> = StoredValue::new(HashSet::new());
    let shown = move || {
        let limit = if show_all.get() {
            usize::MAX
        } else {
            ROWS_SHOWN
        };
        let first_frame = !all_rows_now.get();
        let list: Vec<usize> = on_page.with_value(|before| {
            results.with(|ids| {
                ids.iter()
                    .take(limit)
                    .enumerate()
                    .filter(|(n, k)| !first_frame || *n < ROWS_FIRST || before.contains(k))
                    .map(|(_, k)| *k)
                    .collect()
            })
        });
        on_page.set_value(list.iter().copied().collect());
        list
    };
    let row = move |k: usize| {
        ds_rows.institutes.get(k).map(|i| {
            let status = explorer_core::history::status(i, ds_rows.sources_checked);
            let status = (status != InstituteStatus::Established).then(|| {
                view! { <span class="badge">{status.label()}</span> }
            });
            view! {
                <tr>
                    <th scope="row" data-label=COLUMNS[0]><a href=href(&links::institute(&i.id))>{i.acronym.clone()}</a>{status}</th>
                    <td data-label=COLUMNS[1]>{i.name.clone()}<span class="table-note">{i.focus.clone()}</span></td>
                    <td data-label=COLUMNS[2]><abbr title=i.sponsor.name()>{i.sponsor.code()}</abbr></td>
                    <td data-label=COLUMNS[3]>{if i.headquarters.is_empty() { format::NOT_REPORTED.to_string() } else { i.headquarters_label() }}</td>
                    <td data-label=COLUMNS[4] class="num">{i.established.map_or_else(|| "—".to_string(), |d| d.year.to_string())}</td>
                </tr>
            }
        })
    };
    let count = move || {
        let n = results.with(Vec::len);
        format!("Showing {n} of {total} institutes.")
    };
    let more = move || {
        let n = results.with(Vec::len);
        (n > ROWS_SHOWN && !show_all.get()).then(|| {
            view! {
                <p class="table-more">
                    {format!("The table lists the first {ROWS_SHOWN} of {n}. ")}
                    <button type="button" class="button button--outline" on:click=move |_| show_all.set(true)>
                        {format!("Show all {n}")}
                    </button>
                </p>
            }
        })
    };
    // The charts follow the results a moment after typing stops, so a keystroke only
    // repaints the count and the table; a filter that leaves the results unchanged
    // does not redraw them at all.
    let chart_ids = RwSignal::new(results.get_untracked());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |_| {
        let ids = results.get();
        if let Some(h) = pending.try_get_value().flatten() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                // The page may have been left meanwhile: then the signal is gone.
                if chart_ids
                    .try_get_untracked()
                    .is_some_and(|shown| shown != ids)
                {
                    let _ = chart_ids.try_set(ids);
                }
            },
            std::time::Duration::from_millis(CHART_DELAY_MS),
        )
        .ok();
        let _ = pending.try_set_value(handle);
    });
    on_cleanup(move || {
        if let Some(h) = pending.try_get_value().flatten() {
            h.clear();
        }
    });
    let charts = {
        let ds = ds.clone();
        move || {
            let f = filter.get_untracked();
            let ids = chart_ids.get();
            let list: Vec<&Institute> = ids.iter().filter_map(|&k| ds.institutes.get(k)).collect();
            let described = described(&f, list.len(), ds.institutes.len());
            let founded = DirectoryChart::Founded.spec(&list, &f);
            let map = DirectoryChart::Map.spec(&list, &f);
            let years_tab = Signal::derive(move || fields.with(|f| f.years_tab));
            let map_tab = Signal::derive(move || fields.with(|f| f.map_tab));
            let on_years =
                Callback::new(move |t: Tab| edit(&|f: &mut InstituteFilter| f.years_tab = t));
            let on_map =
                Callback::new(move |t: Tab| edit(&|f: &mut InstituteFilter| f.map_tab = t));
            view! {
                <ChartFrame ds=ds.clone() spec=founded tab=years_tab on_tab=on_years filter=described.clone()/>
                <ChartFrame ds=ds.clone() spec=map tab=map_tab on_tab=on_map filter=described/>
            }
        }
    };
    // The funding chart follows the same list, and its own order.
    let funding_sort = Memo::new(move |_| fields.with(|f| f.funding_sort));
    let funding_frame = {
        let ds = ds.clone();
        move || {
            let by = funding_sort.get();
            let ids = chart_ids.get();
            let f = filter.get_untracked();
            let list: Vec<&Institute> = ids.iter().filter_map(|&k| ds.institutes.get(k)).collect();
            let described = described(&f, list.len(), ds.institutes.len());
            let mut funding = funding_spec(&list, by, with_query(PAGE, &f.to_query()));
            funding.embed_path = Some(embed_path(DirectoryChart::Funding, &f));
            let funding_tab = Signal::derive(move || fields.with(|f| f.funding_tab));
            let on_funding =
                Callback::new(move |t: Tab| edit(&|f: &mut InstituteFilter| f.funding_tab = t));
            view! { <ChartFrame ds=ds.clone() spec=funding tab=funding_tab on_tab=on_funding filter=described/> }
        }
    };
    let sort_by = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        if let Some(k) = FundingSort::ALL.into_iter().find(|k| k.key() == v) {
            edit(&|f: &mut InstituteFilter| f.funding_sort = k);
        }
    };
    let funding_options = FundingSort::ALL
        .into_iter()
        .map(|k| view! { <option value=k.key() selected=move || funding_sort.get() == k>{k.label()}</option> })
        .collect_view();
    let cites = distinct_sources(ds.institutes.iter().flat_map(|i| &i.sources));
    let cite_ids = source_ids(&cites);
    view! {
        <QueryNotes notes/>
        <p class="lead">
            "The institutes of the Manufacturing USA network, and the ones announced or planned. "
            "Filter, sort and search; the address keeps your choices, so a copied link shows the same list."
        </p>
        // The filters too are built in a task of their own during the takeover.
        {takeover::later(move || view! {
            <Filters ds=ds_filters fields typed search_box search update filter/>
        }.into_any())}
        <div class="results" data-follows-view="" data-sources=cite_ids>
        <p class="result-count" role="status" aria-live="polite" id="institute-count" data-rows-count="">{count}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Institutes (table)">
            <table class="data-table" id="institute-table">
                <caption class="visually-hidden">"Institutes matching the filters"</caption>
                <thead>
                    <tr>
                        <th scope="col">{COLUMNS[0]}</th>
                        <th scope="col">{COLUMNS[1]}</th>
                        <th scope="col">{COLUMNS[2]}</th>
                        <th scope="col">{COLUMNS[3]}</th>
                        <th scope="col" class="num">{COLUMNS[4]}</th>
                    </tr>
                </thead>
                // The rows, and the charts below, are built in tasks of their own while
                // the app takes the page over (takeover::later).
                <tbody>{takeover::later(move || view! { <For each=shown key=|k| *k children=row/> }.into_any())}</tbody>
            </table>
        </div>
        {more}
        <SourceLine dataset=ds.clone() cites/>
        {takeover::later(move || charts.into_any())}
        <div class="controls controls--inline">
            <label for="funding-sort">"Order the funding chart by"</label>
            <select id="funding-sort" on:change=sort_by>{funding_options}</select>
        </div>
        {takeover::later(move || funding_frame.into_any())}
        </div>
    }
}
