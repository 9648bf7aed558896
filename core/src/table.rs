//! The dataset as flat tables, one per kind of record, for the CSV downloads on /data.
//! Each table is built from the loaded dataset, so an edited file is reflected without a
//! rebuild, and written with the `csv` crate (UTF-8, a header row, RFC 4180 quoting).
//! Every CSV the app offers for download from a [`Table`] goes through [`Table::to_csv`],
//! which neutralises cells a spreadsheet would read as a formula ([`csv_cell`]).

use std::borrow::Cow;

use crate::data::model::{Dataset, Figure, LinkBasis, Qualifier, Unit};
use crate::format;
use crate::sources::cite_text;

/// One downloadable table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// File name of the download ("institutes.csv").
    pub file: &'static str,
    /// What the table holds, for the download list.
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as CSV text, every cell (header included) passed through [`csv_cell`].
    pub fn to_csv(&self) -> Result<String, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(self.header.iter().map(|c| csv_cell(c).into_owned()))
            .map_err(|e| e.to_string())?;
        for row in &self.rows {
            w.write_record(row.iter().map(|c| csv_cell(c).into_owned()))
                .map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}

/// The characters that make a spreadsheet read a cell as a formula when they start it
/// (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as it is written to a CSV file, neutralised against formula injection.
///
/// A cell that starts with one of `= + - @`, a tab or a carriage return gets a leading
/// single quote (`=HYPERLINK(…)` → `'=HYPERLINK(…)`, `+25%` → `'+25%`), so a spreadsheet
/// shows it as text instead of evaluating it. The one exception is a plain negative
/// number, `-` then digits with an optional decimal part (`-3`, `-0.5`), which is
/// written as it is so that it stays a number: it cannot be a formula. Every other cell,
/// and a cell that already starts with a quote, is unchanged, so the function is
/// idempotent. RFC 4180 quoting of commas, quotes and line breaks is the `csv` writer's
/// job and happens after this.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if FORMULA_STARTS.contains(&c) && !is_plain_negative_number(cell) => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// `-12`, `-0.5`: what [`format::csv_number`] writes for a negative value. Not `-1,234`,
/// `-1e5`, `-.5`, `-5.`, `--5` or `-5%`.
fn is_plain_negative_number(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix('-') else {
        return false;
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn basis(b: LinkBasis) -> &'static str {
    match b {
        LinkBasis::Stated => "stated",
        LinkBasis::Editorial => "editorial",
    }
}

pub fn unit_key(u: Unit) -> &'static str {
    match u {
        Unit::Count => "count",
        Unit::Percent => "percent",
        Unit::UsdMillion => "usd_million",
        Unit::UsdBillion => "usd_billion",
        Unit::EurMillion => "eur_million",
        Unit::EurBillion => "eur_billion",
        Unit::GbpMillion => "gbp_million",
        Unit::RatioToOne => "ratio_to_one",
        Unit::PercentChange => "percent_change",
        Unit::Years => "years",
        Unit::Weeks => "weeks",
        Unit::Year => "year",
    }
}

fn qualifier_key(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Plus => "plus",
        Qualifier::MoreThan => "more_than",
        Qualifier::Nearly => "nearly",
        Qualifier::About => "about",
        Qualifier::AtLeast => "at_least",
        Qualifier::UpTo => "up_to",
    }
}

/// The columns every figure table shares, after its own leading columns.
const FIGURE_COLUMNS: [&str; 14] = [
    "figure_id",
    "label",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "as_shown",
    "period",
    "other_readings",
    "shown_because",
    "sources",
    "translated",
    "uncertain",
    "note",
];

/// A value cell: the bare number, or `not reported`, written as every other cell writes
/// it (never an empty cell, which would read as missing).
pub fn value_cell(x: Option<f64>) -> String {
    match x {
        Some(x) => format::csv_number(Some(x)),
        None => format::NOT_REPORTED.to_string(),
    }
}

