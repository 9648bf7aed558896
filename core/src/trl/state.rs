//! /trl's view state in the address: the tab, the matrix or flow view, and whether the
//! analysis shows the invented example file.

use crate::url_state::{ignored, parse_tab, unknown, Notes, Tab, SHARED};

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

pub fn parse_trl(pairs: &[(String, String)]) -> (TrlState, Notes) {
    let mut state = TrlState::default();
    let mut notes = Notes::new();
    for (key, value) in pairs {
        match key.as_str() {
            "tab" => state.tab = parse_tab(&mut notes, "tab", value).unwrap_or(state.tab),
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
