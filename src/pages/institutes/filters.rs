//! The directory's filter form: search, sponsor, state, years, sort and status, each kept
//! in the address.

use crate::base::href;
use explorer_core::data::model::{Agency, Dataset, InstituteStatus};
use explorer_core::institutes::charts::PAGE;
use explorer_core::institutes::{InstituteFilter, SortKey};
use explorer_core::order::{sort, sort_dedup};
use leptos::prelude::*;
use std::sync::Arc;

/// The directory's filter form: every control edits the filter in the address, and
/// the search box answers each keystroke through `search`.
#[component]
pub(super) fn Filters(
    ds: Arc<Dataset>,
    fields: Memo<InstituteFilter>,
    typed: RwSignal<String>,
    search_box: NodeRef<leptos::html::Input>,
    search: Callback<String>,
    update: Callback<InstituteFilter>,
    filter: Memo<InstituteFilter>,
) -> impl IntoView {
    let edit = move |change: &dyn Fn(&mut InstituteFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        update.run(f);
    };
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
    view! {
        <form class="filters" role="search" aria-label="Filter institutes" on:submit=|e| e.prevent_default()>
            <div class="filters__field filters__field--wide">
                <label for="inst-q">"Search acronym, name or technology"</label>
                <input
                    id="inst-q"
                    type="search"
                    node_ref=search_box
                    prop:value=typed.get_untracked()
                    on:input=move |e| search.run(event_target_value(&e))
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
    }
}
