//! Institutes at award: the funding chart (its spec, its rows in the order asked for, its
//! takeaway) and the tables of the records and of the dated member counts for the downloads.

use std::sync::Arc;

use crate::chart::pairs::{paired_bars, PairRow};
use crate::chart::spec::ChartSpec;
use crate::data::model::{
    distinct_sources, Dataset, Institute, PartialDate, Qualifier, SourcedAmount,
};
use crate::format;
use crate::order::sort_with;
use crate::sources::cite_text;
use crate::table::{value_cell, Table};
use crate::takeaway::{all_largest, and_list};

/// The order of the funding chart's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FundingSort {
    /// Largest federal funding first.
    #[default]
    Federal,
    /// Largest non-federal cost share first.
    NonFederal,
    /// Earliest announcement first.
    Announced,
    Name,
}

impl FundingSort {
    pub const ALL: [FundingSort; 4] = [
        FundingSort::Federal,
        FundingSort::NonFederal,
        FundingSort::Announced,
        FundingSort::Name,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FundingSort::Federal => "federal",
            FundingSort::NonFederal => "nonfederal",
            FundingSort::Announced => "announced",
            FundingSort::Name => "name",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FundingSort::Federal => "Federal funding, largest first",
            FundingSort::NonFederal => "Non-federal cost share, largest first",
            FundingSort::Announced => "Date announced, earliest first",
            FundingSort::Name => "Name",
        }
    }
}

/// A sourced amount as read: "$70 million", "more than $180 million", "not reported".
pub fn shown(a: &SourcedAmount) -> String {
    match a.number() {
        Some(v) => format::amount(v, a.unit, a.qualifier),
        None => format::NOT_REPORTED.to_string(),
    }
}

/// The institutes of `list` that have a record, in the order `by` asks for. A value
/// that is not reported sorts after every reported one; ties keep name order.
pub fn funding_order<'a>(list: &[&'a Institute], by: FundingSort) -> Vec<&'a Institute> {
    let mut out: Vec<&Institute> = list
        .iter()
        .copied()
        .filter(|i| i.record.is_some())
        .collect();
    sort_with(&mut out, &|a, b| {
        a.acronym.to_lowercase().cmp(&b.acronym.to_lowercase())
    });
    let desc = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    let announced = |i: &Institute| -> Option<PartialDate> {
        i.record
            .as_ref()
            .and_then(|r| r.announced.as_ref())
            .map(|a| a.date)
    };
    match by {
        FundingSort::Name => {}
        FundingSort::Federal => sort_with(&mut out, &|a, b| desc(federal(a), federal(b))),
        FundingSort::NonFederal => sort_with(&mut out, &|a, b| desc(nonfederal(a), nonfederal(b))),
        FundingSort::Announced => sort_with(&mut out, &|a, b| match (announced(a), announced(b)) {
            // A date known only to its month sorts after the days of that month.
            (Some(x), Some(y)) => crate::history::sort_key(x).cmp(&crate::history::sort_key(y)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }),
    }
    out
}

fn federal(i: &Institute) -> Option<f64> {
    i.record.as_ref().and_then(|r| r.federal_at_award.number())
}

fn nonfederal(i: &Institute) -> Option<f64> {
    i.record
        .as_ref()
        .and_then(|r| r.nonfederal_at_award.number())
}

/// Marks a value whose source makes it uncertain, in the chart and its table.
pub const UNCERTAIN_MARK: &str = " †";

/// An amount as the funding chart writes it: as read, marked when uncertain; one printed
/// only in parts says so (the parts are not added up).
pub fn chart_text(a: &SourcedAmount) -> String {
    match a.number() {
        Some(_) if a.uncertain.is_some() => format!("{}{UNCERTAIN_MARK}", shown(a)),
        Some(_) => shown(a),
        None if !a.breakdown.is_empty() => "in parts only".into(),
        None => format::NOT_REPORTED.into(),
    }
}

