//! View state in the query string, for /trl and /benchmarking and their embed views.
//! Parsing never fails: an unknown parameter or a bad value is ignored and reported in
//! a note the page shows, and serialising writes only what differs from the default,
//! so the plain URL is the default view.

use crate::model::Metric;

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

/// Matrix or flow view of the TRL progression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrlView {
    #[default]
    Matrix,
    Flow,
}

impl TrlView {
    pub fn key(self) -> &'static str {
        match self {
            TrlView::Matrix => "matrix",
            TrlView::Flow => "flow",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrlState {
    pub tab: Tab,
    pub view: TrlView,
    /// The analysis shows the invented example file (`example=1`).
    pub example: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchState {
    pub tab: Tab,
    pub kpi: Metric,
    /// Program ids; `None` = the default selection (all programs).
    pub programs: Option<Vec<String>>,
}

impl Default for BenchState {
    fn default() -> Self {
        BenchState {
            tab: Tab::Chart,
            kpi: Metric::Centres,
            programs: None,
        }
    }
}

/// Messages about what the query string asked for and did not get.
pub type Notes = Vec<String>;

fn ignored(notes: &mut Notes, key: &str, value: &str, expected: &str) {
    notes.push(format!(
        "Ignored {key}={value:?} in the address: expected {expected}."
    ));
}

fn unknown(notes: &mut Notes, key: &str) {
    notes.push(format!(
        "Ignored the unknown parameter {key:?} in the address."
    ));
}

fn parse_tab(notes: &mut Notes, value: &str) -> Option<Tab> {
    match value {
        "chart" => Some(Tab::Chart),
        "table" => Some(Tab::Table),
        _ => {
            ignored(notes, "tab", value, "chart or table");
            None
        }
    }
}

/// Parameters every page accepts and handles elsewhere: the embed flag and `v`, the
/// dataset version a link was made with.
pub const SHARED: [&str; 2] = ["embed", "v"];

pub fn parse_trl(pairs: &[(String, String)]) -> (TrlState, Notes) {
    let mut state = TrlState::default();
    let mut notes = Notes::new();
    for (key, value) in pairs {
        match key.as_str() {
            "tab" => state.tab = parse_tab(&mut notes, value).unwrap_or(state.tab),
            "view" => match value.as_str() {
                "matrix" => state.view = TrlView::Matrix,
                "flow" => state.view = TrlView::Flow,
                _ => ignored(&mut notes, "view", value, "matrix or flow"),
            },
            "example" => match value.as_str() {
                "1" => state.example = true,
                "0" => state.example = false,
                _ => ignored(&mut notes, "example", value, "1 or 0"),
            },
            k if SHARED.contains(&k) => {}
            _ => unknown(&mut notes, key),
        }
    }
    (state, notes)
}

impl TrlState {
    /// `view=flow&tab=table&example=1`, or "" for the default view.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.view != TrlView::Matrix {
            parts.push(format!("view={}", self.view.key()));
        }
        if self.tab != Tab::Chart {
            parts.push(format!("tab={}", self.tab.key()));
        }
        if self.example {
            parts.push("example=1".into());
        }
        parts.join("&")
    }
}

pub fn metric_from_key(key: &str) -> Option<Metric> {
    crate::compare::KPIS.into_iter().find(|m| m.key() == key)
}

/// `known` is the list of program ids in the dataset.
pub fn parse_bench(pairs: &[(String, String)], known: &[&str]) -> (BenchState, Notes) {
    let mut state = BenchState::default();
    let mut notes = Notes::new();
    for (key, value) in pairs {
        match key.as_str() {
            "tab" => state.tab = parse_tab(&mut notes, value).unwrap_or(state.tab),
            "kpi" => match metric_from_key(value) {
                Some(m) => state.kpi = m,
                None => {
                    let keys: Vec<&str> = crate::compare::KPIS.iter().map(|m| m.key()).collect();
                    ignored(&mut notes, "kpi", value, &keys.join(", "));
                }
            },
            "programs" => {
                let mut ids = Vec::new();
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if !known.contains(&id) {
                        notes.push(format!(
                            "Ignored the unknown program {id:?} in the address."
                        ));
                    } else if !ids.iter().any(|k| k == id) {
                        ids.push(id.to_string());
                    }
                }
                state.programs = Some(ids);
            }
            k if SHARED.contains(&k) => {}
            _ => unknown(&mut notes, key),
        }
    }
    (state, notes)
}

impl BenchState {
    /// The selected ids: the given list, or every known program by default.
    pub fn program_ids(&self, known: &[&str]) -> Vec<String> {
        match &self.programs {
            Some(ids) => ids.clone(),
            None => known.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Only what differs from the default; a selection equal to "all" is left out.
    pub fn to_query(&self, known: &[&str]) -> String {
        let mut parts = Vec::new();
        if let Some(ids) = &self.programs {
            let all = ids.len() == known.len() && known.iter().all(|k| ids.iter().any(|i| i == k));
            if !all {
                parts.push(format!("programs={}", ids.join(",")));
            }
        }
        if self.kpi != Metric::Centres {
            parts.push(format!("kpi={}", self.kpi.key()));
        }
        if self.tab != Tab::Chart {
            parts.push(format!("tab={}", self.tab.key()));
        }
        parts.join("&")
    }
}

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
