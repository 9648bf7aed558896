use leptos::prelude::*;

/// A column header: its text and whether it holds numbers (right-aligned).
pub type Column = (&'static str, bool);

/// A real HTML table with a caption and column scopes, inside a region that scrolls
/// sideways on narrow screens and can be reached by keyboard. `labelled_by` names the
/// visible heading that labels it; the caption describes it for screen readers.
#[component]
pub fn DataTable(
    labelled_by: &'static str,
    caption: &'static str,
    columns: &'static [Column],
    /// A few short columns that fit a phone: no minimum width.
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
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
