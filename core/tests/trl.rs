//! The TRL progression explorer on small inputs whose answers were worked out by hand,
//! and the reader's projects CSV, line by line.

use explorer_core::data::model::{MatrixCell, ProgressionData, ProjectRecord};
use explorer_core::load_dataset;
use explorer_core::trl::TrlView;
use explorer_core::trl::{
    by_institute, cells_table, chart_title, most_common_fact, parse_projects_csv, projects,
    rows_of, stats, summary, table_rows, takeaway, valley_band, CommonMoves, Origin,
    ParsedProjects, Progression, RowError, CSV_TEMPLATE, EXAMPLE_CSV, EXAMPLE_LABEL,
};

const VALLEY: (u8, u8) = (4, 7);

fn matrix(list: &[(u8, u8, u32)]) -> Progression {
    let cells: Vec<MatrixCell> = list
        .iter()
        .map(|&(start, end, count)| MatrixCell { start, end, count })
        .collect();
    Progression::from_cells(&cells)
}

fn parse(text: &str) -> ParsedProjects {
    parse_projects_csv(text).unwrap_or_else(|e| panic!("the file was refused: {e}"))
}

fn errors(parsed: &ParsedProjects) -> Vec<(usize, &str)> {
    parsed
        .errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect()
}

#[test]
fn stats_of_a_small_matrix_with_an_odd_total() {
    // cell      count  gain  crossed 4→7?
    // 2→5         2     3     no (ends below 7)
    // 3→7         1     4     yes
    // 4→8         3     4     yes
    // 5→9         1     4     no (starts above 4)
    // 6→6         1     0     no
    // 7→5         1    -2     no
    // total 9; crossed 4; gains sorted: -2, 0, 3, 3, 4, 4, 4, 4, 4 → median (5th) 4
    // mean (-2 + 0 + 6 + 4 + 12 + 4) / 9 = 24 / 9
    let p = matrix(&[
        (2, 5, 2),
        (3, 7, 1),
        (4, 8, 3),
        (5, 9, 1),
        (6, 6, 1),
        (7, 5, 1),
    ]);
    let s = stats(&p, VALLEY);
    assert_eq!(s.total, 9);
    assert_eq!(s.crossed_valley, 4);
    assert_eq!(s.crossed_valley_share, Some(4.0 / 9.0));
    assert_eq!(s.median_gain, Some(4.0));
    assert_eq!(s.mean_gain, Some(24.0 / 9.0));
    assert_eq!((s.advanced, s.unchanged, s.regressed), (7, 1, 1));
    assert_eq!(s.most_common, Some(common(&[(4, 8)], 3)));
}

fn common(moves: &[(u8, u8)], projects: u32) -> CommonMoves {
    CommonMoves {
        moves: moves.to_vec(),
        projects,
    }
}

#[test]
fn median_of_an_even_total_is_the_mean_of_the_middle_two() {
    // gains: 1 (x2), 2 (x1), 5 (x1) → sorted 1, 1, 2, 5 → (1 + 2) / 2
    let p = matrix(&[(1, 2, 2), (3, 5, 1), (4, 9, 1)]);
    let s = stats(&p, VALLEY);
    assert_eq!(s.total, 4);
    assert_eq!(s.median_gain, Some(1.5));
    assert_eq!(s.mean_gain, Some(9.0 / 4.0));
    // only 4→9 starts at or below 4 and ends at or above 7
    assert_eq!(s.crossed_valley, 1);
    assert_eq!(s.crossed_valley_share, Some(0.25));
}

