//! The citation of one figure the explorer shows, ready to paste: the original source
//! (publisher, date, title, page, address, and "read in a copy" where so) and the
//! explorer (its dataset version and release date, the date accessed, and a permanent
//! link to the figure with `v=`). Plain text in APA 7 and Chicago author-date, and
//! BibTeX and CSL-JSON for reference managers. The access date is passed in; the
//! dataset's date is its release date. A figure that is this dataset's own reading
//! (a computed count, an editorial link) says so.

use crate::data::model::{Citation, Dataset, PartialDate, Source, SourceKind, MONTHS};
use crate::url_state::encode;

/// The explorer as an author and a title.
pub const EXPLORER: &str = "Manufacturing USA Explorer";
const DATASET_TITLE: &str = "Manufacturing USA Explorer dataset";
/// The same title in Chicago's headline capitals.
const DATASET_TITLE_CHICAGO: &str = "Manufacturing USA Explorer Dataset";

/// One figure as shown, to be cited.
#[derive(Debug, Clone, PartialEq)]
pub struct CitedFigure {
    /// What the figure is and its value, as the page shows it: "Members of the
    /// Manufacturing USA network, FY2019: 2,213".
    pub text: String,
    /// Its sources, with the pages they print it on.
    pub cites: Vec<Citation>,
    /// Its page in the explorer, below the site's base, with the view's query:
    /// "/network?metric=members".
    pub path: String,
    /// The element id of the figure on that page: "fy2019".
    pub anchor: String,
    /// `Some(why)` when the figure is this dataset's own reading rather than a value a
    /// source prints: "counted from the dated events of the institutes".
    pub own_reading: Option<String>,
}

/// The two plain-text styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// APA, 7th edition.
    Apa,
    /// Chicago Manual of Style, 17th edition, author-date.
    Chicago,
}

/// The figure's permanent address: the site's absolute base (no trailing slash), the
/// page with its query, `v=<version>`, and the anchor.
pub fn permalink(site: &str, fig: &CitedFigure, version: &str) -> String {
    let sep = if fig.path.contains('?') { '&' } else { '?' };
    let mut out = format!(
        "{}{}{sep}v={}",
        site.trim_end_matches('/'),
        fig.path,
        encode(version)
    );
    if !fig.anchor.is_empty() {
        out.push('#');
        out.push_str(&fig.anchor);
    }
    out
}

/// "December 7, 2026"; "December 2026"; "2026".
fn us_date(d: PartialDate) -> String {
    match (d.month.and_then(month_name), d.day) {
        (Some(m), Some(day)) => format!("{m} {day}, {}", d.year),
        (Some(m), None) => format!("{m} {}", d.year),
        _ => d.year.to_string(),
    }
}

fn month_name(m: u8) -> Option<&'static str> {
    MONTHS.get(usize::from(m).checked_sub(1)?).copied()
}

/// APA's date in parentheses: "2025, December 10", "2024, August", "2024" or "n.d.".
fn apa_date(d: Option<PartialDate>) -> String {
    match d {
        None => "n.d.".to_string(),
        Some(d) => match (d.month.and_then(month_name), d.day) {
            (Some(m), Some(day)) => format!("{}, {m} {day}", d.year),
            (Some(m), None) => format!("{}, {m}", d.year),
            _ => d.year.to_string(),
        },
    }
}

/// The source as its original: for a copy, the outlet, title and date of the original
/// when the copy gives them.
struct Work<'a> {
    author: &'a str,
    title: &'a str,
    date: Option<PartialDate>,
    url: Option<&'a str>,
    /// For a copy: (where it was read, its address).
    copy: Option<(&'a str, Option<&'a str>)>,
}

fn work(s: &Source) -> Work<'_> {
    match (&s.original, s.kind) {
        (Some(o), SourceKind::Copy) => Work {
            author: &o.outlet,
            title: o.title.as_deref().unwrap_or(&s.title),
            date: o.date.or(s.published),
            url: o.url.as_deref(),
            copy: Some((&s.publisher, s.url.as_deref())),
        },
        _ => Work {
            author: &s.publisher,
            title: &s.title,
            date: s.published,
            url: s.url.as_deref(),
            copy: None,
        },
    }
}

