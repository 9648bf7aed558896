//! The search box in the header of every page: suggestions as you type, in a combobox
//! with a listbox of results grouped by kind (the ARIA pattern, focus stays in the box
//! and `aria-activedescendant` names the active result). `/` anywhere focuses it;
//! Enter opens the active result, or /search with the words typed.

use std::cell::RefCell;
use std::sync::Arc;

use explorer_core::search::{group, Group, Hit, SearchIndex};
use explorer_core::url_state::encode;
use explorer_core::Dataset;
use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::dataset::use_dataset;
use crate::base::href;
use explorer_core::url_state::with_query;

/// Results suggested under the box; /search lists them all.
const SUGGESTIONS: usize = 8;

thread_local! {
    // One index per loaded dataset, built when search is first used and shared by the
    // header box and /search. (A reload after a newer file builds a new one.)
    static INDEX: RefCell<Option<(Arc<Dataset>, Arc<SearchIndex>)>> = const { RefCell::new(None) };
}

/// The search index of `ds`, built on first use.
pub fn search_index(ds: &Arc<Dataset>) -> Arc<SearchIndex> {
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        match &*cell {
            Some((built, index)) if Arc::ptr_eq(built, ds) => index.clone(),
            _ => {
                let index = Arc::new(SearchIndex::new(ds));
                *cell = Some((ds.clone(), index.clone()));
                index
            }
        }
    })
}

/// The address of /search for `q`, with the app's base: `/explorer/search?q=arm`.
pub fn search_href(q: &str) -> String {
    let q = q.trim();
    with_query(
        &href("/search"),
        &if q.is_empty() {
            String::new()
        } else {
            format!("q={}", encode(q))
        },
    )
}

/// `text` with the ranges in `marks` in `<mark>` elements; dataset text is only ever
/// text nodes.
pub fn highlighted(text: &str, marks: &[(usize, usize)]) -> AnyView {
    let mut parts = Vec::new();
    let mut at = 0;
    for &(a, b) in marks {
        let (Some(before), Some(hit)) = (text.get(at..a), text.get(a..b)) else {
            continue;
        };
        if !before.is_empty() {
            parts.push(before.to_string().into_any());
        }
        parts.push(view! { <mark>{hit.to_string()}</mark> }.into_any());
        at = b;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            parts.push(rest.to_string().into_any());
        }
    }
    parts.into_any()
}

/// Moves in the app to `path` (below the base, with any query or fragment).
fn go(navigate: &impl Fn(&str, NavigateOptions), target: &str) {
    navigate(
        target,
        NavigateOptions {
            resolve: false,
            ..Default::default()
        },
    );
}

/// Whether a key press happened while typing somewhere, where `/` is text.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}

/// What the box suggests for what is typed: the groups shown and how many match in all.
#[derive(Clone, PartialEq)]
struct Suggestions {
    groups: Vec<Group>,
    total: usize,
    /// The paths of the options, in the order shown; the last option is "every result".
    paths: Vec<String>,
    /// What was typed, for the message when nothing matches.
    query: String,
}

/// What the box says when nothing matches: a query in another script is told the site
/// is in English; any other, to check its spelling.
fn none_message(query: &str) -> &'static str {
    if explorer_core::search::other_script(query) {
        "No results: this site is in English; search with English words."
    } else {
        "No results. Check the spelling, or use fewer words."
    }
}

const LIST_ID: &str = "site-search-list";

