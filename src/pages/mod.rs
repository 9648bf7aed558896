pub mod benchmarking;
pub mod data;
pub mod not_found;
pub mod overview;
pub mod trl;
