use explorer_core::data::model::{Citation, Dataset};
use leptos::prelude::*;

/// "Source: 2024 Strategic Plan, p.19, p.30; GAO-22-103979." with each source linked.
#[component]
pub fn SourceLine(dataset: std::sync::Arc<Dataset>, cites: Vec<Citation>) -> impl IntoView {
    let n = cites.len();
    let parts = cites
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let source = dataset.source(&c.source);
            let title = source.map_or_else(|| c.source.clone(), |s| s.short_title.clone());
            let name = match source.and_then(|s| s.url.clone()) {
                Some(url) => view! { <a href=url rel="noopener">{title}</a> }.into_any(),
                None => view! { <span>{title}</span> }.into_any(),
            };
            let pages = c.pages.map(|p| format!(", {p}"));
            // A copy of another outlet's text says so, and whose text it is.
            let copy = source.and_then(|s| {
                let o = s.original.as_ref()?;
                // "IEEE Spectrum, read in a copy", not "… a copy of IEEE Spectrum".
                Some(if s.short_title.starts_with(&o.outlet) {
                    ", read in a copy".to_string()
                } else {
                    format!(", read in a copy of {}", o.outlet)
                })
            });
            let sep = if i + 1 < n { "; " } else { "." };
            view! { {name}{pages}{copy}{sep} }
        })
        .collect_view();
    view! {
        <p class="source-line">
            {if n == 1 { "Source: " } else { "Sources: " }}
            {parts}
        </p>
    }
}

/// A source line, or nothing when there is nothing to cite.
pub fn source_line(ds: &std::sync::Arc<Dataset>, cites: &[Citation]) -> Option<impl IntoView> {
    (!cites.is_empty()).then(|| view! { <SourceLine dataset=ds.clone() cites=cites.to_vec()/> })
}
