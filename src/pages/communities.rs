//! `/communities`: the EDA's Investing in Manufacturing Communities Partnership, its
//! six strategy areas, the 24 designated communities with filters in the query string,
//! a chart by state or year, and what is known of the participating agencies.

use std::sync::Arc;

use explorer_core::communities::{
    chart_spec, described, filter_communities, parse_communities, CommunityFilter, EMBED, PAGE,
};
use explorer_core::data::model::{distinct_sources, Community, Dataset};
use explorer_core::format;
use explorer_core::order::sort_dedup;
use explorer_core::url_state::Tab;
use leptos::prelude::*;

use crate::components::chart_frame::ChartFrame;
use crate::components::figure_notes::FigureNotes;
use crate::components::page::{embed, page};
use crate::components::source_line::SourceLine;
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::sources::source_ids;
use explorer_core::url_state::with_query;

#[component]
pub fn CommunitiesPage() -> impl IntoView {
    page(
        "Manufacturing communities",
        "Manufacturing communities (IMCP)",
        |ds| view! { <Communities ds/> }.into_any(),
    )
}

/// The two tables' columns: their headers and each card's labels on a phone.
const COMMUNITY_COLUMNS: [&str; 5] = [
    "Community",
    "Lead organisation",
    "State(s)",
    "Round",
    "Designated",
];
const FIGURE_COLUMNS: [&str; 4] = ["Figure", "Value", "Period", "Source"];

