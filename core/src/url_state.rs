//! View state in the query string: the pieces every page's state uses (the tab, the
//! notes and their wording, the shared parameters, encoding and decoding). Each subject
//! keeps its own state beside it (`trl::state`, `benchmarking::state`, the filters of
//! `institutes`, `communities`, `timeline`). Parsing never fails: an unknown parameter or
//! a bad value is ignored and reported in a note the page shows, and serialising writes
//! only what differs from the default, so the plain URL is the default view.

use crate::data::model::Agency;

/// Chart or Table tab of a chart frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Chart,
    Table,
}

impl Tab {
    pub fn key(self) -> &'static str {
        match self {
            Tab::Chart => "chart",
            Tab::Table => "table",
        }
    }
}

/// Messages about what the query string asked for and did not get.
pub type Notes = Vec<String>;

/// "Ignored key=\"value\" in the address: expected …."
pub(crate) fn ignored(notes: &mut Notes, key: &str, value: &str, expected: &str) {
    notes.push(format!(
        "Ignored {key}={value:?} in the address: expected {expected}."
    ));
}

/// The note for a parameter no page reads.
pub(crate) fn unknown(notes: &mut Notes, key: &str) {
    notes.push(format!(
        "Ignored the unknown parameter {key:?} in the address."
    ));
}

/// A chart frame's tab from its parameter (`tab`, or `years`/`map`/`funding` on
/// /institutes), or a note saying the value was ignored.
pub(crate) fn parse_tab(notes: &mut Notes, key: &str, value: &str) -> Option<Tab> {
    match value {
        "chart" => Some(Tab::Chart),
        "table" => Some(Tab::Table),
        _ => {
            ignored(notes, key, value, "chart or table");
            None
        }
    }
}

/// Parameters every page accepts and handles elsewhere: the embed flag and `v`, the
/// dataset version a link was made with.
pub const SHARED: [&str; 2] = ["embed", "v"];

/// `a=1&b=x%20y` into pairs, percent-decoded (`+` is a space). Malformed escapes are
/// kept as written.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A sponsor from its id in an address (`doe`, any case).
pub fn agency_from_key(s: &str) -> Option<Agency> {
    Agency::ALL.into_iter().find(|a| a.id() == s.to_lowercase())
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `path?query`, or `path` alone when the query is empty.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// A two-letter state code from the address (any case), or a note saying it was ignored.
pub(crate) fn state_code(notes: &mut Notes, v: &str) -> Option<String> {
    let s = v.trim().to_uppercase();
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Some(s)
    } else {
        notes.push(format!(
            "Ignored state={v:?} in the address: expected a two-letter code."
        ));
        None
    }
}
