//! What can go wrong between asking for the dataset and holding a valid one, worded for
//! the reader. The browser does the fetching; deciding what a response means is here.

use crate::data::model::Dataset;
use crate::data::read_steps::ReadInSteps;
use crate::data::validate::{check_dataset, read_dataset, DataError};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadFailure {
    /// No response at all: offline, blocked, or the request was refused.
    #[error("{file} could not be fetched ({reason}).")]
    Network { file: String, reason: String },
    /// No answer within the time the app waits: a stalled or very slow connection.
    #[error("{file} did not arrive within {seconds} seconds.")]
    Stalled { file: String, seconds: u32 },
    /// The server answered with an error status.
    #[error("{file} could not be loaded: the server answered {status}{}.", status_suffix(.status_text))]
    Http {
        file: String,
        status: u16,
        status_text: String,
    },
    /// The file arrived but is not a valid dataset.
    #[error("{file} is not a valid dataset: {}.", count(.problems.len()))]
    Invalid {
        file: String,
        problems: Vec<DataError>,
    },
}

fn status_suffix(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" {text}")
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 problem".into()
    } else {
        format!("{n} problems")
    }
}

impl LoadFailure {
    /// The body of an answer as text: its bytes must be UTF-8 (a leading byte-order mark
    /// is dropped, as browsers do). Bytes in another encoding are a problem to report,
    /// not "�" to show.
    pub fn body_text(file: &str, mut bytes: Vec<u8>) -> Result<String, LoadFailure> {
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        String::from_utf8(bytes).map_err(|e| {
            Self::invalid(
                file,
                vec![DataError {
                    path: crate::data::validate::ROOT_PATH.into(),
                    message: format!(
                        "the file is not UTF-8: byte {} cannot start or continue a character; save it as UTF-8",
                        e.utf8_error().valid_up_to() + 1
                    ),
                }],
            )
        })
    }

    /// Turns an HTTP answer into a dataset or the reason there is none.
    pub fn check_response(
        file: &str,
        status: u16,
        status_text: &str,
        body: &str,
    ) -> Result<Dataset, LoadFailure> {
        let dataset = Self::read_response(file, status, status_text, body)?;
        Self::check_read(file, dataset)
    }

    /// The first half of [`LoadFailure::check_response`]: the answer's status, and its
    /// body read into the record types, not yet checked.
    pub fn read_response(
        file: &str,
        status: u16,
        status_text: &str,
        body: &str,
    ) -> Result<Dataset, LoadFailure> {
        Self::check_status(file, status, status_text)?;
        read_dataset(body).map_err(|problems| Self::invalid(file, problems))
    }

    /// Whether the server answered with success; an error status is the failure.
    pub fn check_status(file: &str, status: u16, status_text: &str) -> Result<(), LoadFailure> {
        if (200..300).contains(&status) {
            Ok(())
        } else {
            Err(LoadFailure::Http {
                file: file.into(),
                status,
                status_text: status_text.into(),
            })
        }
    }

    /// The same as the reading in [`LoadFailure::read_response`], for a body read a few
    /// sections at a time (the browser yields between the steps).
    pub fn read_finished(file: &str, steps: ReadInSteps<'_>) -> Result<Dataset, LoadFailure> {
        steps
            .finish()
            .map_err(|problems| Self::invalid(file, problems))
    }

    /// The second half of [`LoadFailure::check_response`]: every check on what was read.
    pub fn check_read(file: &str, dataset: Dataset) -> Result<Dataset, LoadFailure> {
        check_dataset(dataset).map_err(|problems| Self::invalid(file, problems))
    }

    fn invalid(file: &str, problems: Vec<DataError>) -> LoadFailure {
        LoadFailure::Invalid {
            file: file.into(),
            problems,
        }
    }

    pub fn problems(&self) -> &[DataError] {
        match self {
            LoadFailure::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }

    /// What the reader (or the site's editor) can do about it.
    pub fn advice(&self) -> &'static str {
        match self {
            LoadFailure::Network { .. } => {
                "Check your connection, then try again. If you opened this page inside another site, that site may block the request."
            }
            LoadFailure::Http { status: 404, .. } => {
                "The file is missing from this site. If you maintain it, check that data/ was deployed next to index.html."
            }
            LoadFailure::Http { .. } => "The server had a problem. Try again in a moment.",
            LoadFailure::Stalled { .. } => {
                "The connection may be slow or stalled. Check it, then try again."
            }
            LoadFailure::Invalid { .. } => {
                "If you maintain this site, fix the places listed above, then check the file with the command below."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_errors_name_the_file_and_status() {
        let err = LoadFailure::check_response("data/x.json", 404, "Not Found", "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/x.json could not be loaded: the server answered 404 Not Found."
        );
        assert!(err.advice().contains("missing"));
        let err = LoadFailure::check_response("data/x.json", 503, "", "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/x.json could not be loaded: the server answered 503."
        );
    }

    #[test]
    fn a_body_must_be_utf8() {
        let text = LoadFailure::body_text("d.json", b"\xEF\xBB\xBF{}".to_vec()).unwrap();
        assert_eq!(text, "{}", "a byte-order mark is dropped");
        let latin1 = b"{\"name\": \"Caf\xE9\"}".to_vec();
        match LoadFailure::body_text("d.json", latin1) {
            Err(LoadFailure::Invalid { problems, .. }) => {
                assert!(
                    problems[0].message.contains("not UTF-8: byte 14"),
                    "{problems:?}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn invalid_bodies_count_their_problems() {
        let err = LoadFailure::check_response("data/x.json", 200, "OK", "{").unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/x.json is not a valid dataset: 1 problem."
        );
        assert_eq!(err.problems().len(), 1);
    }
}
