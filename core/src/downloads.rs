//! Every table the /data page offers for download, in its order: the one module that
//! names each subject's tables, so that the table type (`tables`) knows no subject.

use crate::data::model::Dataset;
use crate::table::{
    agencies, benchmarking_figures, benchmarking_programs, communities, headline_figures,
    institutes, objectives, stories, Table,
};

/// The names of every table, in the order the /data page lists them.
pub const TABLE_FILES: [&str; 11] = [
    "headline-figures.csv",
    "institutes.csv",
    "objectives.csv",
    "stories.csv",
    "agencies.csv",
    "communities.csv",
    "benchmarking-programs.csv",
    "benchmarking-figures.csv",
    "network-by-year.csv",
    "institutes-at-award.csv",
    "institute-member-counts.csv",
];

/// Every table of the dataset.
pub fn all(ds: &Dataset) -> Vec<Table> {
    vec![
        headline_figures(ds),
        institutes(ds),
        objectives(ds),
        stories(ds),
        agencies(ds),
        communities(ds),
        benchmarking_programs(ds),
        benchmarking_figures(ds),
        crate::network::all_points_table(ds),
        crate::institutes::funding::records_table(ds),
        crate::institutes::funding::members_table(ds),
    ]
}
