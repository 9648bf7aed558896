//! /benchmarking's view state in the address: `tab`, `kpi`, `programs`.

use super::KPIS;
use crate::data::model::Metric;
use crate::url_state::{ignored, parse_tab, unknown, Notes, Tab, SHARED};

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

pub fn metric_from_key(key: &str) -> Option<Metric> {
    KPIS.into_iter().find(|m| m.key() == key)
}

/// `known` is the list of program ids in the dataset.
pub fn parse_bench(pairs: &[(String, String)], known: &[&str]) -> (BenchState, Notes) {
    let mut state = BenchState::default();
    let mut notes = Notes::new();
    for (key, value) in pairs {
        match key.as_str() {
            "tab" => state.tab = parse_tab(&mut notes, "tab", value).unwrap_or(state.tab),
            "kpi" => match metric_from_key(value) {
                Some(m) => state.kpi = m,
                None => {
                    let keys: Vec<&str> = KPIS.iter().map(|m| m.key()).collect();
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