#[test]
fn most_common_names_every_tied_move() {
    // 3→6 and 2→8 both have 4 projects: both are named, in (start, end) order
    let p = matrix(&[(3, 6, 4), (5, 5, 1), (2, 8, 4)]);
    let s = stats(&p, VALLEY);
    assert_eq!(s.most_common, Some(common(&[(2, 8), (3, 6)], 4)));
    assert_eq!(
        takeaway(&s, VALLEY),
        "Of 9 projects, 4 (44.44%) started at TRL 4 or below and reached TRL 7 or above; \
         the median project moved up 3 levels, and the most common moves were \
         TRL 2 → 8 and TRL 3 → 6 (4 projects each)."
    );
    // three tied moves, and a larger count that comes later in (start, end) order
    let three = matrix(&[(1, 2, 2), (2, 3, 2), (6, 5, 2), (1, 1, 1)]);
    let s = stats(&three, VALLEY);
    assert_eq!(s.most_common, Some(common(&[(1, 2), (2, 3), (6, 5)], 2)));
    assert!(
        takeaway(&s, VALLEY).ends_with(
            "the most common moves were TRL 1 → 2, TRL 2 → 3 and TRL 6 → 5 (2 projects each)."
        ),
        "{}",
        takeaway(&s, VALLEY)
    );
    let later = matrix(&[(1, 2, 2), (2, 3, 2), (8, 9, 3)]);
    assert_eq!(
        stats(&later, VALLEY).most_common,
        Some(common(&[(8, 9)], 3))
    );
    // every move made by one project: none is "the most common"
    let ones = matrix(&[(1, 2, 1), (3, 5, 1), (4, 4, 1)]);
    let s = stats(&ones, VALLEY);
    assert_eq!(s.most_common, Some(common(&[(1, 2), (3, 5), (4, 4)], 1)));
    assert!(
        takeaway(&s, VALLEY).ends_with(", and no move was made by more than one project."),
        "{}",
        takeaway(&s, VALLEY)
    );
    // the valley edges count: 4→7 crossed, 5→7 and 4→6 did not
    let edges = matrix(&[(4, 7, 1), (5, 7, 1), (4, 6, 1)]);
    assert_eq!(stats(&edges, VALLEY).crossed_valley, 1);
}

#[test]
fn an_empty_progression_has_no_shares_or_averages() {
    let s = stats(&Progression::default(), VALLEY);
    assert_eq!(s.total, 0);
    assert_eq!(s.crossed_valley, 0);
    assert_eq!(s.crossed_valley_share, None);
    assert_eq!(s.median_gain, None);
    assert_eq!(s.mean_gain, None);
    assert_eq!(s.most_common, None);
    assert_eq!(takeaway(&s, VALLEY), "There are no projects to show.");
    assert!(Progression::default().is_empty());
    // a cell of zero projects is no cell
    assert!(matrix(&[(3, 4, 0)]).is_empty());
}

#[test]
fn totals_counts_and_table_rows() {
    let p = matrix(&[(4, 6, 2), (1, 3, 1), (4, 9, 5), (9, 9, 1)]);
    assert_eq!(p.total(), 9);
    assert_eq!(p.count(4, 9), 5);
    assert_eq!(p.count(2, 2), 0);
    assert_eq!(p.start_totals(), [1, 0, 0, 7, 0, 0, 0, 0, 1]);
    assert_eq!(p.end_totals(), [0, 0, 1, 0, 0, 2, 0, 0, 6]);
    assert_eq!(
        p.cells().collect::<Vec<_>>(),
        vec![((1, 3), 1), ((4, 6), 2), ((4, 9), 5), ((9, 9), 1)]
    );
    assert_eq!(
        table_rows(&p),
        vec![(1, 3, 1), (4, 6, 2), (4, 9, 5), (9, 9, 1)]
    );
    // a cell listed twice is added up
    assert_eq!(matrix(&[(2, 3, 1), (2, 3, 2)]).count(2, 3), 3);
}

#[test]
fn project_records_give_the_same_cells_as_the_matrix() {
    let records: Vec<ProjectRecord> = [(4, 6), (3, 7), (4, 6), (4, 6)]
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| ProjectRecord {
            id: format!("p{i}"),
            start,
            end,
            institute: None,
        })
        .collect();
    let from_records = Progression::from_projects(&records);
    assert_eq!(from_records, matrix(&[(3, 7, 1), (4, 6, 3)]));
    let data = ProgressionData::Projects { projects: records };
    assert_eq!(Progression::from_data(&data), Some(from_records));
}

