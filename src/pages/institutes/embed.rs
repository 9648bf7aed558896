//! `/embed/institutes?chart=founded|map|funding&…`: one chart of the directory, chrome-
//! less, for the institutes its filter lists.

use crate::components::chart_frame::ChartFrame;
use crate::components::page::embed;
use crate::components::url_state::{parsed_query, query_setter, QueryNotes};
use explorer_core::data::model::{Dataset, Institute};
use explorer_core::institutes::charts::{described, embed_path, parse_embed, EMBED};
use explorer_core::institutes::InstituteIndex;
use explorer_core::url_state::Tab;
use leptos::prelude::*;
use std::sync::Arc;

/// `/embed/institutes?chart=founded|map&…`: one chart of /institutes, chrome-less, for
/// the institutes its filter parameters list.
#[component]
pub fn InstitutesEmbed() -> impl IntoView {
    embed("Institutes chart", |ds| {
        view! { <DirectoryEmbed ds/> }.into_any()
    })
}

#[component]
pub(super) fn DirectoryEmbed(ds: Arc<Dataset>) -> impl IntoView {
    // ((which chart, the filter), notes on ignored parameters)
    let (parsed, notes) = parsed_query(parse_embed);
    let set_query = query_setter(EMBED);
    let index = Arc::new(InstituteIndex::new(&ds));
    let frame = move || {
        let ((chart, f), _) = parsed.get();
        let list: Vec<&Institute> = index
            .filter(&ds, &f)
            .into_iter()
            .filter_map(|k| ds.institutes.get(k))
            .collect();
        let described = described(&f, list.len(), ds.institutes.len());
        let spec = chart.spec(&list, &f);
        let tab = Signal::derive(move || parsed.with(|((chart, f), _)| chart.tab(f)));
        let set_query = set_query.clone();
        let on_tab = Callback::new(move |t: Tab| {
            let ((chart, mut f), _) = parsed.get_untracked();
            chart.set_tab(&mut f, t);
            let q = embed_path(chart, &f);
            set_query(
                q.split_once('?')
                    .map_or_else(String::new, |(_, q)| q.to_string()),
            );
        });
        view! { <ChartFrame ds=ds.clone() spec tab on_tab embedded=true filter=described/> }
    };
    view! {
        <QueryNotes notes/>
        <div data-follows-view="">{frame}</div>
    }
}
