//! Reading and writing a page's view state in the query string.

use explorer_core::url_state::{self, with_query};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::base::href;

/// The current query string as decoded pairs.
pub fn query_pairs() -> Memo<Vec<(String, String)>> {
    let search = use_location().search;
    Memo::new(move |_| url_state::pairs(&search.get()))
}

/// A state parsed from the address with the notes on what was ignored.
pub type Parsed<S> = Memo<(S, Vec<String>)>;

/// A page's view state from its address, the one way every page reads it: the state and
/// the notes on what was ignored, parsed by `parse` (which never fails) whenever the
/// query string changes, and the notes alone for `QueryNotes`.
pub fn parsed_query<S>(
    parse: impl Fn(&[(String, String)]) -> (S, Vec<String>) + Send + Sync + 'static,
) -> (Parsed<S>, Signal<Vec<String>>)
where
    S: Clone + PartialEq + Send + Sync + 'static,
{
    let pairs = query_pairs();
    let parsed = Memo::new(move |_| pairs.with(|p| parse(p)));
    let notes = Signal::derive(move || parsed.with(|(_, notes)| notes.clone()));
    (parsed, notes)
}

/// A function that replaces the query string of `path` (below the base) without
/// adding a history entry or scrolling.
pub fn query_setter(path: &'static str) -> impl Fn(String) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    move |q: String| {
        let target = with_query(&href(path), &q);
        navigate(
            &target,
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// The notes about ignored parameters, shown above the page content.
#[component]
pub fn QueryNotes(notes: Signal<Vec<String>>) -> impl IntoView {
    move || {
        let notes = notes.get();
        (!notes.is_empty()).then(|| {
            let items = notes
                .into_iter()
                .map(|n| view! { <li>{n}</li> })
                .collect_view();
            view! {
                <div class="alert alert--info query-notes" role="status">
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
