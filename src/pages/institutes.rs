//! `/institutes` (the directory: filters, sort and search in the query string, a chart
//! of institutes founded per year by sponsor and a tile map of headquarters) and
//! `/institutes/:id` (one institute, its stories, topics and objectives).

use std::collections::HashSet;
use std::sync::Arc;

use explorer_core::data::model::{
    distinct_sources, Agency, Dataset, Institute, InstituteStatus, LinkBasis,
};
use explorer_core::format;
use explorer_core::institutes::charts::{
    described, embed_path, parse_embed, DirectoryChart, EMBED, PAGE,
};
use explorer_core::institutes::funding::{funding_spec, FundingSort};
use explorer_core::institutes::{parse_institutes, InstituteFilter, InstituteIndex, SortKey};
use explorer_core::links;
use explorer_core::order::{sort, sort_dedup, sort_with};
use explorer_core::url_state::Tab;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::base::href;
use crate::components::breadcrumbs::{Breadcrumbs, UnknownId};
use crate::components::chart_frame::ChartFrame;
use crate::components::dataset::with_dataset;
use crate::components::figure_notes::FigureNotes;
use crate::components::history::{EventList, StatusNote};
use crate::components::page_title::set_page_title;
use crate::components::record::Record;
use crate::components::source_line::SourceLine;
use crate::components::takeover;
use crate::components::url_state::{query_pairs, query_setter, QueryNotes};
use explorer_core::sources::{source_ids, sources_as_of};
use explorer_core::url_state::with_query;

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
    set_page_title("Institutes");
    view! {
        <div class="page">
            <h1>"Institutes"</h1>
            {with_dataset(|ds| view! { <Directory ds/> }.into_any())}
        </div>
    }
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
    let pairs = query_pairs();
    let parsed = Memo::new(move |_| parse_institutes(&pairs.get()));
    let from_url = Memo::new(move |_| parsed.get().0);
    let notes = Signal::derive(move || parsed.get().1);
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
    let search = move |q: String| {
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
    };
    on_cleanup(cancel_url_timer);
    // The list is recomputed once per filter change and shared by everything below, as
    // positions in `ds.institutes`: each row then reaches its record in constant time.
    let results = {
        let ds = ds.clone();
        let index = InstituteIndex::new(&ds);
        Memo::new(move |_| filter.with(|f| index.filter(&ds, f)))
    };
    let total = ds.institutes.len();
    let mut states: Vec<String> = ds
        .institutes
        .iter()
        .flat_map(|i| i.headquarters.iter().map(|p| p.state.clone()))
        .collect();
    sort_dedup(&mut states);
    let years: Vec<u16> = {
        let mut y: Vec<u16> = ds
            .institutes
            .iter()
            .filter_map(|i| i.established.map(|d| d.year))
            .collect();
        sort_dedup(&mut y);
        y
    };

    let sponsor_boxes = Agency::ALL
        .into_iter()
        .map(|a| {
            let id = format!("sponsor-{}", a.id());
            view! {
                <div class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || fields.with(|f| f.sponsors.is_empty() || f.sponsors.contains(&a))
                        on:change=move |_| edit(&|f: &mut InstituteFilter| {
                            if f.sponsors.is_empty() {
                                f.sponsors = Agency::ALL.to_vec();
                            }
                            if let Some(k) = f.sponsors.iter().position(|x| *x == a) {
                                f.sponsors.remove(k);
                            } else {
                                f.sponsors.push(a);
                            }
                            if f.sponsors.len() == Agency::ALL.len() {
                                f.sponsors.clear();
                            }
                            sort(&mut f.sponsors);
                        })
                    />
                    <label for=id><abbr title=a.name()>{a.code()}</abbr></label>
                </div>
            }
        })
        .collect_view();
    let state_options = states
        .iter()
        .map(|s| {
            let code = s.clone();
            view! { <option value=s.clone() selected=move || fields.with(|f| f.state.as_deref() == Some(code.as_str()))>{s.clone()}</option> }
        })
        .collect_view();
    let year_options = move |is_from: bool| {
        years
            .iter()
            .map(|y| {
                let y = *y;
                view! {
                    <option
                        value=y.to_string()
                        selected=move || fields.with(|f| (if is_from { f.from } else { f.to }) == Some(y))
                    >{y.to_string()}</option>
                }
            })
            .collect_view()
    };
    let from_options = year_options(true);
    let to_options = year_options(false);
    let sort_options = SortKey::ALL
        .into_iter()
        .map(|k| view! { <option value=k.key() selected=move || fields.with(|f| f.sort == k)>{k.label()}</option> })
        .collect_view();
    // A status filter with more than one status (from an address) shows as "Any status"
    // only when it is empty; a single status selects its option.
    let status_options = InstituteStatus::ALL
        .into_iter()
        .map(|st| view! { <option value=st.key() selected=move || fields.with(|f| f.statuses == [st])>{st.label()}</option> })
        .collect_view();
    let checked_long = ds.sources_checked.long();

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
            <form class="filters" role="search" aria-label="Filter institutes" on:submit=|e| e.prevent_default()>
                <div class="filters__field filters__field--wide">
                    <label for="inst-q">"Search acronym, name or technology"</label>
                    <input
                        id="inst-q"
                        type="search"
                        node_ref=search_box
                        prop:value=typed.get_untracked()
                        on:input=move |e| search(event_target_value(&e))
                    />
                </div>
                <fieldset class="filters__field">
                    <legend>"Sponsor"</legend>
                    <div class="filters__checks">{sponsor_boxes}</div>
                </fieldset>
                <div class="filters__field">
                    <label for="inst-state">"Headquarters state"</label>
                    <select id="inst-state" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut InstituteFilter| f.state = (!v.is_empty()).then(|| v.clone())) }>
                        <option value="" selected=move || fields.with(|f| f.state.is_none())>"All states"</option>
                        {state_options}
                    </select>
                </div>
                <div class="filters__field">
                    <label for="inst-from">"Established from"</label>
                    <select id="inst-from" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut InstituteFilter| f.from = v.parse().ok()) }>
                        <option value="" selected=move || fields.with(|f| f.from.is_none())>"Any year"</option>
                        {from_options}
                    </select>
                </div>
                <div class="filters__field">
                    <label for="inst-to">"to"</label>
                    <select id="inst-to" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut InstituteFilter| f.to = v.parse().ok()) }>
                        <option value="" selected=move || fields.with(|f| f.to.is_none())>"Any year"</option>
                        {to_options}
                    </select>
                </div>
                <div class="filters__field">
                    <label for="inst-sort">"Sort by"</label>
                    <select id="inst-sort" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut InstituteFilter| { if let Some(k) = SortKey::ALL.into_iter().find(|k| k.key() == v) { f.sort = k; } }) }>
                        {sort_options}
                    </select>
                </div>
                <div class="filters__field">
                    <label for="inst-status" data-not-figure="the date the sources were last checked">{format!("Status on {}", checked_long)}</label>
                    <select id="inst-status" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut InstituteFilter| f.statuses = InstituteStatus::from_key(&v).into_iter().collect()) }>
                        <option value="" selected=move || fields.with(|f| f.statuses.is_empty())>"Any status"</option>
                        {status_options}
                    </select>
                </div>
                <p class="filters__reset">
                    <a href=href(PAGE)>"Clear all filters"</a>
                </p>
            </form>
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

