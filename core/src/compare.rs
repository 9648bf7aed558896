//! The benchmarking comparison: which figure of each program answers the chosen
//! indicator, the bars, the table rows and the one-sentence takeaway. Currencies and
//! years are shown as the sources give them; nothing is converted, and bars in
//! different units never share a scale.

use crate::chart::bars::{Bar, BarGroup};
use crate::format;
use crate::model::{Dataset, Figure, Metric, Program, Unit};
use crate::tables::cite_text;

/// The indicators a reader can compare, in menu order.
pub const KPIS: [Metric; 6] = [
    Metric::Centres,
    Metric::Budget,
    Metric::Patents,
    Metric::LicenceRevenue,
    Metric::ProjectRevenue,
    Metric::PeopleTrained,
];

/// The figure that answers `metric` for one program.
#[derive(Debug, Clone)]
pub struct Pick<'a> {
    pub program: &'a Program,
    /// `None` when neither the plan nor another source has a figure for it.
    pub figure: Option<&'a Figure>,
    /// The figure comes from the plan (otherwise from another public source).
    pub from_plan: bool,
}

impl Pick<'_> {
    pub fn value(&self) -> Option<f64> {
        self.figure.and_then(Figure::number)
    }

    /// "€3 billion", or "not reported".
    pub fn shown(&self) -> String {
        self.figure
            .map(format::figure)
            .unwrap_or_else(|| format::NOT_REPORTED.to_string())
    }

    /// The bar label: the program, marked when the figure is not from the plan.
    pub fn label(&self) -> String {
        match (self.figure, self.from_plan) {
            (Some(f), false) if f.number().is_some() => {
                format!("{} (other source)", self.program.name)
            }
            _ => self.program.name.clone(),
        }
    }
}

/// The plan's figure when it gives a number; else another source's number; else the
/// plan's explicit "not reported".
pub fn pick(program: &Program, metric: Metric) -> Pick<'_> {
    let find = |list: &'_ [Figure], reported: bool| -> Option<usize> {
        list.iter()
            .position(|f| f.metric == Some(metric) && f.number().is_some() == reported)
    };
    if let Some(i) = find(&program.plan_figures, true) {
        return Pick {
            program,
            figure: program.plan_figures.get(i),
            from_plan: true,
        };
    }
    if let Some(i) = find(&program.other_figures, true) {
        return Pick {
            program,
            figure: program.other_figures.get(i),
            from_plan: false,
        };
    }
    Pick {
        program,
        figure: find(&program.plan_figures, false).and_then(|i| program.plan_figures.get(i)),
        from_plan: true,
    }
}

/// The programs named by `ids`, in dataset order.
pub fn selected<'a>(ds: &'a Dataset, ids: &[String]) -> Vec<&'a Program> {
    ds.benchmarking
        .programs
        .iter()
        .filter(|p| ids.contains(&p.id))
        .collect()
}

pub fn picks<'a>(programs: &[&'a Program], metric: Metric) -> Vec<Pick<'a>> {
    programs.iter().map(|p| pick(p, metric)).collect()
}

/// "In US$ million", for a group of bars.
pub fn unit_heading(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "Counts",
        Unit::Percent => "Percent",
        Unit::UsdMillion => "In US$ million",
        Unit::UsdBillion => "In US$ billion",
        Unit::EurMillion => "In € million",
        Unit::EurBillion => "In € billion",
        Unit::GbpMillion => "In £ million",
        Unit::RatioToOne => "Ratios",
        Unit::PercentChange => "Percent change",
        Unit::Years | Unit::Year => "Years",
        Unit::Weeks => "Weeks",
    }
}