/// The chart's rows for institutes already in order.
pub fn funding_rows(list: &[&Institute]) -> Vec<PairRow> {
    list.iter()
        .filter_map(|i| {
            let r = i.record.as_ref()?;
            Some(PairRow {
                label: i.acronym.clone(),
                first: (r.federal_at_award.number(), chart_text(&r.federal_at_award)),
                second: (
                    r.nonfederal_at_award.number(),
                    chart_text(&r.nonfederal_at_award),
                ),
            })
        })
        .collect()
}

/// The notes under the funding chart for what it marks: each uncertain value with its
/// reason, and each amount printed only in parts with its parts.
pub fn funding_notes(list: &[&Institute]) -> Vec<String> {
    let mut out = Vec::new();
    for i in list {
        let Some(r) = &i.record else { continue };
        for (what, a) in [
            ("federal", &r.federal_at_award),
            ("non-federal", &r.nonfederal_at_award),
        ] {
            if let (Some(_), Some(why)) = (a.number(), &a.uncertain) {
                out.push(format!("† {}, {what}: {why}", i.acronym));
            }
            if a.number().is_none() && !a.breakdown.is_empty() {
                let parts: Vec<String> = a
                    .breakdown
                    .iter()
                    .map(|p| {
                        format!(
                            "{} ({})",
                            format::amount(p.value, a.unit, Default::default()),
                            p.label
                        )
                    })
                    .collect();
                out.push(format!(
                    "{}, {what}: printed only in parts, {}; the chart draws no bar rather than add them up.",
                    i.acronym,
                    and_list(&parts)
                ));
            }
        }
    }
    out
}

/// Where a qualifier puts a value against the same number written exactly.
fn qualifier_rank(q: Qualifier) -> i8 {
    match q {
        Qualifier::Nearly | Qualifier::UpTo => -1,
        Qualifier::Exact | Qualifier::About => 0,
        Qualifier::Plus | Qualifier::MoreThan | Qualifier::AtLeast => 1,
    }
}

/// The funding chart's takeaway: the largest federal funding and the largest cost share
/// at award (every tie named), and how many institutes have each not reported.
pub fn funding_takeaway(list: &[&Institute]) -> String {
    let with: Vec<&Institute> = list
        .iter()
        .copied()
        .filter(|i| i.record.is_some())
        .collect();
    if with.is_empty() {
        return "No institute in this view has a record of its funding at award.".into();
    }
    let mut parts = Vec::new();
    for (what, get, field) in [
        (
            "federal funding",
            federal as fn(&Institute) -> Option<f64>,
            0,
        ),
        ("non-federal cost share", nonfederal, 1),
    ] {
        let amount = |i: &Institute| {
            i.record.as_ref().map(|r| {
                if field == 0 {
                    r.federal_at_award.clone()
                } else {
                    r.nonfederal_at_award.clone()
                }
            })
        };
        let reported: Vec<&Institute> = with.iter().copied().filter(|i| get(i).is_some()).collect();
        // A qualified value is not equal to an exact one: "nearly $250 million" is less
        // than "$250 million", "more than $180 million" more than "$180 million".
        let top = all_largest(&reported, |i| {
            let q = amount(i).map_or(Qualifier::Exact, |a| a.qualifier);
            (get(i).unwrap_or(f64::NAN), qualifier_rank(q))
        });
        if top.is_empty() {
            parts.push(format!("No {what} at award is reported."));
            continue;
        }
        let names: Vec<String> = top
            .iter()
            .map(|i| {
                format!(
                    "{} ({})",
                    i.acronym,
                    amount(i).map(|a| shown(&a)).unwrap_or_default()
                )
            })
            .collect();
        // Amounts printed only in parts are not "not reported": they are named apart.
        let in_parts: Vec<&str> = with
            .iter()
            .filter(|i| get(i).is_none() && amount(i).is_some_and(|a| !a.breakdown.is_empty()))
            .map(|i| i.acronym.as_str())
            .collect();
        let missing: Vec<&str> = with
            .iter()
            .filter(|i| get(i).is_none() && amount(i).is_none_or(|a| a.breakdown.is_empty()))
            .map(|i| i.acronym.as_str())
            .collect();
        let mut tail = String::new();
        if !in_parts.is_empty() {
            tail.push_str(&format!(
                "; printed only in parts for {}",
                and_list(&in_parts)
            ));
        }
        if !missing.is_empty() {
            tail.push_str(&format!("; not reported for {}", and_list(&missing)));
        }
        parts.push(format!(
            "The largest {what} at award: {}{tail}.",
            and_list(&names)
        ));
    }
    parts.join(" ")
}

