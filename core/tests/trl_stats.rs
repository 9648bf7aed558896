//! TRL statistics on small inputs computed by hand, and the reader's-CSV parser.

use explorer_core::data::model::{MatrixCell, ProjectRecord};
use explorer_core::load_dataset;
use explorer_core::trl::{
    parse_projects_csv, stats, table_rows, takeaway, CommonMoves, Progression, CSV_TEMPLATE,
};

fn cells(list: &[(u8, u8, u32)]) -> Progression {
    let cells: Vec<MatrixCell> = list
        .iter()
        .map(|&(start, end, count)| MatrixCell { start, end, count })
        .collect();
    Progression::from_cells(&cells)
}

#[test]
fn statistics_on_a_hand_computed_matrix() {
    // gains: 2 (x3), 2 (x7), 2 (x12), 3 (x5), 3 (x2), 0 (x1) → 30 projects
    let p = cells(&[
        (2, 4, 3),
        (3, 5, 7),
        (4, 6, 12),
        (4, 7, 5),
        (5, 8, 2),
        (6, 6, 1),
    ]);
    let s = stats(&p, (4, 7));
    assert_eq!(s.total, 30);
    // crossed: started ≤ 4 and ended ≥ 7: only (4,7) = 5
    assert_eq!(s.crossed_valley, 5);
    assert_eq!(s.crossed_valley_share, Some(5.0 / 30.0));
    // sorted gains: 0, then 22 twos, then 7 threes; the 15th and 16th are 2 → 2
    assert_eq!(s.median_gain, Some(2.0));
    // (0 + 22*2 + 7*3) / 30 = 65 / 30
    assert_eq!(s.mean_gain, Some(65.0 / 30.0));
    assert_eq!((s.advanced, s.unchanged, s.regressed), (29, 1, 0));
    assert_eq!(
        s.most_common,
        Some(CommonMoves {
            moves: vec![(4, 6)],
            projects: 12
        })
    );
    assert_eq!(p.start_totals(), [0, 3, 7, 17, 2, 1, 0, 0, 0]);
    assert_eq!(p.end_totals(), [0, 0, 0, 3, 7, 13, 5, 2, 0]);
}

#[test]
fn median_of_an_even_count_and_ties() {
    // gains 1 and 4, one project each: median 2.5; both moves tie, and both are named
    let p = cells(&[(5, 9, 1), (2, 3, 1)]);
    let s = stats(&p, (4, 7));
    assert_eq!(s.median_gain, Some(2.5));
    assert_eq!(
        s.most_common,
        Some(CommonMoves {
            moves: vec![(2, 3), (5, 9)],
            projects: 1
        })
    );
    // two moves tied at 3 projects, one behind: the takeaway names both
    let tied = cells(&[(4, 6, 3), (1, 1, 2), (2, 5, 3)]);
    let t = takeaway(&stats(&tied, (4, 7)), (4, 7));
    assert!(
        t.ends_with("the most common moves were TRL 2 → 5 and TRL 4 → 6 (3 projects each)."),
        "{t}"
    );
    assert_eq!(s.crossed_valley, 0);
    let empty = stats(&Progression::default(), (4, 7));
    assert_eq!(empty.total, 0);
    assert_eq!(
        (empty.median_gain, empty.crossed_valley_share),
        (None, None)
    );
}

#[test]
fn project_records_and_cells_agree() {
    let records: Vec<ProjectRecord> = [(4, 6), (4, 6), (3, 7)]
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| ProjectRecord {
            id: format!("p{i}"),
            start,
            end,
            institute: None,
        })
        .collect();
    assert_eq!(
        Progression::from_projects(&records),
        cells(&[(4, 6, 2), (3, 7, 1)])
    );
    assert_eq!(
        table_rows(&cells(&[(4, 6, 2), (3, 7, 1)])),
        vec![(3, 7, 1), (4, 6, 2)]
    );
}

#[test]
fn the_shipped_gao_figure_is_never_turned_into_cells() {
    let ds = load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap();
    assert_eq!(Progression::from_data(&ds.readiness.progression.data), None);
}

#[test]
fn good_rows_are_used_and_bad_rows_reported_by_line() {
    let text = "\u{feff}Project,Institute,Start TRL,End-TRL,notes\n\
                A,lift,4,6,x\n\
                \"B, with a\nnewline\",lift,4,7,\n\
                C,arm,x,5,\n\
                \n\
                D,arm,5,3,\n\
                E,arm,4,12,\n\
                F,arm\n\
                G,arm,4.0,,\n\
                H,,2,4,\n";
    let parsed = parse_projects_csv(text).expect("parses");
    let good: Vec<(&str, usize)> = parsed
        .rows
        .iter()
        .map(|r| (r.project.as_str(), r.line))
        .collect();
    // D ended lower than it started: a valid move, counted as lower
    assert_eq!(
        good,
        vec![("A", 2), ("B, with a\nnewline", 3), ("D", 7), ("H", 11)]
    );
    assert_eq!(parsed.rows[3].institute, None);
    let errors: Vec<(usize, &str)> = parsed
        .errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        vec![
            (5, r#"start_trl is not a whole number: "x""#),
            (8, "end_trl must be 1 to 9, found 12"),
            (9, "missing start_trl; missing end_trl"),
            (
                10,
                r#"start_trl is not a whole number: "4.0"; missing end_trl"#
            ),
        ]
    );
    assert_eq!(parsed.ignored_columns, vec!["notes"]);
}

#[test]
fn file_level_problems_are_errors() {
    assert!(parse_projects_csv("  \n").unwrap_err().contains("empty"));
    let e = parse_projects_csv("project,start,end\nA,1,2\n").unwrap_err();
    assert!(e.contains("no start_trl or end_trl column"), "{e}");
    let mrl = parse_projects_csv("start_trl,end_trl,start_mrl\n3,4,11\n").unwrap();
    assert_eq!(mrl.errors[0].message, "start_mrl must be 1 to 10, found 11");
}

#[test]
fn the_template_parses_cleanly() {
    let parsed = parse_projects_csv(CSV_TEMPLATE).unwrap();
    assert_eq!(parsed.rows.len(), 3);
    assert!(parsed.errors.is_empty());
    assert!(parsed.rows.iter().all(|r| r.project.starts_with("Example")));
}
