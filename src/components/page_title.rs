use leptos::prelude::*;

pub const SITE_NAME: &str = "Manufacturing USA Explorer";

/// Sets the document title for the page being shown ("Overview · Manufacturing USA Explorer").
pub fn set_page_title(page: &str) {
    let title = if page.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{page} · {SITE_NAME}")
    };
    document().set_title(&title);
}
