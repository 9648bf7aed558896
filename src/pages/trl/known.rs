//! What is known of readiness: GAO's finding and what the plan makes of it, the TRL and MRL
//! ladder, and why GAO's chart of project moves is not redrawn.

use crate::base::href;
use crate::components::source_line::SourceLine;
use crate::components::translated::{translated_mark, TranslatedNote};
use explorer_core::data::model::{Dataset, ProgressionData};
use explorer_core::format;
use explorer_core::sources::{source_ids, sources_as_of};
use explorer_core::trl;
use explorer_core::trl::spec::PAGE;
use leptos::prelude::*;
use std::sync::Arc;

/// What the sources say, before any file: GAO's finding, the two bands, and GAO's chart
/// of completed projects (drawn when the data holds its cells; `children`).
#[component]
pub(super) fn Known(ds: Arc<Dataset>, children: Children) -> impl IntoView {
    let r = &ds.readiness;
    let findings = view! { <Findings ds=ds.clone()/> };
    let bands = r
        .bands
        .iter()
        .map(|b| {
            view! {
                <li data-sources=source_ids(&b.sources)>
                    <strong>{format!("{}: TRL {}–{}, MRL {}–{}. ", b.label, b.trl.from, b.trl.to, b.mrl.from, b.mrl.to)}</strong>
                    {b.description.clone()}{translated_mark(b.translated)}
                    <SourceLine dataset=ds.clone() cites=b.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="known">
            <h2 id="known">"What is known"</h2>
            <h3>"GAO's finding"</h3>
            {findings}
            <h3>"The bands on the readiness ladder"</h3>
            <ul class="band-list">{bands}</ul>
            {children()}
        </section>
    }
}

/// What is known of GAO's figure when its cells are not in the data: why it cannot be
/// redrawn, a link to it, and the printed numbers folded away.
#[component]
pub(super) fn NotPlaced(ds: Arc<Dataset>, embedded: bool) -> impl IntoView {
    let p = &ds.readiness.progression;
    let (reason, values, readings) = match &p.data {
        ProgressionData::NotReported {
            reason,
            published_values,
            unconfirmed_readings,
        } => (
            reason.clone(),
            published_values.clone(),
            unconfirmed_readings.clone(),
        ),
        _ => (String::new(), Vec::new(), Vec::new()),
    };
    let sum: u64 = values.iter().map(|&v| u64::from(v)).sum();
    let gao = ds.source("gao-22-103979").and_then(|s| s.url.clone());
    let why = trl::spec::not_placed_why(values.len());
    let link = gao.map(|url| {
        view! { " "<a href=url rel="noopener" target=embedded.then_some("_top")>"See GAO's original figure in GAO-22-103979 on gao.gov"</a>"." }
    });
    let printed = (!embedded).then(|| {
        let list = values
            .iter()
            .enumerate()
            .map(|(i, v)| view! { <li><span class="visually-hidden">{format!("Value {}: ", i + 1)}</span>{v.to_string()}</li> })
            .collect_view();
        let readings = readings
            .into_iter()
            .map(|r| view! { <li>{r}</li> })
            .collect_view();
        let notes = p
            .notes
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        view! {
            <details class="not-placed__printed">
                <summary>{trl::spec::printed_heading(values.len())}</summary>
                <p>{reason}</p>
                <p>{format!("In printed order (sum {}):", format::number(sum as f64))}</p>
                <ol class="published-values">{list}</ol>
                <h4>"Readings that are plausible but not confirmed (not charted)"</h4>
                <ul>{readings}</ul>
                <ul class="chart__notes">{notes}</ul>
                <SourceLine dataset=ds.clone() cites=p.sources.clone()/>
            </details>
        }
    });
    let finding = embedded.then(|| view! { <Findings ds=ds.clone()/> });
    view! {
        <div class="not-placed" id="trl-not-placed" data-sources=source_ids(&p.sources) data-as-of=sources_as_of(&ds, &p.sources)>
            {if embedded {
                view! { <h1 class="not-placed__title">{p.title.clone()}</h1> }.into_any()
            } else {
                view! { <h3 class="not-placed__title">{format!("GAO's chart: {}", p.title)}</h3> }.into_any()
            }}
            <p class="not-placed__why">{why}{link}</p>
            <p>{p.scope.clone()}</p>
            <SourceLine dataset=ds.clone() cites=p.sources.clone()/>
            {finding}
            {printed}
            {embedded.then(|| view! { <p><a href=href(PAGE) target="_top">"Open the full page"</a></p> })}
        </div>
    }
}

#[component]
pub(super) fn Ladder(ds: Arc<Dataset>) -> impl IntoView {
    let r = &ds.readiness;
    let band_names = |level: u8, mrl: bool| -> Vec<String> {
        r.bands
            .iter()
            .filter(|b| {
                let range = if mrl { b.mrl } else { b.trl };
                (range.from..=range.to).contains(&level)
            })
            .map(|b| b.label.clone())
            .collect()
    };
    let rows = (1..=10u8)
        .rev()
        .map(|level| {
            let trl_def = r
                .trl_levels
                .iter()
                .find(|l| l.level == level)
                .map(|l| {
                    let gloss = l.gloss.as_ref().map(|g| {
                        view! { <span class="table-note">{format!("GAO: {}", g.text)}</span> }
                    });
                    view! { {l.definition.clone()}{gloss} }.into_any()
                })
                .unwrap_or_else(|| {
                    view! { <span class="not-reported">"— (TRL stops at 9)"</span> }.into_any()
                });
            let mrl_def = r
                .mrl_levels
                .iter()
                .find(|l| l.level == level)
                .map(|l| l.definition.clone())
                .unwrap_or_default();
            let mut bands = band_names(level, false);
            for b in band_names(level, true) {
                if !bands.contains(&b) {
                    bands.push(format!("{b} (MRL)"));
                }
            }
            let in_valley = bands.iter().any(|b| b.starts_with("Valley"));
            view! {
                <tr class:ladder--valley=in_valley>
                    <th scope="row" class="num" data-label="Level">{level.to_string()}</th>
                    <td data-label="Technology readiness (TRL)">{trl_def}</td>
                    <td data-label="Manufacturing readiness (MRL)">{mrl_def}</td>
                    <td data-label="Band">{bands.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    let mut level_cites = r.trl_sources.clone();
    level_cites.extend(r.mrl_sources.iter().cloned());
    let translated = r.about.translated || r.bands.iter().any(|b| b.translated);
    let mut all_cites = level_cites.clone();
    all_cites.extend(r.about.sources.iter().cloned());
    all_cites.extend(r.bands.iter().flat_map(|b| b.sources.iter().cloned()));
    view! {
        <section aria-labelledby="ladder" data-sources=source_ids(&all_cites)>
            <h2 id="ladder">"The readiness ladder"</h2>
            <p>{r.about.text.clone()}{translated_mark(r.about.translated)}</p>
            <SourceLine dataset=ds.clone() cites=r.about.sources.clone()/>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Readiness levels (table)">
                <table class="data-table ladder">
                    <caption class="visually-hidden">"Technology and manufacturing readiness levels, highest first, with the bands each level is in"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">"Level"</th>
                            <th scope="col">"Technology readiness (TRL)"</th>
                            <th scope="col">"Manufacturing readiness (MRL)"</th>
                            <th scope="col">"Band"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceLine dataset=ds.clone() cites=level_cites/>
            {translated.then(|| view! { <TranslatedNote/> })}
        </section>
    }
}

/// GAO's finding (and what the plan makes of it), each quote with its source line.
#[component]
pub(super) fn Findings(ds: Arc<Dataset>) -> impl IntoView {
    ds.readiness
        .findings
        .iter()
        .map(|f| {
            view! {
                <blockquote class="finding" data-sources=source_ids(&f.sources)>
                    <p>{f.text.clone()}</p>
                    <SourceLine dataset=ds.clone() cites=f.sources.clone()/>
                </blockquote>
            }
        })
        .collect_view()
}
