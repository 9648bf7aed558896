//! The path the app is served under ("" at the root, "/explorer" under a sub-path),
//! read from `<base href>` so one build works wherever trunk's `--public-url` put it.

use leptos::prelude::*;

thread_local! {
    // `<base>` never changes while the app runs: read it once.
    static BASE: String = {
        let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
        let path = web_sys::Url::new(&base_uri)
            .map(|u| u.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_string()
    };
}

/// The base path without a trailing slash: `""` or `"/a/b/explorer"`.
pub fn app_base() -> String {
    BASE.with(Clone::clone)
}

/// A pathname as the route table sees it, below the base:
/// `"/explorer/embed/trl"` → `"/embed/trl"` (unchanged when it is not below the base).
pub fn below_base(pathname: &str) -> &str {
    BASE.with(|base| pathname.strip_prefix(base.as_str()).unwrap_or(pathname))
}

/// An in-app link target: `href("/institutes")` → `"/explorer/institutes"`.
/// The router does not add its base to `<A href>`, so every link goes through here.
pub fn href(path: &str) -> String {
    format!("{}{path}", app_base())
}

/// The absolute URL of a file in the deployed bundle (the dataset, images).
pub fn asset_url(file: &str) -> String {
    let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(file, &base_uri)
        .map(|u| u.href())
        .unwrap_or_else(|_| file.to_string())
}

/// `/explorer/embed/trl` → `https://host/explorer/embed/trl`, for links copied elsewhere.
pub fn absolute_url(path: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{path}")
}
