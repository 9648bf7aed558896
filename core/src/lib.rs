//! Everything Manufacturing USA Explorer computes without a browser: the dataset model,
//! its validation, and number formatting. The Leptos app and the `check-data` command
//! both build on this crate, and `cargo test` runs it on the host.

pub mod audit;
pub mod award;
pub mod chart;
pub mod compare;
pub mod directory;
pub mod downloads;
pub mod file_check;
pub mod format;
pub mod history;
pub mod inventory;
pub mod json_path;
pub mod load;
pub mod model;
pub mod network;
pub mod order;
pub mod query;
pub mod read_steps;
#[cfg(feature = "tools")]
pub mod schema;
pub mod search;
pub mod shape;
pub mod tables;
pub mod takeaway;
pub mod timeline;
pub mod trl;
pub mod validate;
pub mod wording;

pub use load::LoadFailure;
pub use model::{Dataset, DATASET_FILE, DATASET_IN_REPO, SCHEMA_VERSION};
pub use validate::{load_dataset, DataError};
