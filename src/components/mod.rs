pub mod data_table;
pub mod dataset;
pub mod download;
pub mod figure_notes;
pub mod page_title;
pub mod shell;
pub mod source_line;
