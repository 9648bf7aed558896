//! What a careful reader should know before quoting the data: where the sources
//! disagree, which values are uncertain or not reported, and how much was read only
//! through the machine translation. The /data page lists it; nothing is hidden.

use crate::data::model::{Citation, Dataset, Figure, ProgressionData, Reading, Source, Statement};
use crate::format;

/// A figure whose sources print more than one value.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub section: &'static str,
    pub label: String,
    pub shown: String,
    /// Each other reading with its pages: "700+ (plan2024 p.19)".
    pub others: Vec<String>,
    pub shown_because: String,
    /// Ids of the sources of the shown value and of the other readings.
    pub sources: Vec<String>,
}

/// A value the data marks as uncertain or not reported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Caveat {
    pub section: &'static str,
    pub label: String,
    pub reason: String,
    /// Ids of the sources of the value.
    pub sources: Vec<String>,
}

/// The ids of a list of citations, each once, in order.
fn ids<'a>(cites: impl IntoIterator<Item = &'a Citation>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in cites {
        if !out.contains(&c.source) {
            out.push(c.source.clone());
        }
    }
    out
}

impl Disagreement {
    /// A value shown as `shown`, read in `sources`, that other sources print as `readings`.
    fn of(
        section: &'static str,
        label: String,
        shown: String,
        sources: &[Citation],
        readings: &[Reading],
        shown_because: Option<&String>,
    ) -> Self {
        Disagreement {
            section,
            label,
            shown,
            others: readings
                .iter()
                .map(|r| format!("{} ({})", r.text, crate::sources::cite_text(&r.sources)))
                .collect(),
            shown_because: shown_because.cloned().unwrap_or_default(),
            sources: ids(sources
                .iter()
                .chain(readings.iter().flat_map(|r| &r.sources))),
        }
    }
}

/// How many records of a kind were read only in machine translation.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslatedCount {
    pub section: &'static str,
    pub translated: usize,
    pub total: usize,
    /// Names of the translated records.
    pub items: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Audit {
    pub disagreements: Vec<Disagreement>,
    pub uncertain: Vec<Caveat>,
    pub not_reported: Vec<Caveat>,
    pub translated: Vec<TranslatedCount>,
}

/// Every figure of the dataset with the section it belongs to.
pub fn all_figures(ds: &Dataset) -> Vec<(&'static str, String, &Figure)> {
    let mut out = Vec::new();
    for f in &ds.headline_figures {
        out.push(("Headline figures", String::new(), f));
    }
    for i in &ds.institutes {
        for f in &i.figures {
            out.push(("Institutes", i.acronym.clone(), f));
        }
    }
    for s in &ds.stories {
        for f in &s.figures {
            out.push(("Success stories", s.title.clone(), f));
        }
    }
    for p in &ds.benchmarking.programs {
        for f in p.plan_figures.iter().chain(&p.other_figures) {
            out.push(("International benchmarking", p.name.clone(), f));
        }
    }
    for a in &ds.agencies {
        for f in &a.figures {
            out.push(("Federal partner agencies", a.acronym.clone(), f));
        }
    }
    for f in &ds.imcp.figures {
        out.push(("IMCP", String::new(), f));
    }
    out
}

fn label(owner: &str, f: &Figure) -> String {
    if owner.is_empty() {
        f.label.clone()
    } else {
        format!("{owner}: {}", f.label)
    }
}