/// A sentence ends once: "… Plan." not "… Plan..".
fn sentence(s: &str) -> String {
    if s.ends_with(['.', '?', '!']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn read_in_copy(w: &Work<'_>) -> String {
    match w.copy {
        Some((site, Some(url))) => format!(" Read in a copy: {site}, {url}"),
        Some((site, None)) => format!(" Read in a copy: {site}."),
        None => String::new(),
    }
}

fn apa_source(s: &Source, pages: Option<&str>) -> String {
    let w = work(s);
    let locator = pages.map(|p| format!(", {p}")).unwrap_or_default();
    let mut out = format!(
        "{} ({}). {}",
        sentence(w.author),
        apa_date(w.date),
        sentence(&format!("{}{locator}", w.title))
    );
    if let Some(url) = w.url {
        out.push(' ');
        out.push_str(url);
    }
    out.push_str(&read_in_copy(&w));
    out
}

fn chicago_source(s: &Source, pages: Option<&str>) -> String {
    let w = work(s);
    let year = w
        .date
        .map_or_else(|| "n.d.".to_string(), |d| d.year.to_string());
    let mut out = format!(
        "{} {year}. “{}.”",
        sentence(w.author),
        w.title.trim_end_matches('.')
    );
    if let Some(d) = w.date.filter(|d| d.month.is_some()) {
        out.push_str(&format!(" {}.", us_date(d)));
    }
    if let Some(p) = pages {
        out.push_str(&format!(" {}", sentence(p)));
    }
    if let Some(url) = w.url {
        out.push_str(&format!(" {}", sentence(url)));
    }
    out.push_str(&read_in_copy(&w));
    out
}

fn explorer_apa(ds: &Dataset, link: &str, accessed: PartialDate) -> String {
    format!(
        "{EXPLORER}. ({}). {DATASET_TITLE} (Version {}) [Data set]. Retrieved {}, from {link}",
        ds.released.year,
        ds.dataset_version,
        us_date(accessed)
    )
}

fn explorer_chicago(ds: &Dataset, link: &str, accessed: PartialDate) -> String {
    format!(
        "{EXPLORER}. {}. “{DATASET_TITLE_CHICAGO}.” Version {}, released {}. Accessed {}. {link}.",
        ds.released.year,
        ds.dataset_version,
        us_date(ds.released),
        us_date(accessed)
    )
}

/// The figure's sources as found in the dataset, each with its pages.
fn sources<'a>(ds: &'a Dataset, fig: &'a CitedFigure) -> Vec<(&'a Source, Option<&'a str>)> {
    fig.cites
        .iter()
        .filter_map(|c| Some((ds.source(&c.source)?, c.pages.as_deref())))
        .collect()
}

/// The plain-text citation: the figure, its sources, the explorer with the figure's
/// permanent link, and, for the dataset's own reading, a sentence saying so.
pub fn plain(
    ds: &Dataset,
    fig: &CitedFigure,
    site: &str,
    accessed: PartialDate,
    style: Style,
) -> String {
    let link = permalink(site, fig, &ds.dataset_version);
    let mut lines = vec![sentence(&fig.text)];
    let found = sources(ds, fig);
    if !found.is_empty() {
        let list: Vec<String> = found
            .iter()
            .map(|(s, p)| match style {
                Style::Apa => apa_source(s, *p),
                Style::Chicago => chicago_source(s, *p),
            })
            .collect();
        let label = if list.len() == 1 { "Source" } else { "Sources" };
        lines.push(format!("{label}: {}", list.join("; ")));
    }
    if let Some(why) = &fig.own_reading {
        lines.push(format!(
            "This figure is the explorer dataset's own reading, not a number the sources print: {}",
            sentence(why)
        ));
    }
    lines.push(format!(
        "Cited from: {}",
        match style {
            Style::Apa => explorer_apa(ds, &link, accessed),
            Style::Chicago => explorer_chicago(ds, &link, accessed),
        }
    ));
    lines.join("\n")
}

/// Text for a BibTeX field: LaTeX's special characters escaped, braces dropped.
fn bib(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '{' | '}' | '\\' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A BibTeX key: letters, digits and hyphens.
fn bib_key(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn iso(d: PartialDate) -> String {
    d.to_string()
}

/// One `@misc` entry for the figure in the explorer and one per source.
pub fn bibtex(ds: &Dataset, fig: &CitedFigure, site: &str, accessed: PartialDate) -> String {
    let link = permalink(site, fig, &ds.dataset_version);
    let key = bib_key(&format!("mue-{}-{}", ds.dataset_version, fig.anchor));
    let mut note = format!(
        "Dataset version {}, released {}",
        ds.dataset_version,
        iso(ds.released)
    );
    if let Some(why) = &fig.own_reading {
        note.push_str(&format!(
            ". The explorer dataset's own reading, not a number the sources print: {why}"
        ));
    }
    let found = sources(ds, fig);
    if !found.is_empty() {
        let keys: Vec<String> = found.iter().map(|(s, _)| bib_key(&s.id)).collect();
        note.push_str(&format!(". Sources: {}", keys.join(", ")));
    }
    let mut out = format!(
        "@misc{{{key},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n  year = {{{}}},\n  version = {{{}}},\n  url = {{{link}}},\n  urldate = {{{}}},\n  note = {{{}}}\n}}\n",
        bib(EXPLORER),
        bib(&fig.text),
        ds.released.year,
        bib(&ds.dataset_version),
        iso(accessed),
        bib(&note)
    );
    for (s, pages) in found {
        let w = work(s);
        let mut fields = vec![
            format!("  author = {{{{{}}}}}", bib(w.author)),
            format!("  title = {{{{{}}}}}", bib(w.title)),
        ];
        if let Some(d) = w.date {
            fields.push(format!("  year = {{{}}}", d.year));
            fields.push(format!("  date = {{{}}}", iso(d)));
        }
        if let Some(url) = w.url {
            fields.push(format!("  url = {{{url}}}"));
        }
        let mut notes = Vec::new();
        if let Some(p) = pages {
            notes.push(bib(p));
        }
        if let Some((site, url)) = w.copy {
            notes.push(match url {
                Some(u) => format!("Read in a copy: {}, \\url{{{u}}}", bib(site)),
                None => format!("Read in a copy: {}", bib(site)),
            });
        }
        if !notes.is_empty() {
            fields.push(format!("  note = {{{}}}", notes.join(". ")));
        }
        out.push_str(&format!(
            "\n@misc{{{},\n{}\n}}\n",
            bib_key(&s.id),
            fields.join(",\n")
        ));
    }
    out
}

fn date_parts(d: PartialDate) -> serde_json::Value {
    let mut parts = vec![serde_json::Value::from(d.year)];
    if let Some(m) = d.month {
        parts.push(m.into());
        if let Some(day) = d.day {
            parts.push(day.into());
        }
    }
    serde_json::json!({ "date-parts": [parts] })
}

/// CSL-JSON (an array of items): the figure in the explorer dataset, then each source.
pub fn csl_json(ds: &Dataset, fig: &CitedFigure, site: &str, accessed: PartialDate) -> String {
    let link = permalink(site, fig, &ds.dataset_version);
    let mut note = format!("Dataset version {}", ds.dataset_version);
    if let Some(why) = &fig.own_reading {
        note.push_str(&format!(
            ". The explorer dataset's own reading, not a number the sources print: {why}"
        ));
    }
    let mut items = vec![serde_json::json!({
        "id": bib_key(&format!("mue-{}-{}", ds.dataset_version, fig.anchor)),
        "type": "dataset",
        "title": fig.text,
        "author": [{ "literal": EXPLORER }],
        "container-title": DATASET_TITLE,
        "version": ds.dataset_version,
        "issued": date_parts(ds.released),
        "accessed": date_parts(accessed),
        "URL": link,
        "note": note,
    })];
    for (s, pages) in sources(ds, fig) {
        let w = work(s);
        let mut item = serde_json::json!({
            "id": bib_key(&s.id),
            "type": if s.kind == SourceKind::Primary { "document" } else { "article-newspaper" },
            "title": w.title,
            "author": [{ "literal": w.author }],
        });
        if let Some(map) = item.as_object_mut() {
            if let Some(d) = w.date {
                map.insert("issued".into(), date_parts(d));
            }
            if let Some(url) = w.url {
                map.insert("URL".into(), url.into());
            }
            if let Some(p) = pages {
                map.insert("locator".into(), p.into());
            }
            if let Some((site, url)) = w.copy {
                let read = match url {
                    Some(u) => format!("Read in a copy: {site}, {u}"),
                    None => format!("Read in a copy: {site}"),
                };
                map.insert("note".into(), read.into());
            }
        }
        items.push(item);
    }
    serde_json::to_string_pretty(&items).unwrap_or_default()
}
