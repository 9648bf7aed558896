//! Files made in the browser: a Blob, an object URL and a click on a temporary link.
//! Works offline (nothing is fetched) and under the strict CSP (no inline script).

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a download named `file`. Returns a message for the reader when
/// the browser refuses (for example inside a sandboxed frame).
pub fn save_text(file: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str, e: JsValue| {
        let detail = e.as_string().unwrap_or_else(|| format!("{e:?}"));
        format!("The browser could not {what} ({detail}).")
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| fail("create the file", e))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| fail("create the file", e))?;
    save_url(file, &url)?;
    // The click has handed the blob to the download; the URL can go after this task.
    let revoke = url.clone();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&revoke);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Offers the resource at `url` (a blob: or data: URL made here) as a download.
pub fn save_url(file: &str, url: &str) -> Result<(), String> {
    // A frame sandboxed without allow-same-origin has the opaque origin "null" and, as
    // a rule, no allow-downloads either: say so rather than fail silently.
    let origin = js_sys::Reflect::get(&window(), &JsValue::from_str("origin"))
        .ok()
        .and_then(|o| o.as_string());
    if origin.as_deref() == Some("null") {
        return Err(format!(
            "This page is embedded in a frame that does not allow downloads. Open it directly to download {file}."
        ));
    }
    let fail = |e: JsValue| {
        let detail = e.as_string().unwrap_or_else(|| format!("{e:?}"));
        format!("The browser could not start the download ({detail}).")
    };
    let link = document()
        .create_element("a")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "The browser could not start the download.".to_string())?;
    link.set_href(url);
    link.set_download(file);
    link.set_hidden(true);
    let body = document()
        .body()
        .ok_or_else(|| "The page has no body to start the download from.".to_string())?;
    body.append_child(&link).map_err(fail)?;
    link.click();
    link.remove();
    Ok(())
}

/// Copies `text` to the clipboard, where the browser allows it.
pub async fn copy_text(text: String) -> Result<(), String> {
    let navigator = js_sys::Reflect::get(&window(), &JsValue::from_str("navigator"))
        .map_err(|_| "Copying is not available here: select the text and copy it.".to_string())?;
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or_else(|| "Copying is not available here: select the text and copy it.".to_string())?;
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| "Copying is not available here: select the text and copy it.".to_string())?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(&text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or_else(|| "The browser refused to copy: select the text and copy it.".to_string())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "The browser refused to copy: select the text and copy it.".to_string())
}