#[test]
fn from_data_never_invents_cells() {
    let not_reported = ProgressionData::NotReported {
        reason: "positions lost".into(),
        published_values: vec![3, 5, 8],
        unconfirmed_readings: vec![],
    };
    assert_eq!(Progression::from_data(&not_reported), None);
    let cells = vec![MatrixCell {
        start: 2,
        end: 5,
        count: 3,
    }];
    assert_eq!(
        Progression::from_data(&ProgressionData::Matrix { cells }),
        Some(matrix(&[(2, 5, 3)]))
    );
}

#[test]
fn the_shipped_dataset_gives_no_cells() {
    let ds = load_dataset(include_str!("../../public/data/manufacturing-usa.json"))
        .unwrap_or_else(|e| panic!("the shipped dataset is invalid: {e:#?}"));
    assert_eq!(Progression::from_data(&ds.readiness.progression.data), None);
    assert_eq!(valley_band(&ds.readiness), Some(VALLEY));
}

#[test]
fn a_good_file() {
    let parsed = parse(
        "project,institute,start_trl,end_trl,start_mrl,end_mrl\n\
         Alpha,lift,3,6,2,5\n\
         Beta,, 4 ,7,,\n",
    );
    assert!(parsed.errors.is_empty());
    assert!(parsed.ignored_columns.is_empty());
    assert_eq!(parsed.rows.len(), 2);
    let a = &parsed.rows[0];
    assert_eq!(
        (a.line, a.project.as_str(), a.institute.as_deref()),
        (2, "Alpha", Some("lift"))
    );
    assert_eq!(
        (a.start_trl, a.end_trl, a.start_mrl, a.end_mrl),
        (3, 6, Some(2), Some(5))
    );
    let b = &parsed.rows[1];
    assert_eq!((b.line, b.institute.as_deref()), (3, None));
    assert_eq!(
        (b.start_trl, b.end_trl, b.start_mrl, b.end_mrl),
        (4, 7, None, None)
    );
    assert_eq!(
        Progression::from_rows(&parsed.rows),
        matrix(&[(3, 6, 1), (4, 7, 1)])
    );
}

#[test]
fn bom_mixed_case_headers_and_extra_columns() {
    let parsed = parse(
        "\u{feff} Start TRL ,END-TRL,Notes,Institute,Budget\n\
         4,6,first,lift,10\n\
         2,2,,,\n",
    );
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.ignored_columns, vec!["Notes", "Budget"]);
    // no project column: rows are named by their line
    let names: Vec<&str> = parsed.rows.iter().map(|r| r.project.as_str()).collect();
    assert_eq!(names, vec!["row 2", "row 3"]);
    assert_eq!(parsed.rows[0].institute.as_deref(), Some("lift"));
    assert_eq!((parsed.rows[1].start_trl, parsed.rows[1].end_trl), (2, 2));
}

