//! An institute's dated history and its status with how it is known: the list the
//! institute pages and the overview show. What the list says is computed in
//! `explorer_core::history`; this only lays it out.

use std::sync::Arc;

use explorer_core::data::model::{Dataset, Institute, InstituteStatus};
use explorer_core::history::{status_sentence, TimelineItem};
use explorer_core::links;
use leptos::prelude::*;

use crate::base::href;
use crate::components::source_line::SourceLine;
use explorer_core::sources::source_ids;

/// Dated events, oldest first, each with its kind, what happened, its figures, the
/// sentence it was read in and its sources. `link_institutes` names the institute of
/// each item (for a list that mixes institutes).
#[component]
pub fn EventList(
    ds: Arc<Dataset>,
    items: Vec<TimelineItem>,
    #[prop(optional)] link_institutes: bool,
    /// Only the date, kind, what happened and the sources: a short list that links to
    /// the full one.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|item| {
            let institute = link_institutes
                .then(|| item.institute.as_deref().and_then(|id| ds.institute(id)))
                .flatten()
                .map(|i| {
                    view! { <a href=href(&links::institute(&i.id))>{i.acronym.clone()}</a>": " }
                });
            let figures = (!compact && !item.figures.is_empty()).then(|| {
                let list = item.figures.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view();
                view! { <ul class="event__figures">{list}</ul> }
            });
            let notes = (!compact).then(|| {
                item.notes.iter().map(|n| view! { <p class="note">{n.clone()}</p> }).collect_view()
            });
            let quote = item.quote.clone().filter(|_| !compact);
            view! {
                <li class="event" id=item.anchor.clone() data-sources=source_ids(&item.sources) data-as-of=item.date.to_string()>
                    <p class="event__head">
                        <time datetime=item.date.to_string()>{item.date.long()}</time>
                        " · "<span class="event__kind">{item.kind_label.clone()}</span>
                    </p>
                    <p class="event__summary">{institute}{item.summary.clone()}</p>
                    {figures}
                    {quote.map(|q| view! { <p class="record__quote">"Read in: "<q>{q}</q></p> })}
                    {notes}
                    {(!item.sources.is_empty()).then(|| view! { <SourceLine dataset=ds.clone() cites=item.sources.clone()/> })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="event-list">{rows}</ol> }
}

/// The institute's status when the sources were last checked, and how it is known.
#[component]
pub fn StatusNote(ds: Arc<Dataset>, inst: Institute) -> impl IntoView {
    let checked = ds.sources_checked;
    let s = status_sentence(&ds, &inst, checked);
    let class = match s.status {
        InstituteStatus::AwardTerminated => "alert alert--warning status-note",
        _ => "alert alert--info status-note",
    };
    view! {
        <p class=class id="institute-status" data-sources=source_ids(&s.sources) data-as-of=checked.to_string()>
            <strong>{format!("Status as of {}: {}. ", checked.long(), s.status.label().to_lowercase())}</strong>
            {s.text}
        </p>
    }
}
