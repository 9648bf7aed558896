//! Everything Manufacturing USA Explorer computes without a browser: the dataset model,
//! its validation, and number formatting. The Leptos app and the `check-data` command
//! both build on this crate, and `cargo test` runs it on the host.

pub mod agencies;
pub mod audit;
pub mod benchmarking;
pub mod chart;
pub mod communities;
pub mod data;
pub mod downloads;
pub mod format;
pub mod history;
pub mod institutes;
pub mod inventory;
pub mod links;
pub mod network;
pub mod order;
pub mod plan;
pub mod search;
pub mod sources;
pub mod table;
pub mod takeaway;
pub mod timeline;
pub mod trl;
pub mod url_state;

pub use data::load::LoadFailure;
pub use data::model::{Dataset, DATASET_FILE, DATASET_IN_REPO, SCHEMA_VERSION};
pub use data::validate::{load_dataset, DataError};
