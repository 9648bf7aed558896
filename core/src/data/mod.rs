//! What the dataset file is and how it is read: the model, the reader, the checks that
//! JSON Schema cannot express, and the schema generator. Knows no page.

pub mod file_check;
pub mod json_path;
pub mod load;
pub mod model;
pub mod read_steps;
#[cfg(feature = "tools")]
pub mod schema;
pub mod shape;
pub mod status;
pub mod validate;
