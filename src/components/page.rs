//! The two frames a route's view sits in, one way for every route: a page (its document
//! title, its heading, and its content once the dataset is read) and a chrome-less embed
//! view of one chart.

use std::sync::Arc;

use explorer_core::data::model::Dataset;
use leptos::prelude::*;

use crate::components::dataset::with_dataset;
use crate::components::page_title::set_page_title;

/// A route's page: `title` for the document, `heading` as its `h1`, and `content` built
/// once the dataset is there (the loading note and load errors until then).
pub fn page(
    title: &str,
    heading: &'static str,
    content: fn(Arc<Dataset>) -> AnyView,
) -> impl IntoView {
    set_page_title(title);
    view! {
        <div class="page">
            <h1>{heading}</h1>
            {with_dataset(content)}
        </div>
    }
}

/// A chrome-less embed view (`/embed/…`): `title` for the document and the chart's
/// `content` once the dataset is there.
pub fn embed(title: &str, content: fn(Arc<Dataset>) -> AnyView) -> impl IntoView {
    set_page_title(title);
    view! { <div class="embed">{with_dataset(content)}</div> }
}