pub fn audit(ds: &Dataset) -> Audit {
    let mut a = Audit::default();
    for (section, owner, f) in all_figures(ds) {
        if !f.other_readings.is_empty() {
            a.disagreements.push(Disagreement::of(
                section,
                label(&owner, f),
                format::figure(f),
                &f.sources,
                &f.other_readings,
                f.shown_because.as_ref(),
            ));
        }
        if let Some(reason) = &f.uncertain {
            a.uncertain.push(Caveat {
                section,
                label: label(&owner, f),
                reason: reason.clone(),
                sources: ids(&f.sources),
            });
        }
        if f.number().is_none() {
            a.not_reported.push(Caveat {
                section,
                label: label(&owner, f),
                reason: f.note.clone().unwrap_or_default(),
                sources: ids(&f.sources),
            });
        }
    }
    for c in &ds.imcp.communities {
        if let Some(reason) = &c.uncertain {
            a.uncertain.push(Caveat {
                section: "IMCP communities",
                label: c.name.clone(),
                reason: reason.clone(),
                sources: ids(&c.sources),
            });
        }
    }
    for m in &ds.network.metrics {
        for p in &m.points {
            let label = format!("{}, FY{}", m.label, p.fiscal_year);
            if !p.other_readings.is_empty() {
                a.disagreements.push(Disagreement::of(
                    "Network over time",
                    label.clone(),
                    crate::network::shown(p, m.unit),
                    &p.sources,
                    &p.other_readings,
                    p.shown_because.as_ref(),
                ));
            }
            if let Some(reason) = &p.uncertain {
                a.uncertain.push(Caveat {
                    section: "Network over time",
                    label,
                    reason: reason.clone(),
                    sources: ids(&p.sources),
                });
            }
        }
    }
    for i in &ds.institutes {
        let Some(r) = &i.record else { continue };
        let section = "Institutes at award";
        let amounts = [
            ("federal funding at award".to_string(), &r.federal_at_award),
            (
                "non-federal cost share at award".to_string(),
                &r.nonfederal_at_award,
            ),
        ]
        .into_iter()
        .chain(
            r.renewals
                .iter()
                .map(|x| ("later federal funding".to_string(), x)),
        )
        .chain(r.members.iter().map(|x| {
            let when = x.date.map_or("undated".to_string(), |d| d.long());
            (format!("members ({when})"), x)
        }));
        for (what, x) in amounts {
            let label = format!("{}: {what}", i.acronym);
            if !x.other_readings.is_empty() {
                a.disagreements.push(Disagreement::of(
                    section,
                    label.clone(),
                    crate::institutes::funding::shown(x),
                    &x.sources,
                    &x.other_readings,
                    x.shown_because.as_ref(),
                ));
            }
            if let Some(reason) = &x.uncertain {
                a.uncertain.push(Caveat {
                    section,
                    label: label.clone(),
                    reason: reason.clone(),
                    sources: ids(&x.sources),
                });
            }
            if x.number().is_none() {
                a.not_reported.push(Caveat {
                    section,
                    label,
                    reason: x.note.clone().unwrap_or_default(),
                    sources: ids(&x.sources),
                });
            }
        }
        if let Some(d) = &r.announced {
            let label = format!("{}: date announced", i.acronym);
            if !d.other_readings.is_empty() {
                a.disagreements.push(Disagreement {
                    section,
                    label: label.clone(),
                    shown: d.date.long(),
                    others: d
                        .other_readings
                        .iter()
                        .map(|o| {
                            format!(
                                "{} ({})",
                                o.date.long(),
                                crate::sources::cite_text(&o.sources)
                            )
                        })
                        .collect(),
                    shown_because: d.shown_because.clone().unwrap_or_default(),
                    sources: ids(d
                        .sources
                        .iter()
                        .chain(d.other_readings.iter().flat_map(|o| &o.sources))),
                });
            }
            if let Some(reason) = &d.uncertain {
                a.uncertain.push(Caveat {
                    section,
                    label,
                    reason: reason.clone(),
                    sources: ids(&d.sources),
                });
            }
        }
        for (what, present) in [
            ("website", r.website.is_some()),
            ("organisation that runs it", r.operator.is_some()),
            ("date announced", r.announced.is_some()),
        ] {
            if !present {
                a.not_reported.push(Caveat {
                    section,
                    label: format!("{}: {what}", i.acronym),
                    reason: format!("No source read gives the {what}."),
                    sources: Vec::new(),
                });
            }
        }
    }
    if let ProgressionData::NotReported { reason, .. } = &ds.readiness.progression.data {
        a.not_reported.push(Caveat {
            section: "TRL progression",
            label: ds.readiness.progression.title.clone(),
            reason: reason.clone(),
            sources: ids(&ds.readiness.progression.sources),
        });
    }

    let count = |section, records: Vec<(String, bool)>| TranslatedCount {
        section,
        translated: records.iter().filter(|(_, t)| *t).count(),
        total: records.len(),
        items: records
            .into_iter()
            .filter_map(|(name, t)| t.then_some(name))
            .collect(),
    };
    let figures = all_figures(ds)
        .into_iter()
        .map(|(_, owner, f)| (label(&owner, f), f.translated))
        .collect();
    let objectives = ds
        .plan
        .goals
        .iter()
        .flat_map(|g| {
            g.objectives
                .iter()
                .map(|o| (format!("{} {}", o.id, o.title), o.translated))
        })
        .collect();
    a.translated = vec![
        count("Figures", figures),
        count(
            "Institutes",
            ds.institutes
                .iter()
                .map(|i| (i.acronym.clone(), i.translated))
                .collect(),
        ),
        count(
            "Goals",
            ds.plan
                .goals
                .iter()
                .map(|g| (format!("Goal {}: {}", g.id, g.title), g.translated))
                .collect(),
        ),
        count("Objectives", objectives),
        count(
            "Success stories",
            ds.stories
                .iter()
                .map(|s| (s.title.clone(), s.translated))
                .collect(),
        ),
        count(
            "Federal partner agencies",
            ds.agencies
                .iter()
                .map(|a| (a.acronym.clone(), a.translated))
                .collect(),
        ),
    ];
    a
}

