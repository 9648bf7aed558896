//! /data's list of every source (each with what cites it and whether it was read in a copy)
//! and the caveats to read the figures with.

use super::{Citation, DISAGREEMENT_COLUMNS, TRANSLATED_COLUMNS};
use crate::components::data_table::DataTable;
use explorer_core::audit::{self, Audit};
use explorer_core::data::model::{Dataset, Source};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn Sources(ds: Arc<Dataset>) -> impl IntoView {
    let items = ds
        .sources
        .iter()
        .map(|s| view! { <SourceEntry source=s.clone() cited=audit::times_cited(&ds, &s.id)/> })
        .collect_view();
    view! {
        <section aria-labelledby="sources">
            <h2 id="sources">"Sources"</h2>
            <p>
                "Every figure on this site names one of these sources, with pages where the "
                "source has them."
            </p>
            <ol class="source-list">{items}</ol>
        </section>
    }
}

#[component]
pub(super) fn SourceEntry(source: Source, cited: usize) -> impl IntoView {
    let citation = audit::citation_text(&source);
    let published = source.published.map(|d| {
        view! { " · " <time datetime=d.to_string()>{d.long()}</time> }
    });
    let link = source.url.clone().map(|url| {
        let text = url.clone();
        view! { <p class="source__url"><a href=url rel="noopener">{text}</a></p> }
    });
    let others = (!source.other_urls.is_empty()).then(|| {
        let n = source.other_urls.len();
        let items = source
            .other_urls
            .iter()
            .map(|u| view! { <li><a href=u.clone() rel="noopener">{u.clone()}</a></li> })
            .collect_view();
        view! {
            <details class="source__others">
                <summary>{format!("{n} more address{}", if n == 1 { "" } else { "es" })}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    let anchor = format!("source-{}", source.id);
    let citation_id = anchor.clone();
    view! {
        <li
            class="source"
            id=anchor
            data-source=source.id.clone()
            data-sources=source.id.clone()
            data-as-of=source.published.map_or_else(|| "undated".to_string(), |d| d.to_string())
        >
            <h3 class="source__name">{source.short_title.clone()}</h3>
            <p class="source__title">{source.title.clone()}</p>
            <p class="source__meta">
                {source.publisher.clone()}
                {published}
                {format!(" · id {} · cited {cited} time{}", source.id, if cited == 1 { "" } else { "s" })}
            </p>
            {link}
            {others}
            {source.note.clone().map(|n| view! { <p class="source__note">{n}</p> })}
            <Citation id=citation_id text=citation/>
        </li>
    }
}

#[component]
pub(super) fn ReadWithCare(audit: Audit, checked: String) -> impl IntoView {
    let disagreements = audit
        .disagreements
        .into_iter()
        .map(|d| {
            view! {
                <tr data-sources=d.sources.join(" ") data-as-of=checked.clone()>
                    <th scope="row" data-label=DISAGREEMENT_COLUMNS[0].0>{d.label}<span class="table-note">{d.section}</span></th>
                    <td data-label=DISAGREEMENT_COLUMNS[1].0>{d.shown}</td>
                    <td data-label=DISAGREEMENT_COLUMNS[2].0>{d.others.join("; ")}</td>
                    <td data-label=DISAGREEMENT_COLUMNS[3].0>{d.shown_because}</td>
                </tr>
            }
        })
        .collect_view();
    let caveats = |list: Vec<audit::Caveat>| {
        list.into_iter()
            .map(|c| {
                // A value no source gives has no source to name.
                let none = c.sources.is_empty();
                view! {
                    <li
                        data-sources=(!none).then(|| c.sources.join(" "))
                        data-as-of=checked.clone()
                        data-not-figure=none.then_some("a value no source read gives")
                    >
                        <strong>{c.label}</strong>
                        {format!(" ({})", c.section)}
                        {(!c.reason.is_empty()).then(|| format!(": {}", c.reason))}
                    </li>
                }
            })
            .collect_view()
    };
    let which = audit
        .translated
        .iter()
        .filter(|t| !t.items.is_empty())
        .map(|t| {
            let items = t
                .items
                .iter()
                .map(|name| view! { <li>{name.clone()}</li> })
                .collect_view();
            view! {
                <details class="translated-items">
                    <summary>{format!("{}: the {} translated", t.section, t.translated)}</summary>
                    <ul>{items}</ul>
                </details>
            }
        })
        .collect_view();
    let translated = audit
        .translated
        .into_iter()
        .map(|t| {
            view! {
                <tr>
                    <th scope="row" data-label=TRANSLATED_COLUMNS[0].0>{t.section}</th>
                    <td data-label=TRANSLATED_COLUMNS[1].0 class="num">{t.translated}</td>
                    <td data-label=TRANSLATED_COLUMNS[2].0 class="num">{t.total}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="caveats">
            <h2 id="caveats">"Read with care"</h2>
            <h3 id="disagreements">"Where the sources disagree"</h3>
            <p>"The site shows one value and names the others; the reason for the choice is given."</p>
            <DataTable
                labelled_by="disagreements"
                caption="Figures printed with different values in the sources"
                columns=DISAGREEMENT_COLUMNS
            >
                {disagreements}
            </DataTable>
            <h3>"Uncertain values"</h3>
            <ul class="caveat-list" id="uncertain-list">{caveats(audit.uncertain)}</ul>
            <h3>"Not reported"</h3>
            <p>"The sources give no value for these; the site says “not reported” and draws nothing."</p>
            <ul class="caveat-list" id="not-reported-list">{caveats(audit.not_reported)}</ul>
            <h3 id="translated">"Read in machine translation"</h3>
            <p>
                "The 2024 Strategic Plan was read through a Korean machine translation. Items that "
                "could not be checked against English wording are marked † across the site."
            </p>
            <div data-not-figure="counts of the dataset's own records">
                <DataTable
                    labelled_by="translated"
                    caption="Records read only in machine translation, by kind"
                    columns=TRANSLATED_COLUMNS
                    narrow=true
                >
                    {translated}
                </DataTable>
                {which}
            </div>
        </section>
    }
}