#[test]
fn bad_rows_are_reported_by_line_and_good_rows_kept() {
    let text = "project,institute,start_trl,end_trl,start_mrl,end_mrl\n\
                A,lift,4,6,,\n\
                B,lift,,6,,\n\
                C,lift,abc,6,,\n\
                D,lift,12,6,,\n\
                E,lift,5,3,,\n\
                F,lift,2,3,0,11\n\
                G,lift,4\n\
                H,lift,4.0,x,,\n\
                \n\
                \"I, with a\nline break\",lift,2,4,,\n\
                J,lift,9,0,,\n\
                K,lift,3,5,,\n";
    let parsed = parse(text);
    let good: Vec<(&str, usize)> = parsed
        .rows
        .iter()
        .map(|r| (r.project.as_str(), r.line))
        .collect();
    // the quoted name spans lines 11–12, so K is on line 14; E ended lower, which is
    // a move like any other
    assert_eq!(
        good,
        vec![("A", 2), ("E", 6), ("I, with a\nline break", 11), ("K", 14)]
    );
    assert_eq!(
        errors(&parsed),
        vec![
            (3, "missing start_trl"),
            (4, r#"start_trl is not a whole number: "abc""#),
            (5, "start_trl must be 1 to 9, found 12"),
            (
                7,
                "start_mrl must be 1 to 10, found 0; end_mrl must be 1 to 10, found 11"
            ),
            (8, "missing end_trl"),
            (
                9,
                r#"start_trl is not a whole number: "4.0"; end_trl is not a whole number: "x""#
            ),
            (13, "end_trl must be 1 to 9, found 0"),
        ]
    );
}

#[test]
fn a_row_after_a_multi_line_quoted_field_keeps_its_line() {
    let parsed = parse("project,start_trl,end_trl\n\"one\ntwo\nthree\",3,4\nbad,5,\n");
    assert_eq!(parsed.rows[0].line, 2);
    assert_eq!(
        parsed.errors,
        vec![RowError {
            line: 5,
            message: "missing end_trl".into()
        }]
    );
}

#[test]
fn blank_lines_and_crlf_do_not_shift_line_numbers() {
    // lines: 1 header, 2–3 blank, 4 bad, 5 spaces only, 6 commas only, 7 good, 8 bad
    let parsed = parse("start_trl,end_trl\r\n\r\n\r\n3,x\r\n   \r\n,,\r\n5,4\r\n0,4\r\n");
    let good: Vec<usize> = parsed.rows.iter().map(|r| r.line).collect();
    assert_eq!(good, vec![7]);
    assert_eq!(
        errors(&parsed),
        vec![
            (4, r#"end_trl is not a whole number: "x""#),
            (8, "start_trl must be 1 to 9, found 0"),
        ]
    );
}

#[test]
fn a_long_row_with_an_unquoted_comma_is_reported() {
    let parsed = parse("project,start_trl,end_trl\nAcme, Inc,3,4\nOk,3,4,\n");
    assert_eq!(parsed.rows.len(), 1);
    assert_eq!(parsed.rows[0].line, 3);
    assert_eq!(parsed.errors.len(), 1);
    let e = &parsed.errors[0];
    assert_eq!(e.line, 2);
    assert!(e
        .message
        .starts_with("the row has 4 values but the header has 3 columns"));
    assert!(e
        .message
        .contains(r#"start_trl is not a whole number: "Inc""#));
}

#[test]
fn missing_required_columns_are_named() {
    assert_eq!(
        parse_projects_csv("project,start_trl\nA,3\n"),
        Err("the file has no end_trl column; expected columns: \
             project, institute, start_trl, end_trl, start_mrl, end_mrl"
            .to_string())
    );
    assert_eq!(
        parse_projects_csv("project,end_trl\nA,3\n"),
        Err("the file has no start_trl column; expected columns: \
             project, institute, start_trl, end_trl, start_mrl, end_mrl"
            .to_string())
    );
    let both = parse_projects_csv("project,start,end\nA,1,2\n").unwrap_err();
    assert!(
        both.starts_with("the file has no start_trl or end_trl column"),
        "{both}"
    );
    let semicolons = parse_projects_csv("project;start_trl;end_trl\nA;1;2\n").unwrap_err();
    assert!(semicolons.contains("separated by commas"), "{semicolons}");
}

#[test]
fn empty_files_are_refused() {
    for text in ["", "   \n\t\n", "\u{feff}"] {
        let e = parse_projects_csv(text).unwrap_err();
        assert!(e.contains("empty"), "{text:?}: {e}");
    }
    // a header and no rows is a file with nothing in it yet, not an error
    let header_only = parse("start_trl,end_trl\n");
    assert!(header_only.rows.is_empty() && header_only.errors.is_empty());
}

#[test]
fn more_than_100_000_rows_are_refused() {
    let mut text = String::from("start_trl,end_trl\n");
    text.push_str(&"3,4\n".repeat(100_000));
    assert_eq!(parse(&text).rows.len(), 100_000);
    text.push_str("3,4\n");
    assert_eq!(
        parse_projects_csv(&text),
        Err("the file has more than 100,000 rows".to_string())
    );
}

#[test]
fn the_template_parses_with_three_example_rows() {
    let parsed = parse(CSV_TEMPLATE);
    assert!(CSV_TEMPLATE.starts_with("project,institute,start_trl,end_trl,start_mrl,end_mrl\n"));
    assert_eq!(parsed.rows.len(), 3);
    assert!(parsed.errors.is_empty());
    assert!(parsed.ignored_columns.is_empty());
    assert!(parsed
        .rows
        .iter()
        .all(|r| r.project.starts_with("Example project")));
}

#[test]
fn a_project_that_ended_lower_is_counted_not_refused() {
    let parsed = parse("project,start_trl,end_trl\nDown,6,4\nUp,4,6\nSame,5,5\n");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let s = stats(&Progression::from_rows(&parsed.rows), VALLEY);
    assert_eq!((s.advanced, s.unchanged, s.regressed), (1, 1, 1));
    // gains -2, 0, 2: the median project ended where it started
    assert_eq!(s.median_gain, Some(0.0));
    assert!(
        takeaway(&s, VALLEY).contains("; the median project ended at the level it started at"),
        "{}",
        takeaway(&s, VALLEY)
    );
    // mostly lower
    let down = stats(&matrix(&[(6, 4, 2), (5, 4, 1)]), VALLEY);
    assert!(
        takeaway(&down, VALLEY).contains("; the median project ended 2 levels lower"),
        "{}",
        takeaway(&down, VALLEY)
    );
}

#[test]
fn plurals_follow_the_numbers() {
    assert_eq!(projects(0), "0 projects");
    assert_eq!(projects(1), "1 project");
    assert_eq!(projects(2), "2 projects");
    assert_eq!(projects(1204), "1,204 projects");
    // one project: no "median", no "most common"
    let one = stats(&matrix(&[(3, 4, 1)]), VALLEY);
    assert_eq!(
        takeaway(&one, VALLEY),
        "Of 1 project, 0 (0%) started at TRL 4 or below and reached TRL 7 or above; \
         the project moved up 1 level."
    );
    let two = stats(&matrix(&[(4, 7, 2)]), VALLEY);
    assert_eq!(
        takeaway(&two, VALLEY),
        "Of 2 projects, 2 (100%) started at TRL 4 or below and reached TRL 7 or above; \
         the median project moved up 3 levels, and the most common move was TRL 4 → 7 \
         (2 projects)."
    );
    assert_eq!(
        summary(&matrix(&[(4, 7, 2), (2, 3, 1)])),
        "TRL 2 to 3: 1 project. TRL 4 to 7: 2 projects."
    );
}

#[test]
fn the_example_file_is_small_invented_and_varied() {
    let parsed = parse(EXAMPLE_CSV);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert!(parsed.ignored_columns.is_empty());
    assert!((10..=20).contains(&parsed.rows.len()));
    // every row says it is invented
    assert!(parsed
        .rows
        .iter()
        .all(|r| r.project.starts_with("Invented project")
            && r.institute
                .as_deref()
                .is_some_and(|i| i.starts_with("Invented institute"))));
    let s = stats(&Progression::from_rows(&parsed.rows), VALLEY);
    assert!(
        s.advanced > 0 && s.unchanged > 0 && s.regressed > 0,
        "{s:?}"
    );
    let institutes = by_institute(&parsed.rows, VALLEY);
    assert_eq!(institutes.len(), 3);
    assert_eq!(Origin::of_text(EXAMPLE_CSV), Origin::Example);
    assert_eq!(
        Origin::of_text(&format!("\n{EXAMPLE_CSV}\n")),
        Origin::Example
    );
    assert_eq!(
        Origin::of_text(&EXAMPLE_CSV.replace(",4,6\n", ",4,7\n")),
        Origin::Yours
    );
    assert_eq!(
        takeaway(&s, VALLEY),
        "Of 15 projects, 2 (13.33%) started at TRL 4 or below and reached TRL 7 or above; \
         the median project moved up 2 levels, and the most common move was TRL 4 → 6 \
         (4 projects)."
    );
}

#[test]
fn the_example_label_is_in_the_title_and_every_row_of_the_csv() {
    let p = Progression::from_rows(&parse(EXAMPLE_CSV).rows);
    let title = chart_title(Origin::Example);
    assert!(title.starts_with(EXAMPLE_LABEL), "{title}");
    let table = cells_table(&p, Origin::Example, TrlView::Flow);
    assert_eq!(table.file, "trl-example-flow.csv");
    assert_eq!(
        table.header,
        vec!["start_trl", "end_trl", "projects", "data"]
    );
    let csv = table.to_csv().unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + table_rows(&p).len());
    assert!(
        lines[1..].iter().all(|l| l.ends_with(EXAMPLE_LABEL)),
        "{csv}"
    );
    // the reader's own file says it is theirs, not the example and not the dataset
    let yours = cells_table(&p, Origin::Yours, TrlView::Matrix);
    assert_eq!(yours.file, "trl-your-projects-matrix.csv");
    assert_eq!(
        yours.header,
        vec!["start_trl", "end_trl", "projects", "data"]
    );
    assert!(yours.rows.iter().all(|r| r[3].starts_with("Your file")));
    assert!(!yours.to_csv().unwrap().contains("Example"));
    assert_eq!(
        chart_title(Origin::Yours),
        "Your projects by start and end TRL"
    );
    // the dataset's own cells need no such column
    let data = cells_table(&p, Origin::Dataset, TrlView::Matrix);
    assert_eq!(data.header, vec!["start_trl", "end_trl", "projects"]);
}

#[test]
fn download_names_follow_the_view_and_the_data() {
    let names: Vec<&str> = [Origin::Dataset, Origin::Example, Origin::Yours]
        .into_iter()
        .flat_map(|o| {
            [
                o.download_stem(TrlView::Matrix),
                o.download_stem(TrlView::Flow),
            ]
        })
        .collect();
    assert_eq!(
        names,
        vec![
            "trl-progression-matrix",
            "trl-progression-flow",
            "trl-example-matrix",
            "trl-example-flow",
            "trl-your-projects-matrix",
            "trl-your-projects-flow",
        ]
    );
}

#[test]
fn a_breakdown_by_institute_and_a_filter() {
    let parsed = parse(
        "project,institute,start_trl,end_trl\n\
         A,lift,4,6\nB,arm,4,7\nC,,3,3\nD,arm,6,5\nE,arm,2,4\nF,lift,4,6\n",
    );
    let groups = by_institute(&parsed.rows, VALLEY);
    let names: Vec<Option<&str>> = groups.iter().map(|g| g.institute.as_deref()).collect();
    // by name, with the rows that name no institute last
    assert_eq!(names, vec![Some("arm"), Some("lift"), None]);
    let arm = &groups[0].stats;
    assert_eq!(
        (arm.total, arm.advanced, arm.unchanged, arm.regressed),
        (3, 2, 0, 1)
    );
    assert_eq!(arm.crossed_valley, 1);
    assert_eq!(groups[1].stats.most_common, Some(common(&[(4, 6)], 2)));
    assert_eq!(groups[2].stats.total, 1);
    // the filter: one institute's rows, or those without one
    let lift = Progression::from_row_refs(&rows_of(&parsed.rows, Some("lift")));
    assert_eq!(lift, matrix(&[(4, 6, 2)]));
    assert_eq!(rows_of(&parsed.rows, None).len(), 1);
    // a file with no institute column gives no breakdown
    let plain = parse("start_trl,end_trl\n3,4\n");
    assert!(by_institute(&plain.rows, VALLEY).is_empty());
}

#[test]
fn the_most_common_move_line_names_ties_and_says_when_there_is_none() {
    let fact = |list: &[(u8, u8, u32)]| {
        most_common_fact(stats(&matrix(list), VALLEY).most_common.as_ref())
    };
    assert_eq!(fact(&[]), ("Most common move", "—".to_string()));
    assert_eq!(
        fact(&[(4, 6, 3), (2, 3, 1)]),
        ("Most common move", "TRL 4 → 6 (3 projects)".to_string())
    );
    assert_eq!(
        fact(&[(4, 6, 2), (2, 3, 2), (5, 4, 1)]),
        (
            "Most common moves (tied)",
            "TRL 2 → 3 and TRL 4 → 6 (2 projects each)".to_string()
        )
    );
    assert_eq!(
        fact(&[(4, 6, 1), (2, 3, 1)]),
        (
            "Most common move",
            "none: no move was made by more than one project".to_string()
        )
    );
    // a single project's move is its most common one
    assert_eq!(
        fact(&[(4, 6, 1)]),
        ("Most common move", "TRL 4 → 6 (1 project)".to_string())
    );
}
