//! The benchmarking comparison: which figure of each program answers the chosen
//! indicator, the bars, the table rows and the one-sentence takeaway. Currencies and
//! years are shown as the sources give them; nothing is converted, bars in different
//! units never share a scale, and a value alone in its unit is written out, not drawn.

pub mod spec;
mod state;

pub use state::{metric_from_key, parse_bench, BenchState};

use crate::chart::bars::{Bar, BarGroup};
use crate::data::model::{Dataset, Figure, Metric, Program, Unit};
use crate::format;
use crate::sources::cite_text;
use crate::takeaway::{all_largest, and_list};

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

    /// What the figure measures, and for when: "base federal funding, FY2022". Its
    /// label starts lower case unless it begins with an abbreviation ("MICs").
    pub fn measure(&self) -> Option<String> {
        let f = self.figure?;
        let mut chars = f.label.chars();
        let first = chars.next()?;
        // "Base" → "base", but "MICs" stays (ASCII only: no Unicode case tables).
        let second_lower = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let label = if second_lower && first.is_ascii_uppercase() {
            let mut l = f.label.clone();
            l[..1].make_ascii_lowercase();
            l
        } else {
            f.label.clone()
        };
        Some(format!("{label}, {}", f.period))
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
        Unit::Years => "Years",
        Unit::Year => "Calendar years",
        Unit::Weeks => "Weeks",
    }
}

/// "in US$ million", for a sentence about the figures in one unit.
fn unit_phrase(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "given as counts",
        Unit::Percent => "in percent",
        Unit::UsdMillion => "in US$ million",
        Unit::UsdBillion => "in US$ billion",
        Unit::EurMillion => "in € million",
        Unit::EurBillion => "in € billion",
        Unit::GbpMillion => "in £ million",
        Unit::RatioToOne => "given as ratios",
        Unit::PercentChange => "given as percent changes",
        Unit::Years => "in years",
        Unit::Year => "given as calendar years",
        Unit::Weeks => "in weeks",
    }
}

/// The unit of a pick's figure, when it gives a number.
fn reported_unit(p: &Pick<'_>) -> Option<Unit> {
    p.figure.filter(|f| f.number().is_some()).map(|f| f.unit)
}

/// What a figure may be compared with: the same unit, and for an indicator that gathers
/// measures, the same measure (its label, lower case; empty otherwise).
type GroupKey = (Option<Unit>, String);

/// The [`GroupKey`] of a pick.
fn group_key(metric: Metric, p: &Pick<'_>) -> GroupKey {
    let unit = reported_unit(p);
    let measure = match p.figure {
        Some(f) if metric.gathers_measures() && unit.is_some() => f.label.to_ascii_lowercase(),
        _ => String::new(),
    };
    (unit, measure)
}

