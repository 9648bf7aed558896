//! One sourced figure in a list: "Label: value (period)", with its notes.

use std::sync::Arc;

use explorer_core::data::model::{Dataset, Figure};
use explorer_core::format;
use explorer_core::sources::source_ids;
use leptos::prelude::*;

use crate::components::figure_notes::FigureNotes;
use crate::components::translated::translated_mark;

/// "Label: value (period)", with the figure's notes. Used by the goals, agencies and benchmarking pages.
#[component]
pub fn FigureItem(ds: Arc<Dataset>, figure: Figure) -> impl IntoView {
    view! {
        <li class="figure-list__item" data-figure=figure.id.clone() data-sources=source_ids(&figure.sources) data-as-of=figure.period.clone()>
            <span class="figure-list__label">{figure.label.clone()}</span>
            ": "
            <strong class="figure-list__value">{format::figure(&figure)}</strong>
            {translated_mark(figure.translated)}
            <span class="figure-list__period">{format!(" ({})", figure.period)}</span>
            <div class="figure-list__notes"><FigureNotes ds=ds.clone() figure=figure.clone()/></div>
        </li>
    }
}
