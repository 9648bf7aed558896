//! `/search?q=…`: every result for the words typed, grouped by kind with a count per
//! kind. The query is in the address (replaced, not pushed, a moment after typing
//! stops), so a link to the page shows the same results. The index is built in the
//! browser from the loaded dataset, so search works offline.

use std::sync::Arc;

use explorer_core::format;
use explorer_core::search::{query_words, Group, Hit, Kind};
use explorer_core::url_state::encode;
use explorer_core::Dataset;
use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::base::href;
use crate::components::dataset::with_dataset;
use crate::components::page_title::set_page_title;
use crate::components::search_box::{highlighted, search_index};
use crate::components::url_state::{query_pairs, query_setter};

const PAGE: &str = "/search";
/// Results listed per kind until the reader asks for all of them: a keystroke then
/// builds a page of results, not thousands. The count says how many there are.
const PER_KIND: usize = 10;
/// How long typing must pause before the address follows.
const URL_DELAY_MS: u64 = 400;

#[component]
pub fn SearchPage() -> impl IntoView {
    set_page_title("Search");
    view! {
        <div class="page search-page">
            <h1>"Search"</h1>
            {with_dataset(|ds| view! { <SearchContent ds/> }.into_any())}
        </div>
    }
}

fn result_id(n: usize) -> String {
    format!("search-result-{n}")
}

