//! The app replacing the page's copy (scripts/prerender.mjs) or its loading note, in
//! several tasks instead of one long one, without ever showing a half-built page.
//!
//! While the app takes over, it is built in an element outside the page ([`mount`]), and
//! the copy stays on screen. The heavy pieces of a page ([`later`]: the shell, the page's
//! content once the dataset is there, its filters and controls, each chart and each table
//! in it; and, through [`hold`], the page itself) are built in tasks of their own after
//! the one that mounts the app; the browser may paint
//! the copy or handle input in between. Once the last of them is built, the copy goes and
//! the app is moved into the page, in one task. After that, [`later`] builds at once: a
//! page opened from the navigation is built in one go, as before.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// The takeover is under way: pieces are built later, and the app is not in the page
    /// yet.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    /// Pieces asked for and not built yet; the mounting counts as one until the task
    /// after it, by when every piece of the page has asked.
    static PENDING: Cell<usize> = const { Cell::new(0) };
    /// What to do once everything is built: remove the copy, move the app in.
    static ON_DONE: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
    /// What to do once the app is in the page (a chart measuring its frame).
    static AFTER: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the app in an element outside the page. Once every piece is built, the page's
/// copy or loading note (`#boot`) is removed, the app is moved into `body`, and `built`
/// runs, all in one task.
pub fn mount<V: IntoView + 'static>(
    app: impl FnOnce() -> V + 'static,
    built: impl FnOnce() + 'static,
) {
    use leptos::wasm_bindgen::JsCast;
    let Ok(staging) = document().create_element("div") else {
        return;
    };
    ACTIVE.set(true);
    // The mounting itself, counted as built in the task after it: a page is built partly
    // in the microtasks that follow mounting, where its pieces ask for their tasks.
    PENDING.set(1);
    leptos::mount::mount_to(staging.clone().unchecked_into(), app).forget();
    ON_DONE.with(|d| {
        *d.borrow_mut() = Some(Box::new(move || {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
            if let Some(body) = document().body() {
                while let Some(node) = staging.first_child() {
                    let _ = body.append_child(&node);
                }
            }
            built();
        }))
    });
    set_timeout(piece_built, Duration::ZERO);
}

/// One piece is built; the last one ends the takeover.
fn piece_built() {
    PENDING.set(PENDING.get().saturating_sub(1));
    if !ACTIVE.get() || PENDING.get() > 0 {
        return;
    }
    ACTIVE.set(false);
    if let Some(done) = ON_DONE.with(|d| d.borrow_mut().take()) {
        done();
    }
    for then in AFTER.with(|a| std::mem::take(&mut *a.borrow_mut())) {
        then();
    }
}

/// Keeps the takeover from ending while it is held: for a piece that waits for a later
/// task before it is built (see [`crate::parts`]). `None` when no takeover is under way.
/// Dropped, the piece counts as built in the next task, by when what it built has asked
/// for its own pieces.
pub fn hold() -> Option<Held> {
    ACTIVE.get().then(|| {
        PENDING.set(PENDING.get() + 1);
        Held(())
    })
}

/// See [`hold`].
pub struct Held(());

impl Drop for Held {
    fn drop(&mut self) {
        set_timeout(piece_built, Duration::ZERO);
    }
}

/// Runs `then` once the app is in the page: at once if it is already. For what needs the
/// app's nodes laid out, such as a chart's frame measured (outside the page, it has no
/// width).
pub fn when_shown(then: impl FnOnce() + 'static) {
    if ACTIVE.get() {
        AFTER.with(|a| a.borrow_mut().push(Box::new(then)));
    } else {
        then();
    }
}

/// A heavy piece of a page. During the takeover it is built in a task of its own; at
/// any other time, at once. Built untracked: the piece reacts to its own signals, and a
/// change to one of them never builds it again.
pub fn later(build: impl FnOnce() -> AnyView + 'static) -> AnyView {
    if !ACTIVE.get() {
        return build();
    }
    // One body for every caller (each page and component calls this with its own
    // closure type): the wasm holds it once.
    deferred(Box::new(build))
}

fn deferred(build: Box<dyn FnOnce() -> AnyView>) -> AnyView {
    PENDING.set(PENDING.get() + 1);
    let shown = RwSignal::new(false);
    let build = StoredValue::new_local(Some(build));
    set_timeout(
        move || {
            // Built in this task: the view below runs as soon as it sees `shown`. It is
            // counted as built in the next task, so the pieces it holds (a chart in a
            // page) have asked for their own tasks by then.
            let _ = shown.try_set(true);
            set_timeout(piece_built, Duration::ZERO);
        },
        Duration::ZERO,
    );
    (move || {
        shown
            .get()
            .then(|| build.try_update_value(Option::take).flatten())
            .flatten()
            .map(|build| untrack(build))
    })
    .into_any()
}

/// Resolves in a task of its own (a zero-delay timeout).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