fn option_id(n: usize) -> String {
    format!("site-search-option-{n}")
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let loader = use_dataset();
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let list = NodeRef::<leptos::html::Div>::new();
    let typed = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);

    let suggestions = Memo::new(move |_| {
        let q = typed.get();
        if q.trim().is_empty() {
            return None;
        }
        let ds = loader.ready()?;
        let (hits, total) = search_index(&ds).search_counted(&q, SUGGESTIONS);
        let mut paths: Vec<String> = Vec::new();
        let groups = group(hits);
        for g in &groups {
            paths.extend(g.hits.iter().map(|h| h.path.clone()));
        }
        paths.push(String::new());
        Some(Suggestions {
            groups,
            total,
            paths,
            query: q.clone(),
        })
    });
    let showing = move || open.get() && suggestions.with(Option::is_some);
    let has_options = move || suggestions.with(|s| s.as_ref().is_some_and(|s| s.total > 0));
    let expanded = move || showing() && has_options();

    let close = move || {
        open.set(false);
        active.set(None);
    };
    let choose = {
        let navigate = navigate.clone();
        move |n: Option<usize>| {
            let q = typed.get_untracked();
            let path = n.and_then(|n| {
                suggestions.with_untracked(|s| s.as_ref().and_then(|s| s.paths.get(n).cloned()))
            });
            let target = match path {
                Some(p) if !p.is_empty() => href(&p),
                _ => search_href(&q),
            };
            close();
            typed.set(String::new());
            if let Some(el) = input.get_untracked() {
                el.set_value("");
            }
            go(&navigate, &target);
        }
    };
    // Keeps the active option in view inside the scrolling list.
    let reveal = move |n: usize| {
        let (Some(list), Some(opt)) = (
            list.get_untracked(),
            document()
                .get_element_by_id(&option_id(n))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        ) else {
            return;
        };
        let (top, bottom) = (opt.offset_top(), opt.offset_top() + opt.offset_height());
        if top < list.scroll_top() {
            list.set_scroll_top(top);
        } else if bottom > list.scroll_top() + list.client_height() {
            list.set_scroll_top(bottom - list.client_height());
        }
    };
    let on_key = {
        let choose = choose.clone();
        move |e: ev::KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let count = suggestions.with_untracked(|s| {
                s.as_ref()
                    .filter(|s| s.total > 0)
                    .map_or(0, |s| s.paths.len())
            });
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    e.prevent_default();
                    let down = e.key() == "ArrowDown";
                    let next = match (open.get_untracked(), active.get_untracked()) {
                        (false, _) | (true, None) if down => 0,
                        (false, _) | (true, None) => count - 1,
                        (true, Some(n)) if down => (n + 1) % count,
                        (true, Some(n)) => (n + count - 1) % count,
                    };
                    open.set(true);
                    active.set(Some(next));
                    reveal(next);
                }
                "Enter" => {
                    e.prevent_default();
                    let n = if open.get_untracked() {
                        active.get_untracked()
                    } else {
                        None
                    };
                    choose(n);
                }
                "Escape" => {
                    if open.get_untracked() && suggestions.with_untracked(Option::is_some) {
                        e.prevent_default();
                        close();
                    } else if !typed.get_untracked().is_empty() {
                        e.prevent_default();
                        typed.set(String::new());
                        if let Some(el) = input.get_untracked() {
                            el.set_value("");
                        }
                    }
                }
                _ => {}
            }
        }
    };

    // `/` anywhere but in a field moves to the box, as on many sites.
    let slash = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.key() == "/"
            && !e.ctrl_key()
            && !e.meta_key()
            && !e.alt_key()
            && !e.default_prevented()
            && !typing_in(e.target())
        {
            if let Some(el) = input.get_untracked() {
                e.prevent_default();
                let _ = el.focus();
                el.select();
            }
        }
    });
    on_cleanup(move || slash.remove());

    let status = move || match suggestions.get() {
        Some(s) if s.total == 0 && open.get() => none_message(&s.query).into(),
        Some(s) if open.get() => format!(
            "{} result{}{}. Up and down arrows choose, Enter opens.",
            s.total,
            if s.total == 1 { "" } else { "s" },
            if s.total > SUGGESTIONS {
                format!(", the first {SUGGESTIONS} shown")
            } else {
                String::new()
            }
        ),
        _ => String::new(),
    };

    let options = move || {
        let Some(s) = suggestions.get().filter(|s| s.total > 0) else {
            return ().into_any();
        };
        let mut n = 0;
        let groups = s
            .groups
            .iter()
            .map(|g| {
                let label_id = format!("site-search-group-{}", g.kind.key());
                let labelled_by = label_id.clone();
                let items = g
                    .hits
                    .iter()
                    .map(|h| {
                        let k = n;
                        n += 1;
                        suggestion(h, k, active)
                    })
                    .collect_view();
                view! {
                    <ul role="group" class="site-search__group" aria-labelledby=labelled_by>
                        <li role="presentation" class="site-search__group-label" id=label_id>
                            {g.kind.plural()}
                        </li>
                        {items}
                    </ul>
                }
            })
            .collect_view();
        let all = n;
        let q = typed.get_untracked();
        view! {
            {groups}
            <div
                role="option"
                id=option_id(all)
                class="site-search__all"
                aria-selected=move || (active.get() == Some(all)).to_string()
            >
                {format!("All {} results for “{}”", s.total, q.trim())}
            </div>
        }
        .into_any()
    };
    // One handler for every option: the option's id says which it is.
    let on_pick = {
        let choose = choose.clone();
        move |e: ev::MouseEvent| {
            let n = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[role=option]").ok().flatten())
                .and_then(|el| {
                    el.id()
                        .strip_prefix("site-search-option-")
                        .and_then(|k| k.parse::<usize>().ok())
                });
            if n.is_some() {
                choose(n);
            }
        }
    };

    let on_input = move |e: ev::Event| {
        typed.set(event_target_value(&e));
        active.set(None);
        open.set(true);
    };
    let on_submit = {
        let choose = choose.clone();
        move |e: ev::SubmitEvent| {
            e.prevent_default();
            choose(None);
        }
    };
    view! {
        <form class="site-search" role="search" aria-label="Site" action=href("/search") method="get" on:submit=on_submit>
            <label class="visually-hidden" for="site-search-q">"Search the site"</label>
            <div class="site-search__field">
                <input
                    id="site-search-q"
                    class="site-search__input"
                    type="text"
                    name="q"
                    node_ref=input
                    role="combobox"
                    enterkeyhint="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="Search"
                    aria-autocomplete="list"
                    aria-controls=LIST_ID
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                    aria-describedby="site-search-hint"
                    on:input=on_input
                    on:keydown=on_key
                    on:focus=move |_| {
                        // The index is built here, not on the first key press.
                        if let Some(ds) = loader.ready() {
                            search_index(&ds);
                        }
                        open.set(true);
                    }
                    on:blur=move |_| close()
                />
                <button type="submit" class="site-search__submit">"Search"</button>
            </div>
            <span class="visually-hidden" id="site-search-hint">
                "Results appear as you type. Press slash to come back here from anywhere on the page."
            </span>
            <div class="site-search__popup" hidden=move || !showing()>
                // Pressing on a result must not take focus from the box first.
                <div
                    id=LIST_ID
                    role="listbox"
                    aria-label="Search results"
                    class="site-search__list"
                    node_ref=list
                    hidden=move || !has_options()
                    on:mousedown=|e: ev::MouseEvent| e.prevent_default()
                    on:click=on_pick
                >
                    {options}
                </div>
                <p class="site-search__none" hidden=has_options>
                    {move || suggestions.with(|s| none_message(s.as_ref().map_or("", |s| s.query.as_str())))}
                </p>
            </div>
            <p class="visually-hidden" role="status">{status}</p>
        </form>
    }
}

/// One suggestion: its title with the matched words marked, its kind and subtitle.
fn suggestion(h: &Hit, n: usize, active: RwSignal<Option<usize>>) -> AnyView {
    view! {
        <li
            role="option"
            id=option_id(n)
            class="site-search__option"
            aria-selected=move || (active.get() == Some(n)).to_string()
        >
            <span class="site-search__title">{highlighted(&h.title, &h.title_marks)}</span>
            <span class="site-search__meta">
                <span class="site-search__kind">{h.kind.label()}</span>
                " · "
                {highlighted(&h.subtitle, &h.subtitle_marks)}
            </span>
        </li>
    }
    .into_any()
}
