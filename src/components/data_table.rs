use leptos::prelude::*;

use crate::components::takeover;

/// A column header: its text and whether it holds numbers (right-aligned).
pub type Column = (&'static str, bool);

/// A real HTML table with a caption and column scopes, inside a region that can be
/// reached by keyboard. `labelled_by` names the visible heading that labels it; the
/// caption describes it for screen readers.
///
/// In a box narrower than the table needs (a phone), each row shows as a card, every
/// value after its column's label (style/main.css, "Tables on a phone"); a `narrow`
/// table stays a table. So each cell the caller passes carries its column's text as
/// `data-label` (take it from the same `columns`: `data-label=COLUMNS[2].0`). The rows
/// and cells keep their native table roles: the HTML standard forbids explicit roles on
/// the rows and cells of a table (the Nu Html Checker runs in the tests), and Chromium
/// keeps the semantics of cells whose display changes. tests/e2e/phone.test.mjs checks
/// every card's labels and the table semantics.
#[component]
pub fn DataTable(
    labelled_by: &'static str,
    caption: &'static str,
    columns: &'static [Column],
    /// A few short columns that fit a phone: no minimum width, never cards.
    #[prop(optional)]
    narrow: bool,
    children: Children,
) -> impl IntoView {
    let headers = columns
        .iter()
        .map(|(label, numeric)| {
            view! { <th scope="col" class=numeric.then_some("num")>{*label}</th> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class="data-table" class:data-table--narrow=narrow>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                // When the app takes over a page, each table's rows are built in a
                // task of their own.
                <tbody>{takeover::later(children)}</tbody>
            </table>
        </div>
    }
}