/// One row per institute with a record: everything at award, with sources and quotes.
pub fn records_table(ds: &Dataset) -> Table {
    let mut rows = Vec::new();
    for i in &ds.institutes {
        let Some(r) = &i.record else { continue };
        let text = |t: &Option<crate::data::model::SourcedText>| {
            t.as_ref()
                .map_or(format::NOT_REPORTED.to_string(), |t| t.text.clone())
        };
        let text_src = |t: &Option<crate::data::model::SourcedText>| {
            t.as_ref().map_or(String::new(), |t| cite_text(&t.sources))
        };
        let others = |a: &SourcedAmount| {
            a.other_readings
                .iter()
                .map(|o| format!("{} ({})", o.text, cite_text(&o.sources)))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        rows.push(vec![
            i.id.clone(),
            i.acronym.clone(),
            text(&r.website),
            text_src(&r.website),
            text(&r.operator),
            text_src(&r.operator),
            r.announced
                .as_ref()
                .map_or(format::NOT_REPORTED.to_string(), |a| a.date.to_string()),
            r.announced.as_ref().map_or(String::new(), |a| {
                a.other_readings
                    .iter()
                    .map(|o| format!("{} ({})", o.date, cite_text(&o.sources)))
                    .collect::<Vec<_>>()
                    .join(" | ")
            }),
            r.announced
                .as_ref()
                .map_or(String::new(), |a| cite_text(&a.sources)),
            shown(&r.federal_at_award),
            crate::table::value_cell(r.federal_at_award.number()),
            others(&r.federal_at_award),
            cite_text(&r.federal_at_award.sources),
            r.federal_at_award.quote.clone().unwrap_or_default(),
            shown(&r.nonfederal_at_award),
            crate::table::value_cell(r.nonfederal_at_award.number()),
            others(&r.nonfederal_at_award),
            cite_text(&r.nonfederal_at_award.sources),
            r.nonfederal_at_award.quote.clone().unwrap_or_default(),
            r.renewals
                .iter()
                .map(|x| {
                    format!(
                        "{} {} ({})",
                        x.date.map(|d| d.to_string()).unwrap_or_default(),
                        shown(x),
                        cite_text(&x.sources)
                    )
                })
                .collect::<Vec<_>>()
                .join(" | "),
        ]);
    }
    Table {
        file: "institutes-at-award.csv",
        title: "Institutes at award: website, operator, announcement, federal and non-federal funding, renewals",
        header: vec![
            "institute_id",
            "acronym",
            "website",
            "website_sources",
            "operator",
            "operator_sources",
            "announced",
            "announced_other_readings",
            "announced_sources",
            "federal_at_award_as_printed",
            "federal_at_award_usd_million",
            "federal_other_readings",
            "federal_sources",
            "federal_quote",
            "nonfederal_at_award_as_printed",
            "nonfederal_at_award_usd_million",
            "nonfederal_other_readings",
            "nonfederal_sources",
            "nonfederal_quote",
            "renewals",
        ],
        rows,
    }
}

/// One row per dated member count of every institute.
pub fn members_table(ds: &Dataset) -> Table {
    let mut rows = Vec::new();
    for i in &ds.institutes {
        let Some(r) = &i.record else { continue };
        for m in &r.members {
            rows.push(vec![
                i.id.clone(),
                i.acronym.clone(),
                m.date.map_or("undated".to_string(), |d| d.to_string()),
                m.label.clone().unwrap_or_default(),
                shown(m),
                crate::table::value_cell(m.number()),
                m.breakdown
                    .iter()
                    .map(|p| format!("{} {}", format::number(p.value), p.label))
                    .collect::<Vec<_>>()
                    .join("; "),
                m.other_readings
                    .iter()
                    .map(|o| format!("{} ({})", o.text, cite_text(&o.sources)))
                    .collect::<Vec<_>>()
                    .join(" | "),
                cite_text(&m.sources),
                m.quote.clone().unwrap_or_default(),
            ]);
        }
    }
    Table {
        file: "institute-member-counts.csv",
        title: "Institute member counts, each with its date",
        header: vec![
            "institute_id",
            "acronym",
            "date",
            "counted",
            "value_as_printed",
            "value",
            "parts",
            "other_readings",
            "sources",
            "quote",
        ],
        rows,
    }
}

/// The chart of federal funding and non-federal cost share at award, in the order
/// asked for: every bar in US$ million on one scale.
pub fn funding_spec(list: &[&Institute], by: FundingSort, page_path: String) -> ChartSpec {
    let ordered = funding_order(list, by);
    let rows = funding_rows(&ordered);
    let takeaway = funding_takeaway(&ordered);
    let table_rows: Vec<Vec<String>> = ordered
        .iter()
        .filter_map(|i| {
            let r = i.record.as_ref()?;
            let (f, n) = (&r.federal_at_award, &r.nonfederal_at_award);
            Some(vec![
                i.acronym.clone(),
                chart_text(f),
                value_cell(f.number()),
                chart_text(n),
                value_cell(n.number()),
                r.announced
                    .as_ref()
                    .map(|a| a.date.to_string())
                    .unwrap_or_else(|| format::NOT_REPORTED.into()),
            ])
        })
        .collect();
    let summary = table_rows
        .iter()
        .map(|r| format!("{}: federal {}, non-federal {}.", r[0], r[1], r[3]))
        .collect::<Vec<_>>()
        .join(" ");
    let cites = distinct_sources(
        ordered
            .iter()
            .filter_map(|i| i.record.as_ref())
            .flat_map(|r| {
                r.federal_at_award
                    .sources
                    .iter()
                    .chain(&r.nonfederal_at_award.sources)
                    .chain(
                        r.federal_at_award
                            .other_readings
                            .iter()
                            .flat_map(|o| &o.sources),
                    )
                    .chain(
                        r.nonfederal_at_award
                            .other_readings
                            .iter()
                            .flat_map(|o| &o.sources),
                    )
            }),
    );
    let mut notes = vec![
        "Every bar is in US$ million, as announced at award; amounts are not adjusted for inflation or converted. A qualifier the source prints (more than, up to, at least) is kept in the label.".to_string(),
    ];
    let disputed: Vec<String> = ordered
        .iter()
        .filter(|i| {
            i.record.as_ref().is_some_and(|r| {
                !r.federal_at_award.other_readings.is_empty()
                    || !r.nonfederal_at_award.other_readings.is_empty()
            })
        })
        .map(|i| i.acronym.clone())
        .collect();
    notes.extend(funding_notes(&ordered));
    if !disputed.is_empty() {
        notes.push(format!(
            "Sources print other amounts for {}: each institute's page lists them and says which is shown and why.",
            and_list(&disputed)
        ));
    }
    ChartSpec {
        id: "funding-at-award",
        title: "Funding at award: federal and non-federal, by institute".into(),
        takeaway,
        summary,
        draw: Arc::new(move |w| paired_bars(&rows, ("Federal", "Non-federal"), w)),
        table: Table {
            file: "funding-at-award.csv",
            title: "Funding at award: federal and non-federal, by institute",
            header: vec![
                "institute",
                "federal_as_printed",
                "federal_usd_million",
                "nonfederal_as_printed",
                "nonfederal_usd_million",
                "announced",
            ],
            rows: table_rows,
        },
        numeric: vec![false, false, true, false, true, false],
        sources: cites,
        notes,
        embed_path: None,
        page_path,
    }
}
