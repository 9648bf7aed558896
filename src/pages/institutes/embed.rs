//! `/embed/institutes?chart=founded|map|funding&…`: one chart of the directory, chrome-
//! less, for the institutes its filter lists.

use crate::components::chart_frame::ChartFrame;
use crate::components::dataset::with_dataset;
use crate::components::page_title::set_page_title;
use crate::components::url_state::{query_pairs, query_setter, QueryNotes};
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
    set_page_title("Institutes chart");
    view! {
        <div class="embed">
            {with_dataset(|ds| view! { <DirectoryEmbed ds/> }.into_any())}
        </div>
    }
}

#[component]
pub(super) fn DirectoryEmbed(ds: Arc<Dataset>) -> impl IntoView {
    let pairs = query_pairs();
    // (which chart, the filter, notes on ignored parameters)
    let parsed = Memo::new(move |_| parse_embed(&pairs.get()));
    let notes = Signal::derive(move || parsed.get().2);
    let set_query = query_setter(EMBED);
    let index = Arc::new(InstituteIndex::new(&ds));
    let frame = move || {
        let (chart, f, _) = parsed.get();
        let list: Vec<&Institute> = index
            .filter(&ds, &f)
            .into_iter()
            .filter_map(|k| ds.institutes.get(k))
            .collect();
        let described = described(&f, list.len(), ds.institutes.len());
        let spec = chart.spec(&list, &f);
        let tab = Signal::derive(move || parsed.with(|(chart, f, _)| chart.tab(f)));
        let set_query = set_query.clone();
        let on_tab = Callback::new(move |t: Tab| {
            let (chart, mut f, _) = parsed.get_untracked();
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