fn figure_cells(f: &Figure) -> Vec<String> {
    let readings = f
        .other_readings
        .iter()
        .map(|r| format!("{} ({})", r.text, cite_text(&r.sources)))
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        f.id.clone(),
        f.label.clone(),
        value_cell(f.number()),
        format::csv_number(f.value_max),
        unit_key(f.unit).to_string(),
        qualifier_key(f.qualifier).to_string(),
        format::figure(f),
        f.period.clone(),
        readings,
        opt(&f.shown_because),
        cite_text(&f.sources),
        yes_no(f.translated),
        opt(&f.uncertain),
        opt(&f.note),
    ]
}

pub fn headline_figures(ds: &Dataset) -> Table {
    Table {
        file: "headline-figures.csv",
        title: "Program headline figures",
        header: FIGURE_COLUMNS.to_vec(),
        rows: ds.headline_figures.iter().map(figure_cells).collect(),
    }
}

pub fn institutes(ds: &Dataset) -> Table {
    Table {
        file: "institutes.csv",
        title: "Institutes, established and announced",
        header: vec![
            "id",
            "acronym",
            "name",
            "status",
            "technology_focus",
            "sponsor",
            "sponsoring_office",
            "headquarters",
            "states",
            "established",
            "other_names",
            "priority_topics",
            "sources",
            "translated",
            "note",
        ],
        rows: ds
            .institutes
            .iter()
            .map(|i| {
                let topics = i
                    .topics
                    .iter()
                    .map(|t| format!("{} ({})", t.topic, basis(t.basis)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let mut states: Vec<&str> =
                    i.headquarters.iter().map(|p| p.state.as_str()).collect();
                states.dedup();
                vec![
                    i.id.clone(),
                    i.acronym.clone(),
                    i.name.clone(),
                    crate::history::status(i, ds.sources_checked)
                        .label()
                        .to_lowercase(),
                    i.focus.clone(),
                    i.sponsor.code().to_string(),
                    i.sponsoring_office.clone(),
                    i.headquarters_label(),
                    states.join("; "),
                    i.established.map(|d| d.to_string()).unwrap_or_default(),
                    i.other_names.join("; "),
                    topics,
                    cite_text(&i.sources),
                    yes_no(i.translated),
                    opt(&i.note),
                ]
            })
            .collect(),
    }
}

pub fn objectives(ds: &Dataset) -> Table {
    let mut rows = Vec::new();
    for g in &ds.plan.goals {
        for o in &g.objectives {
            rows.push(vec![
                g.id.clone(),
                g.title.clone(),
                o.id.clone(),
                o.title.clone(),
                o.approach.clone(),
                o.action.clone(),
                g.expected_outcome.text.clone(),
                cite_text(&o.sources),
                yes_no(o.translated),
            ]);
        }
    }
    Table {
        file: "objectives.csv",
        title: "Goals and objectives of the 2024 Strategic Plan",
        header: vec![
            "goal_id",
            "goal",
            "objective_id",
            "objective",
            "approach",
            "action",
            "goal_expected_outcome",
            "sources",
            "translated",
        ],
        rows,
    }
}

pub fn stories(ds: &Dataset) -> Table {
    Table {
        file: "stories.csv",
        title: "Success stories",
        header: vec![
            "id",
            "institute_id",
            "institute",
            "title",
            "summary",
            "partners",
            "objectives",
            "figures",
            "sources",
            "translated",
        ],
        rows: ds
            .stories
            .iter()
            .map(|s| {
                let acronym = ds
                    .institute(&s.institute)
                    .map(|i| i.acronym.clone())
                    .unwrap_or_default();
                let objectives = s
                    .objectives
                    .iter()
                    .map(|o| format!("{} ({})", o.objective, basis(o.basis)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let figures = s
                    .figures
                    .iter()
                    .map(|f| format!("{}: {}", f.label, format::figure(f)))
                    .collect::<Vec<_>>()
                    .join("; ");
                vec![
                    s.id.clone(),
                    s.institute.clone(),
                    acronym,
                    s.title.clone(),
                    s.summary.clone(),
                    s.partners.join("; "),
                    objectives,
                    figures,
                    cite_text(&s.sources),
                    yes_no(s.translated),
                ]
            })
            .collect(),
    }
}

pub fn agencies(ds: &Dataset) -> Table {
    Table {
        file: "agencies.csv",
        title: "Federal partner agencies",
        header: vec![
            "id",
            "acronym",
            "name",
            "role",
            "sponsoring_office",
            "institutes_sponsored",
            "institute_ids",
            "summary",
            "sources",
            "translated",
        ],
        rows: ds
            .agencies
            .iter()
            .map(|a| {
                let sponsored: Vec<&str> = crate::history::established_institutes(ds)
                    .filter(|i| i.sponsor.id() == a.id)
                    .map(|i| i.id.as_str())
                    .collect();
                vec![
                    a.id.clone(),
                    a.acronym.clone(),
                    a.name.clone(),
                    match a.role {
                        crate::data::model::AgencyRole::Sponsor => "sponsor",
                        crate::data::model::AgencyRole::Participant => "participant",
                    }
                    .to_string(),
                    opt(&a.sponsoring_office),
                    sponsored.len().to_string(),
                    sponsored.join("; "),
                    a.summary.clone(),
                    cite_text(&a.sources),
                    yes_no(a.translated),
                ]
            })
            .collect(),
    }
}

pub fn communities(ds: &Dataset) -> Table {
    Table {
        file: "communities.csv",
        title: "IMCP designated manufacturing communities",
        header: vec![
            "id",
            "name",
            "lead",
            "states",
            "round",
            "designated",
            "uncertain",
            "note",
            "sources",
        ],
        rows: ds
            .imcp
            .communities
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    c.lead.clone(),
                    c.states.join("; "),
                    c.round.to_string(),
                    c.designated.to_string(),
                    opt(&c.uncertain),
                    opt(&c.note),
                    cite_text(&c.sources),
                ]
            })
            .collect(),
    }
}

pub fn benchmarking_programs(ds: &Dataset) -> Table {
    let b = &ds.benchmarking;
    Table {
        file: "benchmarking-programs.csv",
        title: "International benchmarking: programs",
        header: vec![
            "id",
            "name",
            "country_id",
            "country",
            "named_in_plan",
            "founded",
            "summary",
            "sources",
            "translated",
        ],
        rows: b
            .programs
            .iter()
            .map(|p| {
                let country = b
                    .countries
                    .iter()
                    .find(|c| c.id == p.country)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                vec![
                    p.id.clone(),
                    p.name.clone(),
                    p.country.clone(),
                    country,
                    yes_no(p.in_plan),
                    p.founded.clone(),
                    p.summary.clone(),
                    cite_text(&p.sources),
                    yes_no(p.translated),
                ]
            })
            .collect(),
    }
}

pub fn benchmarking_figures(ds: &Dataset) -> Table {
    let mut header = vec!["program_id", "program", "origin", "metric"];
    header.extend(FIGURE_COLUMNS);
    let mut rows = Vec::new();
    for p in &ds.benchmarking.programs {
        let lists = [
            ("strategic plan", &p.plan_figures),
            ("other public source", &p.other_figures),
        ];
        for (origin, figures) in lists {
            for f in figures {
                let mut row = vec![
                    p.id.clone(),
                    p.name.clone(),
                    origin.to_string(),
                    f.metric.map(|m| m.key().to_string()).unwrap_or_default(),
                ];
                row.extend(figure_cells(f));
                rows.push(row);
            }
        }
    }
    Table {
        file: "benchmarking-figures.csv",
        title: "International benchmarking: figures, from the plan and from other sources",
        header,
        rows,
    }
}