/// The measures the selected programs' figures for an indicator that gathers measures
/// stand for, when they are more than one: "Manufacturing USA: base federal funding,
/// FY2022; Fraunhofer-Gesellschaft: total business volume, 2021". `None` when the
/// indicator has one measure, or the figures share it.
pub fn measures_note(metric: Metric, picks: &[Pick<'_>]) -> Option<String> {
    if !metric.gathers_measures() {
        return None;
    }
    let reported: Vec<&Pick<'_>> = picks.iter().filter(|p| p.value().is_some()).collect();
    // Distinct measures, without a sort (a sort of strings costs the bundle kilobytes).
    let mut keys: Vec<String> = Vec::new();
    for p in &reported {
        let key = group_key(metric, p).1;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.len() < 2 {
        return None;
    }
    let each: Vec<String> = reported
        .iter()
        .filter_map(|p| Some(format!("{}: {}", p.program.name, p.measure()?)))
        .collect();
    Some(each.join("; "))
}

/// Said under the side-by-side table for each indicator whose selected figures measure
/// different things: that its column is not one comparison, and what each figure is.
pub fn side_by_side_notes(programs: &[&Program]) -> Vec<String> {
    KPIS.iter()
        .filter_map(|&m| {
            let note = measures_note(m, &picks(programs, m))?;
            Some(format!(
                "{}: the figures measure different things, so the column is not one comparison ({note}).",
                m.label()
            ))
        })
        .collect()
}

/// The small print under a value in the side-by-side table: what the figure measures
/// when its label is not the indicator's own name, its period, "other source" when it
/// is not from the plan, and its sources.
pub fn cell_note(ds: &Dataset, metric: Metric, pick: &Pick<'_>) -> Option<String> {
    let f = pick.figure?;
    let origin = if pick.from_plan || f.number().is_none() {
        ""
    } else {
        " · other source"
    };
    let cited = ds.cite_text(&f.sources);
    let what = if f.label.eq_ignore_ascii_case(metric.label()) || f.number().is_none() {
        f.period.clone()
    } else {
        pick.measure().unwrap_or_else(|| f.period.clone())
    };
    Some(format!("{what}{origin} · {cited}"))
}

/// One group per unit, in order of first appearance. Units with two or more values
/// come first, each drawn as bars on a scale of its own; then each value that is alone
/// in its unit, which the chart writes out without a bar; then the programs with no
/// figure. No value is converted into another unit.
///
/// For an indicator that gathers different measures (see [`Metric::gathers_measures`]),
/// a group holds one measure in one unit, and each bar names its measure and period.
pub fn bar_groups(metric: Metric, picks: &[Pick<'_>]) -> Vec<BarGroup> {
    let mut groups: Vec<(GroupKey, BarGroup)> = Vec::new();
    for p in picks {
        let key = group_key(metric, p);
        let label = match p.measure() {
            Some(m) if metric.gathers_measures() && p.value().is_some() => {
                format!("{} — {m}", p.label())
            }
            _ => p.label(),
        };
        let bar = Bar {
            label,
            value: p.value(),
            value_label: p.shown(),
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.bars.push(bar),
            None => groups.push((
                key,
                BarGroup {
                    heading: None,
                    bars: vec![bar],
                },
            )),
        }
    }
    let scales = groups.iter().filter(|(_, g)| g.has_scale()).count();
    let units = groups.iter().filter(|((u, _), _)| u.is_some()).count();
    let alone = if metric.gathers_measures() {
        "no other selected program reports this measure in this unit"
    } else {
        "no other selected program reports in this unit"
    };
    for ((unit, _), g) in &mut groups {
        g.heading = Some(match unit {
            None => "Not reported".to_string(),
            Some(u) if !g.has_scale() && units > 1 => {
                format!("{} — {alone}", unit_heading(*u))
            }
            Some(u) if scales > 1 => format!(
                "{} — bars to scale within this group only",
                unit_heading(*u)
            ),
            Some(u) => unit_heading(*u).to_string(),
        });
    }
    crate::order::sort_by_key(&mut groups, &|((u, _), g)| (u.is_none(), !g.has_scale()));
    groups.into_iter().map(|(_, g)| g).collect()
}

/// "Fraunhofer-Gesellschaft with 76", or every program tied for the largest value:
/// "A and B, with 76 each".
fn largest(picks: &[&Pick<'_>]) -> String {
    let top = all_largest(picks, |p| p.value());
    let shown: Vec<String> = top.iter().map(|p| p.shown()).collect();
    let names: Vec<&str> = top.iter().map(|p| p.program.name.as_str()).collect();
    match (names.as_slice(), shown.as_slice()) {
        ([name], [value]) => format!("{name} with {value}"),
        (_, [first, ..]) if shown.iter().all(|s| s == first) => {
            format!("{}, with {first} each", and_list(&names))
        }
        _ => and_list(
            &top.iter()
                .map(|p| format!("{} ({})", p.program.name, p.shown()))
                .collect::<Vec<_>>(),
        ),
    }
}

/// The takeaway computed from the picks: how many report the indicator and, among the
/// figures that share a unit, the largest (every program tied for it). Figures in
/// different units are never compared; one alone in its unit is only named.
pub fn takeaway(metric: Metric, picks: &[Pick<'_>]) -> String {
    let what = metric.label().to_lowercase();
    let reported: Vec<&Pick<'_>> = picks.iter().filter(|p| p.value().is_some()).collect();
    if picks.is_empty() {
        return "No program is selected.".to_string();
    }
    if reported.is_empty() {
        return match picks {
            [p] => format!("{} has no published figure for {what}.", p.program.name),
            _ => format!(
                "None of the {} selected programs has a published figure for {what}.",
                picks.len()
            ),
        };
    }
    if let [p] = reported.as_slice() {
        let only = if picks.len() > 1 { "Only " } else { "" };
        return format!(
            "{only}{} has a published figure for {what}: {}.",
            p.program.name,
            p.shown()
        );
    }
    let mut by_unit: Vec<(GroupKey, Vec<&Pick<'_>>)> = Vec::new();
    for p in reported.iter().copied() {
        let key = group_key(metric, p);
        match by_unit.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(p),
            None => by_unit.push((key, vec![p])),
        }
    }
    let of = format!(
        "{} of the {} selected programs",
        reported.len(),
        picks.len()
    );
    if let [(_, all)] = by_unit.as_slice() {
        let measure = match all.first().and_then(|p| p.measure()) {
            Some(m) if metric.gathers_measures() => format!(" ({m})"),
            _ => String::new(),
        };
        return format!(
            "{of} have a figure for {what}{measure}; the largest is {}.",
            largest(all)
        );
    }
    let compared: Vec<String> = by_unit
        .iter()
        .filter(|(_, list)| list.len() > 1)
        .map(|((u, m), list)| {
            let of_measure = if m.is_empty() {
                String::new()
            } else {
                format!(" of {m}")
            };
            format!(
                " Among the figures{of_measure} {}, the largest is {}.",
                u.map_or("", unit_phrase),
                largest(list)
            )
        })
        .collect();
    if let Some(measures) = measures_note(metric, picks) {
        let mut out = format!(
            "{of} have a figure for {what}, but they measure different things, so they are not \
             one comparison: {measures}. They are not converted, and only figures of the same \
             measure in the same unit are compared."
        );
        for c in &compared {
            out.push_str(c);
        }
        return out;
    }
    let alone: Vec<&str> = by_unit
        .iter()
        .filter(|(_, list)| list.len() == 1)
        .flat_map(|(_, list)| list.iter().map(|p| p.program.name.as_str()))
        .collect();
    let mut out = if compared.is_empty() {
        format!(
            "{of} have a figure for {what}, each in a unit no other selected program uses, so they are not compared and not converted."
        )
    } else {
        format!(
            "{of} have a figure for {what}, in {} different units; they are not converted, and only figures in the same unit are compared.",
            by_unit.len()
        )
    };
    for c in &compared {
        out.push_str(c);
    }
    if !compared.is_empty() && !alone.is_empty() {
        let verb = if alone.len() == 1 {
            "reports"
        } else {
            "each report"
        };
        out.push_str(&format!(
            " {} {verb} in a unit no other selected program uses.",
            and_list(&alone)
        ));
    }
    out
}

/// The table (and CSV) of exactly the numbers in the chart.
pub const TABLE_HEADER: [&str; 8] = [
    "program", "measure", "value", "as_shown", "unit", "period", "origin", "sources",
];

pub fn table_rows(picks: &[Pick<'_>]) -> Vec<Vec<String>> {
    picks
        .iter()
        .map(|p| {
            let f = p.figure;
            vec![
                p.program.name.clone(),
                f.map(|f| f.label.clone()).unwrap_or_default(),
                format::csv_number(p.value()),
                p.shown(),
                f.map(|f| crate::table::unit_key(f.unit).to_string())
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
    pub sources: Vec<crate::data::model::Citation>,
    pub rows: Vec<Vec<String>>,
    pub summary: String,
    pub notes: Vec<String>,
}

pub fn kpi_chart(ds: &Dataset, kpi: Metric, ids: &[String]) -> KpiChart {
    use crate::data::model::{distinct_sources, Citation};
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
    let groups = bar_groups(kpi, &picks);
    KpiChart {
        title: format!("{} by program", kpi.label()),
        takeaway: takeaway(kpi, &picks),
        summary: summary(&groups),
        groups,
        sources: distinct_sources(&cites),
        rows: table_rows(&picks),
        notes,
    }
}

/// The chart in words, group by group as it is drawn: each group's heading when there
/// is more than one, then "program: value." for each of its rows.
pub fn summary(groups: &[BarGroup]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for g in groups {
        if groups.len() > 1 {
            if let Some(h) = &g.heading {
                parts.push(format!("{h}."));
            }
        }
        for b in &g.bars {
            parts.push(format!("{}: {}.", b.label, b.value_label));
        }
    }
    parts.join(" ")
}
