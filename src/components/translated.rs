//! The † mark on text read only in the machine translation of the plan, and the note
//! that explains it once on a page.

use leptos::prelude::*;

use crate::base::href;

/// "†" after text read in machine translation, with a text alternative for screen readers.
pub fn translated_mark(translated: bool) -> Option<impl IntoView> {
    translated.then(|| {
        view! {
            <span class="translated-mark">
                <span aria-hidden="true">"†"</span>
                <span class="visually-hidden">" (read in machine translation)"</span>
            </span>
        }
    })
}

/// What the † mark means, said once on a page.
#[component]
pub fn TranslatedNote() -> impl IntoView {
    view! {
        <p class="note translated-note">
            <span aria-hidden="true">"† "</span>
            "Marked items were read in a machine translation of the 2024 Strategic Plan and "
            "could not be checked against its English wording. "
            <a href=href("/data")>"Data and sources"</a>
            " lists them all."
        </p>
    }
}
