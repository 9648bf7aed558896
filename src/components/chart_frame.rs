//! The one frame every chart lives in: title, computed takeaway, Chart and Table tabs
//! (ARIA tabs pattern), the SVG drawn by explorer-core, a source line linking to /data,
//! notes, downloads (CSV of exactly the numbers shown, SVG, PNG) and an embed snippet.

use std::sync::Arc;

use explorer_core::chart::spec::{
    download_scene, download_table, embed_height, filter_sentence, host_script, ChartSpec,
    DOWNLOAD_WIDTH,
};
use explorer_core::chart::{self, Item, Scene};
use explorer_core::data::model::{Citation, Dataset};
use explorer_core::sources::source_ids;
use explorer_core::url_state::Tab;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::base::href;
use crate::components::download::{copy_text, save_text, save_url};
use crate::components::takeover;

thread_local! {
    /// The width each chart (by its id) was last drawn at, and the window width then.
    static LAST_WIDTH: std::cell::RefCell<std::collections::HashMap<&'static str, (i32, u32)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
    /// The width of each chart on the page's prepared copy (by its id), and the window
    /// width then (`remember_copy_widths`).
    static COPY_WIDTHS: std::cell::RefCell<(i32, Vec<(String, i32)>)> =
        const { std::cell::RefCell::new((0, Vec::new())) };
}

/// Remembers the width of each chart on the page's prepared copy (scripts/prerender.mjs),
/// read just before the app replaces the copy. The copy is laid out already, so reading
/// costs no layout, and the app draws its charts at once at those widths: measuring the
/// app's own frames instead would lay out the whole new page inside the task that builds
/// it. The copy is the app's own page, laid out in the same place (`#boot` takes no box).
pub fn remember_copy_widths() {
    let Ok(figures) =
        document().query_selector_all("#boot[data-prerendered] figure.chart[aria-labelledby]")
    else {
        return;
    };
    let mut widths = Vec::new();
    for i in 0..figures.length() {
        if let Some(figure) = figures
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let label = figure.get_attribute("aria-labelledby").unwrap_or_default();
            widths.push((label, figure.client_width()));
        }
    }
    COPY_WIDTHS.set((window_width(), widths));
}

/// The width chart `id` had on the page's prepared copy, if it had one in a window of
/// this width.
fn copy_width(id: &str) -> Option<u32> {
    COPY_WIDTHS.with(|copy| {
        let (window, widths) = &*copy.borrow();
        widths
            .iter()
            .find(|(label, width)| *width > 0 && label.strip_suffix("-title") == Some(id))
            .filter(|_| *window == window_width())
            .map(|(_, width)| chart::clamp_width(*width as u32))
    })
}

/// The window's width: reading it does not lay out the page.
fn window_width() -> i32 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .map_or(0, |w| w as i32)
}

#[component]
pub fn ChartFrame(
    ds: Arc<Dataset>,
    spec: ChartSpec,
    tab: Signal<Tab>,
    on_tab: Callback<Tab>,
    /// Inside an embed view: no downloads or embed snippet, a link to the full page.
    #[prop(optional)]
    embedded: bool,
    /// What the view is filtered or narrowed to, when it is ("sponsor DOE; founded
    /// 2015–2020"): said under the title and in every download.
    #[prop(default = None)]
    filter: Option<String>,
) -> impl IntoView {
    // When the app takes over a page, each chart is built in a task of its own.
    takeover::later(move || chart_frame(ds, spec, tab, on_tab, embedded, filter).into_any())
}