#[component]
pub fn InstitutePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")).unwrap_or_default());
    view! {
        <div class="page">
            {move || {
                let id = id.get();
                with_dataset(move |ds| view! { <InstituteDetail ds id=id.clone()/> }.into_any())
            }}
        </div>
    }
}

#[component]
fn InstituteDetail(ds: Arc<Dataset>, id: String) -> impl IntoView {
    let Some(inst) = ds.institute(&id).cloned() else {
        set_page_title("Institute not found");
        return view! {
            <Breadcrumbs trail=vec![(PAGE, "Institutes")] current="Not found".to_string()/>
            <h1>"Institute not found"</h1>
            <UnknownId what="institute" id back_path=PAGE back_label="All institutes"/>
        }
        .into_any();
    };
    set_page_title(&inst.acronym);
    let stories: Vec<_> = ds
        .stories
        .iter()
        .filter(|s| s.institute == inst.id)
        .cloned()
        .collect();
    let mut objective_ids: Vec<(String, LinkBasis)> = Vec::new();
    for s in &stories {
        for o in &s.objectives {
            if !objective_ids.iter().any(|(k, _)| *k == o.objective) {
                objective_ids.push((o.objective.clone(), o.basis));
            }
        }
    }
    sort_with(&mut objective_ids, &|a, b| a.0.cmp(&b.0));
    let objectives = objective_ids
        .into_iter()
        .filter_map(|(oid, basis)| {
            ds.objective(&oid)
                .map(|(g, o)| (g.id.clone(), o.clone(), basis))
        })
        .map(|(gid, o, basis)| {
            let link = links::objective(&gid, &o.id);
            view! {
                <li data-sources=source_ids(&o.sources)>
                    <a href=href(&link)>{format!("{} {}", o.id, o.title)}</a>
                    {(basis == LinkBasis::Editorial).then_some(" (editorial link)")}
                </li>
            }
        })
        .collect_view();
    let topics = inst
        .topics
        .iter()
        .filter_map(|t| ds.topic(&t.topic).map(|topic| (topic.name.clone(), t.basis)))
        .map(|(name, basis)| {
            view! { <li>{name}{(basis == LinkBasis::Editorial).then_some(" (editorial: the plan does not state this link)")}</li> }
        })
        .collect_view();
    let story_items = stories
        .iter()
        .map(|s| {
            let figures = s
                .figures
                .iter()
                .map(|f| view! { <li>{format!("{}: {}", f.label, format::figure(f))}<FigureNotes ds=ds.clone() figure=f.clone()/></li> })
                .collect_view();
            view! {
                <li class="story" data-sources=source_ids(&s.sources)>
                    <h3 class="story__title">{s.title.clone()}{s.translated.then_some(" †")}</h3>
                    <p>{s.summary.clone()}</p>
                    {(!s.partners.is_empty()).then(|| view! { <p class="note">{format!("Partners: {}", s.partners.join(", "))}</p> })}
                    {(!s.figures.is_empty()).then(|| view! { <ul class="story__figures">{figures}</ul> })}
                    <SourceLine dataset=ds.clone() cites=s.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let figures = inst
        .figures
        .iter()
        .map(|f| {
            view! {
                <li data-sources=source_ids(&f.sources)>
                    <strong>{f.label.clone()}": "</strong>{format::figure(f)}" ("{f.period.clone()}")"
                    <FigureNotes ds=ds.clone() figure=f.clone()/>
                    <SourceLine dataset=ds.clone() cites=f.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let hq = if inst.headquarters.is_empty() {
        format::NOT_REPORTED.to_string()
    } else {
        inst.headquarters_label()
    };
    // The plan's month of establishment; for an institute established after the plan,
    // its award's date; otherwise it is not established.
    let award = inst
        .events
        .iter()
        .find(|e| e.kind == explorer_core::data::model::EventKind::Award);
    let established = match (inst.established, award) {
        (Some(d), _) => d.long(),
        (None, Some(e)) => format!(
            "Awarded {} (no month of establishment in the sources read)",
            e.date.long()
        ),
        (None, None) => "not established".to_string(),
    };
    let has_stories = !stories.is_empty();
    let has_topics = !inst.topics.is_empty();
    let history = explorer_core::history::institute_timeline(&inst);
    let later = explorer_core::history::later_funding(&inst);
    view! {
        <Breadcrumbs trail=vec![(PAGE, "Institutes")] current=inst.acronym.clone()/>
        <h1>{inst.acronym.clone()}</h1>
        <p class="lead">{inst.name.clone()}</p>
        <StatusNote ds=ds.clone() inst=inst.clone()/>
        <div data-sources=source_ids(&inst.sources) data-as-of=sources_as_of(&ds, &inst.sources)>
        <dl class="facts facts--stacked">
            <div><dt>"Technology focus"</dt><dd>{inst.focus.clone()}{inst.translated.then_some(" †")}</dd></div>
            <div><dt>"Sponsor"</dt><dd><a href=href("/agencies")>{inst.sponsor.name()}</a>{format!(" ({})", inst.sponsor.code())}</dd></div>
            <div><dt>"Sponsoring office"</dt><dd>{inst.sponsoring_office.clone()}</dd></div>
            <div><dt>"Headquarters"</dt><dd>{hq}</dd></div>
            <div><dt>"Established"</dt><dd>{established}</dd></div>
            {(!inst.other_names.is_empty()).then(|| view! { <div><dt>"Also known as"</dt><dd>{inst.other_names.join("; ")}</dd></div> })}
        </dl>
        {inst.note.clone().map(|n| view! { <p class="note">{n}</p> })}
        {inst.translated.then(|| view! { <p class="note">"† Read in the machine translation of the 2024 Strategic Plan."</p> })}
        <SourceLine dataset=ds.clone() cites=inst.sources.clone()/>
        </div>
        <section aria-labelledby="history">
            <h2 id="history">"History"</h2>
            <p data-not-figure="the date the sources were last checked">{format!("Every dated event the sources read give, oldest first, as of {}.", ds.sources_checked.long())}</p>
            <EventList ds=ds.clone() items=history/>
        </section>
        {inst.record.clone().map(|record| view! { <Record ds=ds.clone() record later/> })}
        {(!inst.figures.is_empty()).then(|| view! { <h2>"Figures"</h2><ul class="plain-list">{figures}</ul> })}
        <h2>"Success stories in the plan"</h2>
        {if has_stories {
            view! { <ul class="story-list">{story_items}</ul> }.into_any()
        } else {
            view! { <p>"The plan tells no success story of this institute."</p> }.into_any()
        }}
        <h2>"Objectives its stories illustrate"</h2>
        {if has_stories {
            view! { <ul class="plain-list">{objectives}</ul> }.into_any()
        } else {
            view! { <p>"None: the plan links no story of this institute to an objective."</p> }.into_any()
        }}
        <h2>"National priority topics"</h2>
        {if has_topics {
            view! { <ul class="plain-list">{topics}</ul> }.into_any()
        } else {
            view! { <p>"No topic is linked to this institute."</p> }.into_any()
        }}
        <p><a href=href(PAGE)>"All institutes"</a></p>
    }
    .into_any()
}

/// `/embed/institutes?chart=founded|map&…`: one chart of /institutes, chrome-less, for
/// the institutes its filter parameters list.
#[component]
pub fn InstitutesEmbed() -> impl IntoView {
    set_page_title("Institutes chart");
    view! {
        <div class="embed">
            {with_dataset(|ds| view! { <DirectoryEmbed ds/> }.into_any())}
        </div>
    }
}

#[component]
fn DirectoryEmbed(ds: Arc<Dataset>) -> impl IntoView {
    let pairs = query_pairs();
    // (which chart, the filter, notes on ignored parameters)
    let parsed = Memo::new(move |_| parse_embed(&pairs.get()));
    let notes = Signal::derive(move || parsed.get().2);
    let set_query = query_setter(EMBED);
    let index = Arc::new(InstituteIndex::new(&ds));
    let frame = move || {
        let (chart, f, _) = parsed.get();
        let list: Vec<&Institute> = index
            .filter(&ds, &f)
            .into_iter()
            .filter_map(|k| ds.institutes.get(k))
            .collect();
        let described = described(&f, list.len(), ds.institutes.len());
        let spec = chart.spec(&list, &f);
        let tab = Signal::derive(move || parsed.with(|(chart, f, _)| chart.tab(f)));
        let set_query = set_query.clone();
        let on_tab = Callback::new(move |t: Tab| {
            let (chart, mut f, _) = parsed.get_untracked();
            chart.set_tab(&mut f, t);
            let q = embed_path(chart, &f);
            set_query(
                q.split_once('?')
                    .map_or_else(String::new, |(_, q)| q.to_string()),
            );
        });
        view! { <ChartFrame ds=ds.clone() spec tab on_tab embedded=true filter=described/> }
    };
    view! {
        <QueryNotes notes/>
        <div data-follows-view="">{frame}</div>
    }
}