#[component]
fn Communities(ds: Arc<Dataset>) -> impl IntoView {
    let (parsed, notes) = parsed_query(parse_communities);
    let filter = Memo::new(move |_| parsed.get().0);
    let set_query = query_setter(PAGE);
    let update = Callback::new(move |f: CommunityFilter| set_query(f.to_query()));
    let edit = move |change: &dyn Fn(&mut CommunityFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        update.run(f);
    };
    let imcp = &ds.imcp;
    let mut states: Vec<String> = imcp
        .communities
        .iter()
        .flat_map(|c| c.states.clone())
        .collect();
    sort_dedup(&mut states);
    let mut rounds: Vec<u8> = imcp.communities.iter().map(|c| c.round).collect();
    sort_dedup(&mut rounds);
    let state_options = states
        .iter()
        .map(|s| {
            let code = s.clone();
            view! { <option value=s.clone() selected=move || filter.get().state.as_deref() == Some(code.as_str())>{s.clone()}</option> }
        })
        .collect_view();
    let round_options = rounds
        .iter()
        .map(|r| {
            let r = *r;
            view! { <option value=r.to_string() selected=move || filter.get().round == Some(r)>{format!("Round {r}")}</option> }
        })
        .collect_view();
    let total = imcp.communities.len();
    let ds_list = ds.clone();
    let list = Memo::new(move |_| {
        filter_communities(&ds_list, &filter.get())
            .into_iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    });
    let ds_rows = ds.clone();
    let rows = move || {
        let ids = list.get();
        ds_rows
            .imcp
            .communities
            .iter()
            .filter(|c| ids.contains(&c.id))
            .map(|c| {
                view! {
                    <tr>
                        <th scope="row" data-label=COMMUNITY_COLUMNS[0]>{c.name.clone()}{c.note.clone().map(|n| view! { <span class="table-note">{n}</span> })}</th>
                        <td data-label=COMMUNITY_COLUMNS[1]>{c.lead.clone()}</td>
                        <td data-label=COMMUNITY_COLUMNS[2]>{c.states.join(", ")}{c.uncertain.clone().map(|u| view! { <span class="table-note">{format!("Uncertain: {u}")}</span> })}</td>
                        <td data-label=COMMUNITY_COLUMNS[3] class="num">{c.round.to_string()}</td>
                        <td data-label=COMMUNITY_COLUMNS[4]><time datetime=c.designated.to_string()>{c.designated.long()}</time></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let community_cites = distinct_sources(imcp.communities.iter().flat_map(|c| &c.sources));
    let ds_chart = ds.clone();
    let chart = move || {
        let f = filter.get();
        let ids = list.get();
        let selected: Vec<&Community> = ds_chart
            .imcp
            .communities
            .iter()
            .filter(|c| ids.contains(&c.id))
            .collect();
        let q = f.to_query();
        let mut spec = chart_spec(&selected, f.by_year, with_query(PAGE, &q));
        spec.embed_path = Some(with_query(EMBED, &q));
        let described = described(&f, selected.len(), ds_chart.imcp.communities.len());
        let tab = Signal::derive(move || filter.get().tab);
        let on_tab = Callback::new(move |t: Tab| edit(&|f: &mut CommunityFilter| f.tab = t));
        view! { <ChartFrame ds=ds_chart.clone() spec tab on_tab filter=described/> }
    };
    let figures = imcp
        .figures
        .iter()
        .map(|f| {
            view! {
                <tr data-sources=source_ids(&f.sources)>
                    <th scope="row" data-label=FIGURE_COLUMNS[0]>{f.label.clone()}<div class="table-note"><FigureNotes ds=ds.clone() figure=f.clone()/></div></th>
                    <td data-label=FIGURE_COLUMNS[1] class="num">{format::figure(f)}</td>
                    <td data-label=FIGURE_COLUMNS[2]>{f.period.clone()}</td>
                    <td data-label=FIGURE_COLUMNS[3]><SourceLine dataset=ds.clone() cites=f.sources.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    let agencies = imcp
        .participating_agencies
        .iter()
        .map(|a| {
            view! {
                <li data-sources=source_ids(&a.sources)>
                    <strong>{a.name.clone()}</strong>
                    {a.note.clone().map(|n| format!(": {n}"))}
                    <SourceLine dataset=ds.clone() cites=a.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let count = move || format!("Showing {} of {total} communities.", list.get().len());
    let toggle = move |by_year: bool, label: &'static str| {
        view! {
            <button
                type="button"
                class="toggle"
                aria-pressed=move || (filter.get().by_year == by_year).to_string()
                on:click=move |_| edit(&|f: &mut CommunityFilter| f.by_year = by_year)
            >{label}</button>
        }
    };
    view! {
        <QueryNotes notes/>
        <section aria-labelledby="imcp-about">
            <h2 id="imcp-about">"What IMCP is"</h2>
            <p>{imcp.purpose.text.clone()}</p>
            <p>"It set out to support:"</p>
            <ul class="plain-list">{imcp.aims.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
            <SourceLine dataset=ds.clone() cites=imcp.purpose.sources.clone()/>
            <h3>"The six strategy areas"</h3>
            <ol class="plain-list">{imcp.strategy_areas.iter().map(|a| view! { <li>{a.name.clone()}</li> }).collect_view()}</ol>
            <SourceLine dataset=ds.clone() cites=imcp.strategy_areas_sources.clone()/>
            <h3>"What designation brought"</h3>
            <p>{imcp.benefits.text.clone()}</p>
            <SourceLine dataset=ds.clone() cites=imcp.benefits.sources.clone()/>
        </section>
        <section aria-labelledby="imcp-communities">
            <h2 id="imcp-communities">"The designated communities"</h2>
            <form class="filters" role="search" aria-label="Filter communities" on:submit=|e| e.prevent_default()>
                <div class="filters__field filters__field--wide">
                    <label for="com-q">"Search name or lead organisation"</label>
                    <input id="com-q" type="search" prop:value=move || filter.get().q
                        on:input=move |e| { let v = event_target_value(&e); edit(&|f: &mut CommunityFilter| f.q = v.clone()) }/>
                </div>
                <div class="filters__field">
                    <label for="com-state">"State"</label>
                    <select id="com-state" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut CommunityFilter| f.state = (!v.is_empty()).then(|| v.clone())) }>
                        <option value="" selected=move || filter.get().state.is_none()>"All states"</option>
                        {state_options}
                    </select>
                </div>
                <div class="filters__field">
                    <label for="com-round">"Round"</label>
                    <select id="com-round" on:change=move |e| { let v = event_target_value(&e); edit(&|f: &mut CommunityFilter| f.round = v.parse().ok()) }>
                        <option value="" selected=move || filter.get().round.is_none()>"Both rounds"</option>
                        {round_options}
                    </select>
                </div>
            </form>
            <div class="results" data-follows-view="" data-sources=source_ids(&community_cites)>
            <p class="result-count" role="status" aria-live="polite" id="community-count">{count}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Communities (table)">
                <table class="data-table" id="community-table">
                    <caption class="visually-hidden">"Designated manufacturing communities matching the filters"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{COMMUNITY_COLUMNS[0]}</th>
                            <th scope="col">{COMMUNITY_COLUMNS[1]}</th>
                            <th scope="col">{COMMUNITY_COLUMNS[2]}</th>
                            <th scope="col" class="num">{COMMUNITY_COLUMNS[3]}</th>
                            <th scope="col">{COMMUNITY_COLUMNS[4]}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceLine dataset=ds.clone() cites=community_cites.clone()/>
            <div class="toggle-group" role="group" aria-label="Chart by">
                {toggle(false, "By state")}
                {toggle(true, "By year")}
            </div>
            {chart}
            </div>
        </section>
        <section aria-labelledby="imcp-figures">
            <h2 id="imcp-figures">"IMCP in figures"</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label="IMCP in figures (table)">
                <table class="data-table">
                    <caption class="visually-hidden">"IMCP counts and amounts with their period and source"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{FIGURE_COLUMNS[0]}</th>
                            <th scope="col" class="num">{FIGURE_COLUMNS[1]}</th>
                            <th scope="col">{FIGURE_COLUMNS[2]}</th>
                            <th scope="col">{FIGURE_COLUMNS[3]}</th>
                        </tr>
                    </thead>
                    <tbody>{figures}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="imcp-agencies">
            <h2 id="imcp-agencies">"Participating federal agencies"</h2>
            <p data-sources="eda-imcp">{imcp.participating_agencies_note.clone()}</p>
            <ul class="plain-list">{agencies}</ul>
        </section>
    }
}

/// `/embed/communities?…`: the chart of /communities, chrome-less, for the communities
/// its filter parameters list.
#[component]
pub fn CommunitiesEmbed() -> impl IntoView {
    embed("Manufacturing communities chart", |ds| {
        view! { <CommunitiesChartEmbed ds/> }.into_any()
    })
}

#[component]
fn CommunitiesChartEmbed(ds: Arc<Dataset>) -> impl IntoView {
    let (parsed, notes) = parsed_query(parse_communities);
    let set_query = query_setter(EMBED);
    let frame = move || {
        let f = parsed.get().0;
        let selected = filter_communities(&ds, &f);
        let q = f.to_query();
        let mut spec = chart_spec(&selected, f.by_year, with_query(PAGE, &q));
        spec.embed_path = Some(with_query(EMBED, &q));
        let described = described(&f, selected.len(), ds.imcp.communities.len());
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