/// Moves focus to the `n`th result link, if there is one.
fn focus_result(n: usize) -> bool {
    document()
        .get_element_by_id(&result_id(n))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

#[component]
fn SearchContent(ds: Arc<Dataset>) -> impl IntoView {
    let pairs = query_pairs();
    let from_url = Memo::new(move |_| {
        pairs.with(|p| {
            p.iter()
                .rev()
                .find(|(k, _)| k == "q")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    });
    // Results follow every keystroke; the address follows when typing pauses.
    let typed = RwSignal::new(from_url.get_untracked());
    // Kinds whose every result is listed ("Show all"), until the query changes.
    let expanded = RwSignal::new(Vec::<Kind>::new());
    let input = NodeRef::<leptos::html::Input>::new();
    // The query last written to the address: any other found there came from outside
    // (back, forward, a link, the header box) and replaces what the box holds.
    let written = StoredValue::new(from_url.get_untracked());
    Effect::new(move |_| {
        let q = from_url.get();
        if written.try_get_value().is_some_and(|w| w != q) {
            let _ = written.try_set_value(q.clone());
            if let Some(el) = input.try_get_untracked().flatten() {
                el.set_value(&q);
            }
            let _ = typed.try_set(q);
            let _ = expanded.try_set(Vec::new());
        }
    });
    let set_query = query_setter(PAGE);
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let cancel = move || {
        if let Some(h) = timer.try_get_value().flatten() {
            h.clear();
        }
    };
    on_cleanup(cancel);
    let on_input = move |e: ev::Event| {
        typed.set(event_target_value(&e));
        expanded.set(Vec::new());
        cancel();
        let set_query = set_query.clone();
        let handle = set_timeout_with_handle(
            move || {
                let Some(q) = typed.try_get_untracked() else {
                    return;
                };
                let q = q.trim().to_string();
                let _ = written.try_set_value(q.clone());
                set_query(if q.is_empty() {
                    String::new()
                } else {
                    format!("q={}", encode(&q))
                });
            },
            std::time::Duration::from_millis(URL_DELAY_MS),
        )
        .ok();
        let _ = timer.try_set_value(handle);
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "ArrowDown" && focus_result(0) {
            e.prevent_default();
        }
    };

    let index = search_index(&ds);
    let groups = Memo::new(move |_| {
        let all = expanded.get();
        typed.with(|q| {
            index.search_grouped_by(q, &|k| {
                if all.contains(&k) {
                    usize::MAX
                } else {
                    PER_KIND
                }
            })
        })
    });
    let words = Memo::new(move |_| typed.with(|q| query_words(q).len()));

    let summary = move || {
        let q = typed.get();
        let q = q.trim();
        if q.is_empty() {
            return "Type a word or more to search.".to_string();
        }
        if words.get() == 0 {
            return format!("“{q}” holds no letters or digits to search for.");
        }
        let total: usize = groups.with(|g| g.iter().map(|g| g.total).sum());
        match total {
            0 => format!("No results for “{q}”."),
            1 => format!("1 result for “{q}”."),
            n => format!("{} results for “{q}”.", format::number(n as f64)),
        }
    };
    let body = move || {
        let q = typed.get();
        if q.trim().is_empty() || words.get() == 0 {
            return view! {
                <div class="search-prompt">
                    <p>
                        "Search finds institutes (by acronym, name, other names or technology), "
                        "goals and objectives of the 2024 Strategic Plan, success stories, federal "
                        "agencies, IMCP communities, benchmarking programs and countries, dated events, "
                        "sources, headline figures and the network’s yearly series."
                    </p>
                    <p>
                        "Every word must match the start of a word: “robot” finds “robotics”. "
                        "Capitals and accents do not matter. Press "
                        <kbd>"/"</kbd>
                        " on any page to search from the header."
                    </p>
                </div>
            }
            .into_any();
        }
        let list = groups.get();
        if list.is_empty() {
            if explorer_core::search::other_script(&q) {
                return view! {
                    <div class="search-prompt search-prompt--none">
                        <p lang="en">
                            "This site and its sources are in English: search with English words, "
                            "such as “workforce”, “robotics” or an institute’s acronym."
                        </p>
                    </div>
                }
                .into_any();
            }
            return view! {
                <div class="search-prompt search-prompt--none">
                    <p>
                        "Nothing in the dataset matches every word. Check the spelling, or use "
                        "fewer or shorter words: every word must match the start of a word in a result."
                    </p>
                </div>
            }
            .into_any();
        }
        let mut n = 0;
        let sections = list
            .iter()
            .map(|g| {
                let first = n;
                n += g.hits.len();
                group_section(g, first, expanded)
            })
            .collect_view();
        let last = n;
        view! {
            <div
                class="search-groups"
                on:keydown=move |e: ev::KeyboardEvent| {
                    let Some(at) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.id().strip_prefix("search-result-").and_then(|k| k.parse::<usize>().ok()))
                    else {
                        return;
                    };
                    let moved = match e.key().as_str() {
                        "ArrowDown" => at + 1 < last && focus_result(at + 1),
                        "ArrowUp" if at > 0 => focus_result(at - 1),
                        "ArrowUp" | "Escape" => input
                            .get_untracked()
                            .is_some_and(|el| el.focus().is_ok()),
                        "Home" => focus_result(0),
                        "End" => focus_result(last - 1),
                        _ => false,
                    };
                    if moved {
                        e.prevent_default();
                    }
                }
            >
                {sections}
            </div>
        }
        .into_any()
    };

    view! {
        <form class="search-form" role="search" aria-label="This page" action=href(PAGE) method="get" on:submit=|e: ev::SubmitEvent| e.prevent_default()>
            <label for="search-q" class="search-form__label">"Search the explorer"</label>
            <input
                id="search-q"
                class="search-form__input"
                type="search"
                name="q"
                node_ref=input
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-summary"
                prop:value=typed.get_untracked()
                on:input=on_input
                on:keydown=on_key
            />
        </form>
        <p class="search-summary" id="search-summary" role="status" data-not-figure="the number of results">
            {summary}
        </p>
        {body}
    }
}

/// One kind's results: a heading with the count, then each result as a link.
fn group_section(g: &Group, first: usize, expanded: RwSignal<Vec<Kind>>) -> impl IntoView {
    let heading_id = format!("search-group-{}", g.kind.key());
    let labelled_by = heading_id.clone();
    let shown = g.hits.len();
    let count = format::number(g.total as f64);
    let kind = g.kind;
    let show_all = move |_| {
        expanded.update(|all| all.push(kind));
        // Focus goes to the first result that was not listed, where reading goes on.
        request_animation_frame(move || {
            focus_result(first + shown);
        });
    };
    let more = (g.total > shown).then(|| {
        view! {
            <p class="search-group__more" data-not-figure="the number of results" data-rows-count="">
                {format!("The first {shown} of {count} are listed. ")}
                <button type="button" class="button button--outline" on:click=show_all>
                    {format!("Show all {count}")}
                    <span class="visually-hidden">{format!(" {}", kind.plural())}</span>
                </button>
            </p>
        }
    });
    let items = g
        .hits
        .iter()
        .enumerate()
        .map(|(k, h)| result_item(h, first + k))
        .collect_view();
    view! {
        <section class="search-group" aria-labelledby=labelled_by data-kind=g.kind.key()>
            <h2 id=heading_id class="search-group__title">
                {g.kind.plural()}
                " "
                <span class="search-group__count" data-not-figure="the number of results">{format!("({count})")}</span>
            </h2>
            <ol class="search-results">{items}</ol>
            {more}
        </section>
    }
}

fn result_item(h: &Hit, n: usize) -> impl IntoView {
    let sources = (!h.sources.is_empty()).then(|| h.sources.join(" "));
    let not_figure = h
        .sources
        .is_empty()
        .then_some("a record's name and kind, not a figure");
    let excerpt = (!h.excerpt.is_empty()).then(|| {
        view! { <p class="search-result__excerpt">{highlighted(&h.excerpt, &h.excerpt_marks)}</p> }
    });
    view! {
        <li class="search-result" data-sources=sources data-not-figure=not_figure>
            <a class="search-result__link" id=result_id(n) href=href(&h.path)>
                {highlighted(&h.title, &h.title_marks)}
            </a>
            <p class="search-result__meta">
                <span class="search-result__kind">{h.kind.label()}</span>
                " · "
                {highlighted(&h.subtitle, &h.subtitle_marks)}
            </p>
            {excerpt}
        </li>
    }
}