fn chart_frame(
    ds: Arc<Dataset>,
    spec: ChartSpec,
    tab: Signal<Tab>,
    on_tab: Callback<Tab>,
    embedded: bool,
    filter: Option<String>,
) -> impl IntoView {
    let id = spec.id;
    let frame_ref = NodeRef::<html::Figure>::new();
    // A chart drawn again (new filters, a page opened again) in a window of the same
    // width starts at the width it had: it is drawn once, and nothing forces a layout.
    // The first chart drawn as the app takes over a prepared page starts at the width
    // it has on the page's copy.
    let known = LAST_WIDTH
        .with(|w| w.borrow().get(id).copied())
        .filter(|(window, _)| *window == window_width())
        .map(|(_, w)| w)
        .or_else(|| copy_width(id));
    // Otherwise it is not drawn until its frame is measured: drawing it first at a
    // guessed width would mean drawing it twice.
    let width = RwSignal::new(known);
    let measure = move || {
        if let Some(el) = frame_ref.try_get_untracked().flatten() {
            let w = el.client_width();
            let measured = (w > 0).then(|| {
                let w = chart::clamp_width(w as u32);
                LAST_WIDTH.with(|m| m.borrow_mut().insert(id, (window_width(), w)));
                w
            });
            let Some(now) = width.try_get_untracked() else {
                return;
            };
            // A frame that is not laid out (hidden) has no width: one already drawn keeps
            // its width, one not drawn yet gets the width of the downloads; either is
            // measured again on the next resize.
            let next = measured.or(now).unwrap_or(DOWNLOAD_WIDTH);
            if now != Some(next) {
                let _ = width.try_set(Some(next));
            }
        }
    };
    // The frame is measured as soon as it is in the page (this lays the page out) and
    // drawn at its width before it is first painted.
    Effect::new(move |_| {
        if frame_ref.get().is_some() && known.is_none() {
            // While the app takes over a page it is outside the document, where the frame
            // has no width: then it is measured once the app is moved in, in that task.
            takeover::when_shown(measure);
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let draw = spec.draw.clone();
    let svg = Memo::new(move |_| width.get().map(|w| draw(w).to_svg()).unwrap_or_default());

    let tab_id = move |t: Tab| format!("{id}-tab-{}", t.key());
    let panel_id = move |t: Tab| format!("{id}-panel-{}", t.key());
    let select = move |t: Tab, focus: bool| {
        on_tab.run(t);
        if focus {
            if let Some(el) = document().get_element_by_id(&tab_id(t)) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowLeft" => Some(match tab.get_untracked() {
                Tab::Chart => Tab::Table,
                Tab::Table => Tab::Chart,
            }),
            "Home" => Some(Tab::Chart),
            "End" => Some(Tab::Table),
            _ => None,
        };
        if let Some(t) = next {
            e.prevent_default();
            select(t, true);
        }
    };
    let tab_button = move |t: Tab, label: &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                class="chart__tab"
                id=tab_id(t)
                aria-controls=panel_id(t)
                aria-selected=move || (tab.get() == t).to_string()
                tabindex=move || if tab.get() == t { "0" } else { "-1" }
                on:click=move |_| select(t, false)
                on:keydown=on_key
            >
                {label}
            </button>
        }
    };

    let table = spec.table.clone();
    let numeric = spec.numeric.clone();
    let narrow = table.header.len() <= 3;
    let headers = table
        .header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let num = numeric.get(i).copied().unwrap_or(false);
            view! { <th scope="col" class=num.then_some("num")>{h.to_string()}</th> }
        })
        .collect_view();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let num = numeric.get(i).copied().unwrap_or(false);
                    // Each cell's column, shown before it when a row is a card (a phone).
                    let label = table.header.get(i).copied().unwrap_or_default();
                    if i == 0 {
                        view! { <th scope="row" data-label=label>{cell.clone()}</th> }.into_any()
                    } else {
                        view! { <td data-label=label class=num.then_some("num")>{cell.clone()}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();

    let notes = (!spec.notes.is_empty()).then(|| {
        let items = spec
            .notes
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        view! { <ul class="chart__notes">{items}</ul> }
    });

    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let (labelled_by, described_by) = (title_id.clone(), summary_id.clone());
    let tools = (!embedded)
        .then(|| view! { <ChartTools ds=ds.clone() spec=spec.clone() filter=filter.clone()/> });
    let filtered = filter
        .map(|f| view! { <p class="chart__filter" data-rows-count="">{filter_sentence(&f)}</p> });
    let full_link = embedded.then(|| {
        view! {
            <p class="chart__full">
                <a href=href(&spec.page_path) target="_top">"Open the full page"</a>
            </p>
        }
    });
    view! {
        <figure
            class="chart"
            node_ref=frame_ref
            aria-labelledby=labelled_by
            aria-describedby=described_by
            data-sources=(!spec.sources.is_empty()).then(|| source_ids(&spec.sources))
            data-as-of=ds.sources_checked.to_string()
        >
            {if embedded {
                view! { <h1 class="chart__title" id=title_id>{spec.title.clone()}</h1> }.into_any()
            } else {
                view! { <h2 class="chart__title" id=title_id>{spec.title.clone()}</h2> }.into_any()
            }}
            {filtered}
            <p class="chart__takeaway">{spec.takeaway.clone()}</p>
            <div class="chart__tabs" role="tablist" aria-label="View">
                {tab_button(Tab::Chart, "Chart")}
                {tab_button(Tab::Table, "Table")}
            </div>
            <div
                class="chart__panel"
                role="tabpanel"
                id=panel_id(Tab::Chart)
                aria-labelledby=tab_id(Tab::Chart)
                hidden=move || tab.get() != Tab::Chart
            >
                <p class="visually-hidden" id=summary_id>{spec.summary.clone()}</p>
                <div class="chart__svg" aria-hidden="true" inner_html=move || svg.get()></div>
            </div>
            <div
                class="chart__panel"
                role="tabpanel"
                id=panel_id(Tab::Table)
                aria-labelledby=tab_id(Tab::Table)
                hidden=move || tab.get() != Tab::Table
            >
                <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{} (table)", spec.title)>
                    // Up to three short columns fit a phone as a table; more become cards there.
                    <table class="data-table" class:data-table--narrow=narrow>
                        <caption class="visually-hidden">{spec.title.clone()}</caption>
                        <thead><tr>{headers}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
            // A div, not a figcaption: a figcaption must be the figure's first or last
            // child, and the downloads follow it.
            <div class="chart__caption">
                {(!spec.sources.is_empty()).then(|| view! { <DataSourceLine ds=ds.clone() cites=spec.sources.clone() embedded/> })}
                {notes}
                {full_link}
            </div>
            {tools}
        </figure>
    }
}

/// Downloads, a link to this view and the embed snippet.
#[component]
fn ChartTools(ds: Arc<Dataset>, spec: ChartSpec, filter: Option<String>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let stem = spec.id;
    let view = crate::base::absolute_url(&href(&spec.page_path));
    let csv = {
        let table = download_table(&spec, &ds, filter.as_deref(), &view);
        move |_| {
            let outcome = table.to_csv().and_then(|text| {
                save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &text)
            });
            status.set(outcome.err().unwrap_or_default());
        }
    };
    let svg = {
        let (spec, ds, filter, view) = (spec.clone(), ds.clone(), filter.clone(), view.clone());
        move |_| {
            let text = download_scene(&spec, &ds, filter.as_deref(), &view).to_svg();
            let outcome = save_text(&format!("{stem}.svg"), "image/svg+xml;charset=utf-8", &text);
            status.set(outcome.err().unwrap_or_default());
        }
    };
    let png = {
        let (spec, ds, filter) = (spec.clone(), ds.clone(), filter.clone());
        move |_| {
            let outcome = render_png(&download_scene(&spec, &ds, filter.as_deref(), &view))
                .and_then(|url| save_url(&format!("{stem}.png"), &url));
            status.set(outcome.err().unwrap_or_default());
        }
    };
    let embed = spec.embed_path.clone().map(|path| {
        // The embedded view is pinned to the dataset version it was made with; opened
        // later on a newer dataset, it says so.
        let sep = if path.contains('?') { '&' } else { '?' };
        let pinned = format!("{path}{sep}v={}", explorer_core::url_state::encode(&ds.dataset_version));
        let url = crate::base::absolute_url(&href(&pinned));
        let height = embed_height(&spec, &ds, filter.as_deref());
        let snippet = format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\"></iframe>",
            html_attr(&url),
            html_attr(&spec.title)
        );
        let script = host_script(&window().location().origin().unwrap_or_default());
        let copied = RwSignal::new(String::new());
        let copy = move |text: String| {
            spawn_local(async move {
                copied.set(match copy_text(text).await {
                    Ok(()) => "Copied.".to_string(),
                    Err(m) => m,
                });
            });
        };
        let (to_copy, script_copy) = (snippet.clone(), script.clone());
        let snippet_id = format!("{stem}-embed-code");
        let script_id = format!("{stem}-embed-script");
        view! {
            <details class="chart__embed">
                <summary>"Embed"</summary>
                <p>
                    "Paste this into a page to show this chart, in its current view, with its "
                    "source line and a link back here."
                </p>
                <label for=snippet_id.clone()>"Embed code"</label>
                <textarea id=snippet_id class="chart__code" readonly rows="3">{snippet}</textarea>
                <button type="button" class="button button--outline" on:click=move |_| copy(to_copy.clone())>"Copy embed code"</button>
                <p>
                    {format!("The frame is {height} pixels high, enough for this view on a phone and on a wide screen. ")}
                    "To size it to its content instead, add these lines to a script file of "
                    "your page (they accept size messages only from this site):"
                </p>
                <label for=script_id.clone()>"Script that sizes the frame"</label>
                <textarea id=script_id class="chart__code" readonly rows="8">{script}</textarea>
                <button type="button" class="button button--outline" on:click=move |_| copy(script_copy.clone())>"Copy script"</button>
                <span class="citation__status" role="status">{move || copied.get()}</span>
            </details>
        }
    });
    let link = crate::base::absolute_url(&href(&spec.page_path));
    let copy_link = move |_| {
        let text = link.clone();
        spawn_local(async move {
            status.set(match copy_text(text).await {
                Ok(()) => "Link to this view copied.".to_string(),
                Err(m) => m,
            });
        });
    };
    view! {
        <div class="chart__tools">
            <span class="chart__tools-label">"Download"</span>
            <button type="button" class="button button--outline" data-download="csv" on:click=csv>"CSV"</button>
            <button type="button" class="button button--outline" data-download="svg" on:click=svg>"SVG"</button>
            <button type="button" class="button button--outline" data-download="png" on:click=png>"PNG"</button>
            <button type="button" class="button button--outline" data-copy="link" on:click=copy_link>"Copy link"</button>
            <span class="download-status" role="status">{move || status.get()}</span>
        </div>
        {match embed {
            Some(panel) => panel.into_any(),
            // Only a chart of a reader's own file has no embed view: its numbers were
            // read in this browser and are not on the site.
            None => view! {
                <details class="chart__embed">
                    <summary>"Embed"</summary>
                    <p>
                        "This chart cannot be embedded: it is made from a file read in this "
                        "browser, and its numbers are not on the site. Download its SVG or PNG "
                        "instead."
                    </p>
                </details>
            }
            .into_any(),
        }}
    }
}

fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Paints `scene` at twice its size on a canvas and returns a PNG data URL. The same
/// primitives as the SVG, so the two images match.
fn render_png(scene: &Scene) -> Result<String, String> {
    let fail = |e: JsValue| format!("The browser could not draw the image ({e:?}).");
    let canvas = document()
        .create_element("canvas")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| "The browser has no canvas to draw the image.".to_string())?;
    let scale = 2.0;
    canvas.set_width(scene.width * 2);
    canvas.set_height(scene.height * 2);
    let ctx = canvas
        .get_context("2d")
        .map_err(fail)?
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "The browser has no canvas to draw the image.".to_string())?;
    ctx.scale(scale, scale).map_err(fail)?;
    ctx.set_fill_style_str("#FFFFFF");
    ctx.fill_rect(0.0, 0.0, f64::from(scene.width), f64::from(scene.height));
    for item in &scene.items {
        match item {
            Item::Rect { x, y, w, h, fill } => {
                ctx.set_fill_style_str(&fill.hex());
                ctx.fill_rect(f64::from(*x), f64::from(*y), f64::from(*w), f64::from(*h));
            }
            Item::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                ctx.begin_path();
                ctx.arc(
                    f64::from(*cx),
                    f64::from(*cy),
                    f64::from(*r),
                    0.0,
                    std::f64::consts::TAU,
                )
                .map_err(fail)?;
                ctx.set_fill_style_str(&fill.hex());
                ctx.fill();
                if let Some(s) = stroke {
                    ctx.set_stroke_style_str(&s.hex());
                    ctx.set_line_width(1.0);
                    ctx.stroke();
                }
            }
            Item::Line {
                points,
                color,
                width,
                opacity,
            } => {
                ctx.begin_path();
                for (i, (x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        ctx.move_to(f64::from(*x), f64::from(*y));
                    } else {
                        ctx.line_to(f64::from(*x), f64::from(*y));
                    }
                }
                ctx.set_global_alpha(*opacity);
                ctx.set_stroke_style_str(&color.hex());
                ctx.set_line_width(f64::from(*width));
                ctx.stroke();
                ctx.set_global_alpha(1.0);
            }
            Item::Text {
                x,
                y,
                text,
                size,
                anchor,
                bold,
                color,
            } => {
                // The family the layout measured, as the SVG names it.
                ctx.set_font(&chart::metrics::canvas_font(*size, *bold));
                ctx.set_text_align(match anchor {
                    chart::Anchor::Start => "start",
                    chart::Anchor::Middle => "center",
                    chart::Anchor::End => "end",
                });
                ctx.set_text_baseline("middle");
                ctx.set_fill_style_str(&color.hex());
                ctx.fill_text(text, f64::from(*x), f64::from(*y))
                    .map_err(fail)?;
            }
        }
    }
    canvas.to_data_url_with_type("image/png").map_err(fail)
}

/// "Sources: 2024 Strategic Plan, p.26–27; …", each source linked to its entry on /data.
#[component]
fn DataSourceLine(ds: Arc<Dataset>, cites: Vec<Citation>, embedded: bool) -> impl IntoView {
    let n = cites.len();
    let parts = cites
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let name = ds
                .source(&c.source)
                .map_or_else(|| c.source.clone(), |s| s.short_title.clone());
            let link = format!("{}#source-{}", href("/data"), c.source);
            let pages = c.pages.map(|p| format!(", {p}"));
            let sep = if i + 1 < n { "; " } else { "." };
            let target = embedded.then_some("_top");
            view! { <a href=link target=target>{name}</a>{pages}{sep} }
        })
        .collect_view();
    view! {
        <p class="source-line">
            {if n == 1 { "Source: " } else { "Sources: " }}
            {parts}
        </p>
    }
}
