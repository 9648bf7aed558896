use std::sync::Arc;

use explorer_core::data::model::{Dataset, Figure};
use leptos::prelude::*;

/// What a reader must know next to a figure: other values the sources print, why the
/// one shown was chosen, why it is uncertain, and the figure's note.
#[component]
pub fn FigureNotes(ds: Arc<Dataset>, figure: Figure) -> impl IntoView {
    let readings = (!figure.other_readings.is_empty()).then(|| {
        let list = figure
            .other_readings
            .iter()
            .map(|r| format!("{} ({})", r.text, ds.cite_text(&r.sources)))
            .collect::<Vec<_>>()
            .join("; ");
        view! {
            <p class="figure-note figure-note--readings">
                <strong>"Also printed: "</strong>{list}"."
                {figure.shown_because.clone().map(|why| view! { " "<span>{why}</span> })}
            </p>
        }
    });
    let uncertain = figure.uncertain.clone().map(|why| {
        view! { <p class="figure-note figure-note--uncertain"><strong>"Uncertain: "</strong>{why}</p> }
    });
    let note = figure
        .note
        .clone()
        .map(|n| view! { <p class="figure-note">{n}</p> });
    view! { {readings}{uncertain}{note} }
}