/// Every citation in the dataset, wherever it sits.
pub fn all_citations(ds: &Dataset) -> Vec<&Citation> {
    fn figure<'a>(out: &mut Vec<&'a Citation>, f: &'a Figure) {
        out.extend(&f.sources);
        for r in &f.other_readings {
            out.extend(&r.sources);
        }
    }
    fn statement<'a>(out: &mut Vec<&'a Citation>, s: &'a Statement) {
        out.extend(&s.sources);
    }
    let mut out = Vec::new();
    for (_, _, f) in all_figures(ds) {
        figure(&mut out, f);
    }
    for i in &ds.institutes {
        out.extend(&i.sources);
    }
    out.extend(&ds.priority_topics.sources);
    let plan = &ds.plan;
    for s in [&plan.vision, &plan.mission, &plan.structure]
        .into_iter()
        .chain(&plan.coordination)
        .chain(&plan.implementation)
    {
        statement(&mut out, s);
    }
    for g in &plan.goals {
        out.extend(&g.sources);
        statement(&mut out, &g.expected_outcome);
        if let Some(c) = &g.context {
            statement(&mut out, c);
        }
        for o in &g.objectives {
            out.extend(&o.sources);
        }
    }
    for s in &ds.stories {
        out.extend(&s.sources);
    }
    let r = &ds.readiness;
    out.extend(&r.trl_sources);
    out.extend(&r.mrl_sources);
    statement(&mut out, &r.about);
    for l in r.trl_levels.iter().chain(&r.mrl_levels) {
        if let Some(g) = &l.gloss {
            statement(&mut out, g);
        }
    }
    for b in &r.bands {
        out.extend(&b.sources);
    }
    for f in &r.findings {
        statement(&mut out, f);
    }
    out.extend(&r.progression.sources);
    statement(&mut out, &ds.benchmarking.study);
    for p in &ds.benchmarking.programs {
        out.extend(&p.sources);
    }
    for a in &ds.agencies {
        out.extend(&a.sources);
    }
    let imcp = &ds.imcp;
    statement(&mut out, &imcp.purpose);
    statement(&mut out, &imcp.benefits);
    out.extend(&imcp.strategy_areas_sources);
    for c in &imcp.communities {
        out.extend(&c.sources);
    }
    for a in &imcp.participating_agencies {
        out.extend(&a.sources);
    }
    out.extend(&ds.commerce_role.sources);
    for m in &ds.network.metrics {
        for p in &m.points {
            out.extend(&p.sources);
            for r in &p.other_readings {
                out.extend(&r.sources);
            }
        }
    }
    for r in ds.institutes.iter().filter_map(|i| i.record.as_ref()) {
        for t in [&r.website, &r.operator].into_iter().flatten() {
            out.extend(&t.sources);
        }
        if let Some(d) = &r.announced {
            out.extend(&d.sources);
            for o in &d.other_readings {
                out.extend(&o.sources);
            }
        }
        for x in [&r.federal_at_award, &r.nonfederal_at_award]
            .into_iter()
            .chain(&r.renewals)
            .chain(&r.members)
        {
            out.extend(&x.sources);
            for o in &x.other_readings {
                out.extend(&o.sources);
            }
        }
    }
    let events = ds
        .institutes
        .iter()
        .flat_map(|i| &i.events)
        .chain(&ds.program_events);
    for e in events {
        out.extend(&e.sources);
        for f in &e.figures {
            for o in &f.other_readings {
                out.extend(&o.sources);
            }
        }
    }
    for c in &ds.network_counts {
        out.extend(&c.sources);
    }
    out
}

/// How many citations name the source `id`.
pub fn times_cited(ds: &Dataset, id: &str) -> usize {
    all_citations(ds)
        .into_iter()
        .filter(|c| c.source == id)
        .count()
}

/// A reference-list entry for a source: "Publisher (2024). Title. URL"
pub fn citation_text(source: &Source) -> String {
    let date = source
        .published
        .map(|d| d.year.to_string())
        .unwrap_or_else(|| "n.d.".to_string());
    let mut out = format!("{} ({date}). {}.", source.publisher, source.title);
    if let Some(url) = &source.url {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// A fingerprint of the file's exact bytes (64-bit FNV-1a), so a citation can say
/// which file it used: `fnv1a64:0123456789abcdef`. It identifies, it does not secure.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// How to cite the dataset itself, pinned to its version and, when known, its bytes.
pub fn dataset_citation(ds: &Dataset, hash: Option<&str>) -> String {
    let mut out = format!(
        "Manufacturing USA Explorer dataset, version {}, released {}, sources checked {}",
        ds.dataset_version,
        ds.released.long(),
        ds.sources_checked.long()
    );
    if let Some(h) = hash {
        out.push_str(&format!(" (content hash {h})"));
    }
    out.push('.');
    out
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn content_hash_is_fnv1a_64() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(content_hash(""), "fnv1a64:cbf29ce484222325");
        assert_eq!(content_hash("a"), "fnv1a64:af63dc4c8601ec8c");
        assert_eq!(content_hash("foobar"), "fnv1a64:85944171f73967e8");
    }
}
