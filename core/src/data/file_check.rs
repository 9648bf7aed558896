//! "Check a dataset file" on /data: the bytes of a file a data editor opens or drops,
//! read with the same checker as the app and `cargo check-data`, with a hint for the
//! common mistakes a parser position does not explain (an HTML page saved instead of
//! the file, UTF-16, bytes that are not UTF-8, a bare list). Nothing leaves the browser.

use crate::data::validate::{load_dataset, DataError, ROOT_PATH};

/// What the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    /// Every problem with its path; empty for a valid file.
    pub problems: Vec<DataError>,
    /// A likely cause, in words, when the file is not a dataset at all.
    pub hint: Option<String>,
    /// For a valid file: what it holds, in counts.
    pub counts: Option<FileCounts>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileCounts {
    pub institutes: usize,
    pub events: usize,
    pub sources: usize,
}

/// Checks `bytes` as a dataset file.
pub fn check_bytes(bytes: &[u8]) -> FileCheck {
    let mistake = |message: &str, hint: &str| FileCheck {
        problems: vec![DataError {
            path: ROOT_PATH.into(),
            message: message.into(),
        }],
        hint: Some(hint.into()),
        counts: None,
    };
    if bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || utf16_without_mark(bytes)
    {
        return mistake(
            "the file is UTF-16 text, not UTF-8",
            "Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8) and check it again.",
        );
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return mistake(
                &format!(
                    "the file is not UTF-8: byte {} cannot start or continue a character",
                    e.valid_up_to() + 1
                ),
                "The file was saved in another encoding (Windows-1252 or Latin-1, perhaps). Save it as UTF-8 and check it again.",
            )
        }
    };
    let start = text.trim_start();
    if start.is_empty() {
        return mistake(
            "the file is empty",
            "Open the dataset file itself: public/data/manufacturing-usa.json.",
        );
    }
    if start.starts_with('<') {
        return mistake(
            "the file is an HTML or XML page, not JSON",
            "This is probably a web page saved in place of the file (an error page, or the page that shows the file). Download the raw JSON file instead.",
        );
    }
    let hint = if start.starts_with('[') {
        Some("The dataset is one JSON object ({ … }) with schema_version, sources, institutes and the other sections; this file is a list ([ … ]).".to_string())
    } else {
        None
    };
    match load_dataset(text) {
        Ok(ds) => FileCheck {
            problems: Vec::new(),
            hint: None,
            counts: Some(FileCounts {
                institutes: ds.institutes.len(),
                events: ds.institutes.iter().map(|i| i.events.len()).sum::<usize>()
                    + ds.program_events.len(),
                sources: ds.sources.len(),
            }),
        },
        Err(problems) => FileCheck {
            problems,
            hint,
            counts: None,
        },
    }
}

/// UTF-16 without a byte-order mark: JSON text never holds a zero byte, and mostly-ASCII
/// UTF-16 has one in every other byte.
fn utf16_without_mark(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 4 && head.iter().filter(|b| **b == 0).count() * 4 >= head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../public/data/manufacturing-usa.json");

    #[test]
    fn the_shipped_file_is_valid_with_its_counts() {
        let c = check_bytes(SHIPPED.as_bytes());
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        let counts = c.counts.expect("counts");
        assert_eq!(counts.institutes, 20);
        assert!(counts.events > 20);
        assert!(counts.sources > 100);
    }

    #[test]
    fn common_mistakes_get_a_hint() {
        let html = check_bytes(b"<!DOCTYPE html><html><body>Not found</body></html>");
        assert_eq!(
            html.problems[0].message,
            "the file is an HTML or XML page, not JSON"
        );
        assert!(html
            .hint
            .unwrap()
            .contains("web page saved in place of the file"));

        let utf16: Vec<u8> = "{\"schema_version\": 5}"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(
            check_bytes(&utf16).problems[0].message,
            "the file is UTF-16 text, not UTF-8"
        );
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(&utf16);
        assert!(check_bytes(&marked).hint.unwrap().contains("UTF-8"));

        let latin1 = b"{\"coverage\": \"caf\xe9\"}";
        let c = check_bytes(latin1);
        assert_eq!(
            c.problems[0].message,
            "the file is not UTF-8: byte 18 cannot start or continue a character"
        );

        let list = check_bytes(b"[]");
        assert!(list.hint.unwrap().contains("this file is a list"));
        assert!(!list.problems.is_empty());

        assert_eq!(check_bytes(b"  ").problems[0].message, "the file is empty");
    }

    #[test]
    fn a_bad_event_is_named_by_its_path() {
        let text = SHIPPED.replacen(
            "\"kind\": \"termination_notice\"",
            "\"kind\": \"shutdown\"",
            1,
        );
        let c = check_bytes(text.as_bytes());
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].path.ends_with(".kind"), "{:?}", c.problems[0]);
        assert!(c.problems[0]
            .message
            .starts_with("unknown variant `shutdown`"));
        // A byte-order mark is allowed.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(SHIPPED.as_bytes());
        assert!(check_bytes(&bom).problems.is_empty());
    }
}
