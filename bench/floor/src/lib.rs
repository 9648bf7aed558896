//! The stack's floor: fetch the dataset, read it, and show one line about it, under the
//! router, with nothing else. Served at /floor/<variant>/ beside the app; scripts/bench
//! builds it three ways (see Cargo.toml) and times it like the comparison pages: `#floor`
//! appears once the dataset is read.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn start() {
    mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let text = LocalResource::new(|| async {
        let response = gloo_net::http::Request::get("../../data/manufacturing-usa.json")
            .send()
            .await
            .map_err(|e| e.to_string())?;
        response.text().await.map_err(|e| e.to_string())
    });
    let line = move || text.get().map(|body| body.map_or_else(|e| e, |body| summary(&body)));
    view! {
        <Router>
            <main>
                <h1>"Benchmarking: the plan's figures"</h1>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/floor/*any") view=move || view! {
                        {move || line().map(|line| view! { <p id="floor">{line}</p> })}
                    }/>
                </Routes>
            </main>
        </Router>
    }
}

#[cfg(not(feature = "model"))]
fn summary(body: &str) -> String {
    format!("{} bytes", body.len())
}

#[cfg(all(feature = "model", not(feature = "checked")))]
fn summary(body: &str) -> String {
    match serde_json::from_str::<explorer_core::Dataset>(body) {
        Ok(data) => format!("{} institutes", data.institutes.len()),
        Err(e) => e.to_string(),
    }
}

#[cfg(feature = "checked")]
fn summary(body: &str) -> String {
    match explorer_core::load_dataset(body) {
        Ok(data) => format!("{} institutes", data.institutes.len()),
        Err(problems) => format!("{} problems", problems.len()),
    }
}
