//! The frame around every page: skip link, the official-site banner (only in a build
//! for an agency's own .gov domain), header with navigation, and the identifier footer.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;

use super::dataset::use_dataset;
use super::page_title::SITE_NAME;
use super::search_box::SearchBox;
use crate::base::href;
use crate::NAV;

/// With `<base href>` set, a bare `#main-content` would resolve against the base and
/// the router would navigate to the home page; so the link moves focus itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main-content")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! { <a class="skip-link" href="#main-content" on:click=skip>"Skip to main content"</a> }
}

/// Whether this build shows the U.S. government banner. The explorer is not published
/// by a federal agency, so it is off unless an agency that hosts the bundle on its own
/// .gov domain builds it with `EXPLORER_GOV_BANNER=1` (README, "Deploying").
pub fn gov_banner() -> bool {
    option_env!("EXPLORER_GOV_BANNER") == Some("1")
}

/// The standard U.S. government banner with its "Here's how you know" disclosure.
#[component]
pub fn Banner() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <section class="gov-banner" aria-label="Official website of the United States government">
            <div class="gov-banner__header">
                <div class="gov-banner__inner">
                    <svg class="gov-banner__flag" aria-hidden="true" viewBox="0 0 16 11" width="16" height="11">
                        <rect width="16" height="11" fill="#b22234"/>
                        <path d="M0 1.7h16M0 3.4h16M0 5.1h16M0 6.8h16M0 8.5h16M0 10.2h16" stroke="#fff" stroke-width="0.85"/>
                        <rect width="7" height="5.9" fill="#3c3b6e"/>
                    </svg>
                    <p class="gov-banner__text">"An official website of the United States government"</p>
                    <button
                        type="button"
                        class="gov-banner__button"
                        aria-expanded=move || open.get().to_string()
                        aria-controls="gov-banner-content"
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        "Here’s how you know"
                        <span class="gov-banner__chevron" aria-hidden="true"></span>
                    </button>
                </div>
            </div>
            <div id="gov-banner-content" class="gov-banner__content" hidden=move || !open.get()>
                <div class="gov-banner__guidance">
                    <svg class="gov-banner__icon" aria-hidden="true" viewBox="0 0 40 40" width="40" height="40">
                        <circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" stroke-width="2"/>
                        <path d="M10 27h20M12 24v-8m5 8v-8m6 8v-8m5 8v-8M9 14l11-6 11 6z" fill="none" stroke="currentColor" stroke-width="2"/>
                    </svg>
                    <p>
                        <strong>"Official websites use .gov"</strong>
                        <br/>
                        "A "
                        <strong>".gov"</strong>
                        " website belongs to an official government organization in the United States."
                    </p>
                </div>
                <div class="gov-banner__guidance">
                    <svg class="gov-banner__icon" aria-hidden="true" viewBox="0 0 40 40" width="40" height="40">
                        <circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" stroke-width="2"/>
                        <path d="M14 19v-3a6 6 0 0 1 12 0v3M12 19h16v10H12z" fill="none" stroke="currentColor" stroke-width="2"/>
                    </svg>
                    <p>
                        <strong>"Secure .gov websites use HTTPS"</strong>
                        <br/>
                        "A "
                        <strong>"lock"</strong>
                        " or "
                        <strong>"https://"</strong>
                        " means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites."
                    </p>
                </div>
            </div>
        </section>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let links = NAV
        .iter()
        .map(|(path, label)| {
            view! {
                <li class="site-nav__item">
                    // Detail pages mark their section: /institutes/mxd marks "Institutes".
                    <A href=href(path) exact=*path == "/">{*label}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=href("/")>{SITE_NAME}</a>
                <SearchBox/>
                <nav class="site-nav" aria-label="Main">
                    <ul class="site-nav__list">{links}</ul>
                </nav>
            </div>
        </header>
    }
}

/// Footer in the style of the USWDS identifier: what this site is, who publishes the
/// figures it shows, and how current the data is.
#[component]
pub fn Footer() -> impl IntoView {
    let loader = use_dataset();
    let as_of = move || {
        loader.ready().map(|ds| {
            format!(
                "Dataset {}.",
                explorer_core::sources::version_and_dates(&ds)
            )
        })
    };
    let publishers = move || {
        loader.ready().map(|ds| {
            let mut names: Vec<String> = ds.sources.iter().map(|s| s.publisher.clone()).collect();
            explorer_core::order::sort_dedup(&mut names);
            let n = names.len();
            view! {
                <div class="identifier__publishers">
                    <p>
                        "The figures it shows are published by their sources, each named beside its figure. "
                        <a href=href("/data")>"Data and sources"</a>
                        " lists every source with its address."
                    </p>
                    <details>
                        <summary>{format!("The {n} publishers of those sources")}</summary>
                        <p>{names.join("; ")}"."</p>
                    </details>
                </div>
            }
        })
    };
    view! {
        <footer class="identifier">
            <section class="identifier__masthead" aria-label="Site identifier">
                <div class="identifier__inner">
                    <p class="identifier__domain">{SITE_NAME}</p>
                    <p class="identifier__about">
                        "An independent explorer of public sources about the Manufacturing USA "
                        "program. It is not published by the program, by NIST or by any other "
                        "government agency, and it does not speak for them."
                    </p>
                    {publishers}
                    <p class="identifier__as-of">{as_of}</p>
                </div>
            </section>
            <nav class="identifier__links" aria-label="Related sites">
                <ul class="identifier__inner">
                    <li><a href="https://www.manufacturingusa.com/">"Manufacturing USA"</a></li>
                    <li><a href="https://doi.org/10.6028/NIST.AMS.600-15">"2024 Strategic Plan"</a></li>
                    <li><a href="https://www.gao.gov/products/gao-22-103979">"GAO-22-103979"</a></li>
                </ul>
            </nav>
        </footer>
    }
}