/// One group of bars per unit, in order of first appearance; programs with no figure
/// go last, in a group of their own.
pub fn bar_groups(picks: &[Pick<'_>]) -> Vec<BarGroup> {
    let mut groups: Vec<(Option<Unit>, BarGroup)> = Vec::new();
    for p in picks {
        let unit = p.figure.filter(|f| f.number().is_some()).map(|f| f.unit);
        let bar = Bar {
            label: p.label(),
            value: p.value(),
            value_label: p.shown(),
        };
        match groups.iter_mut().find(|(u, _)| *u == unit) {
            Some((_, g)) => g.bars.push(bar),
            None => groups.push((
                unit,
                BarGroup {
                    heading: Some(unit.map_or("Not reported", unit_heading).to_string()),
                    bars: vec![bar],
                },
            )),
        }
    }
    crate::order::sort_by_key(&mut groups, &|(u, _)| u.is_none());
    groups.into_iter().map(|(_, g)| g).collect()
}

/// One sentence computed from the picks: how many report the indicator, and the
/// largest value among those that share a unit with it.
pub fn takeaway(metric: Metric, picks: &[Pick<'_>]) -> String {
    let what = metric.label().to_lowercase();
    let reported: Vec<&Pick<'_>> = picks.iter().filter(|p| p.value().is_some()).collect();
    if picks.is_empty() {
        return "No program is selected.".to_string();
    }
    if reported.is_empty() {
        return format!(
            "None of the {} selected programs has a published figure for {what}.",
            picks.len()
        );
    }
    let units: Vec<Unit> = reported
        .iter()
        .filter_map(|p| p.figure.map(|f| f.unit))
        .collect();
    let same_unit = units.windows(2).all(|w| w[0] == w[1]);
    let of = format!(
        "{} of the {} selected programs",
        reported.len(),
        picks.len()
    );
    if reported.len() == 1 {
        let p = reported[0];
        return format!(
            "Only {} has a published figure for {what}: {}.",
            p.program.name,
            p.shown()
        );
    }
    if !same_unit {
        return format!(
            "{of} have a figure for {what}, in different units or currencies, so they are shown side by side, not converted."
        );
    }
    let top = reported.iter().max_by(|a, b| {
        a.value()
            .partial_cmp(&b.value())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    match top {
        Some(t) => format!(
            "{of} have a figure for {what}; the largest is {} with {}.",
            t.program.name,
            t.shown()
        ),
        None => format!("{of} have a figure for {what}."),
    }
}

/// The table (and CSV) of exactly the numbers in the chart.
pub const TABLE_HEADER: [&str; 7] = [
    "program", "value", "as_shown", "unit", "period", "origin", "sources",
];

pub fn table_rows(picks: &[Pick<'_>]) -> Vec<Vec<String>> {
    picks
        .iter()
        .map(|p| {
            let f = p.figure;
            vec![
                p.program.name.clone(),
                format::csv_number(p.value()),
                p.shown(),
                f.map(|f| crate::tables::unit_key(f.unit).to_string())
                    .unwrap_or_default(),
                f.map(|f| f.period.clone()).unwrap_or_default(),
                match (f, p.from_plan) {
                    (None, _) => "none".to_string(),
                    (Some(_), true) => "strategic plan".to_string(),
                    (Some(_), false) => "other public source".to_string(),
                },
                f.map(|f| cite_text(&f.sources)).unwrap_or_default(),
            ]
        })
        .collect()
}

/// Everything the KPI chart shows for one selection.
#[derive(Debug, Clone)]
pub struct KpiChart {
    pub title: String,
    pub takeaway: String,
    pub groups: Vec<BarGroup>,
    pub sources: Vec<crate::model::Citation>,
    pub rows: Vec<Vec<String>>,
    pub summary: String,
    pub notes: Vec<String>,
}

pub fn kpi_chart(ds: &Dataset, kpi: Metric, ids: &[String]) -> KpiChart {
    use crate::model::{distinct_sources, Citation};
    let programs = selected(ds, ids);
    let picks = picks(&programs, kpi);
    let mut cites = vec![Citation {
        source: "plan2024".into(),
        pages: Some("p.26–27".into()),
    }];
    cites.extend(distinct_sources(
        picks
            .iter()
            .filter_map(|p| p.figure)
            .flat_map(|f| &f.sources),
    ));
    let mut notes = Vec::new();
    for p in &picks {
        if let Some(f) = p.figure {
            if let Some(why) = &f.uncertain {
                notes.push(format!("{}: {why}", p.program.name));
            }
            if f.translated && f.uncertain.is_none() {
                notes.push(format!(
                    "{}: read in the machine translation of the plan.",
                    p.program.name
                ));
            }
        }
    }
    if picks.iter().any(|p| !p.from_plan && p.value().is_some()) {
        notes.push(
            "“(other source)” marks a figure that is not from the plan; see the sources.".into(),
        );
    }
    KpiChart {
        title: format!("{} by program", kpi.label()),
        takeaway: takeaway(kpi, &picks),
        groups: bar_groups(&picks),
        sources: distinct_sources(&cites),
        rows: table_rows(&picks),
        summary: picks
            .iter()
            .map(|p| format!("{}: {}.", p.label(), p.shown()))
            .collect::<Vec<_>>()
            .join(" "),
        notes,
    }
}

/// The source line written under a downloaded chart.
pub fn source_line(ds: &Dataset, cites: &[crate::model::Citation]) -> String {
    let names = ds.cite_text(cites);
    if names.is_empty() {
        "Manufacturing USA Explorer.".to_string()
    } else {
        format!("Source: {names}. Manufacturing USA Explorer.")
    }
}
