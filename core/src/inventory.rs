//! Every record and figure the dataset holds, each with the text a page shows it by, and
//! the few that no page shows, each with the reason. A browser test reads every page and
//! checks that each record is on one of them or in the list of held but not shown,
//! which /data prints: nothing is held but hidden.

use crate::data::model::{Dataset, Figure, InstituteStatus, Statement};

/// One record or figure of the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// "figure", "institute", "statement", …
    pub kind: &'static str,
    /// Unique within its kind: the record's id or its path in the file.
    pub id: String,
    /// Text that a page showing the record contains (its label, name or wording).
    pub text: String,
}

/// Records that the dataset holds and no page shows, and why: (kind, id, reason).
pub const HELD_NOT_SHOWN: &[(&str, &str, &str)] = &[];

/// Kinds of record that the dataset holds and no page shows yet, all records of the
/// kind at once, and why: (kind, reason).
pub const HELD_NOT_SHOWN_KINDS: &[(&str, &str)] = &[];

fn figure(out: &mut Vec<Record>, path: String, f: &Figure) {
    out.push(Record {
        kind: "figure",
        id: format!("{path}/{}", f.id),
        text: f.label.clone(),
    });
}

fn statement(out: &mut Vec<Record>, path: String, s: &Statement) {
    out.push(Record {
        kind: "statement",
        id: path,
        text: s.text.clone(),
    });
}

fn text(out: &mut Vec<Record>, kind: &'static str, id: String, text: &str) {
    out.push(Record {
        kind,
        id,
        text: text.to_string(),
    });
}

/// Every record and figure of `ds`, in file order.
pub fn records(ds: &Dataset) -> Vec<Record> {
    let mut out = Vec::new();
    for s in &ds.sources {
        text(&mut out, "source", s.id.clone(), &s.title);
    }
    for f in &ds.headline_figures {
        figure(&mut out, "headline_figures".into(), f);
    }
    for i in &ds.institutes {
        text(&mut out, "institute", i.id.clone(), &i.name);
        for f in &i.figures {
            figure(&mut out, format!("institutes/{}", i.id), f);
        }
    }
    for t in &ds.priority_topics.topics {
        text(&mut out, "topic", t.id.clone(), &t.name);
    }
    let plan = &ds.plan;
    statement(&mut out, "plan/vision".into(), &plan.vision);
    statement(&mut out, "plan/mission".into(), &plan.mission);
    statement(&mut out, "plan/structure".into(), &plan.structure);
    for g in &plan.goals {
        text(&mut out, "goal", g.id.clone(), &g.title);
        statement(
            &mut out,
            format!("goals/{}/expected_outcome", g.id),
            &g.expected_outcome,
        );
        if let Some(c) = &g.context {
            statement(&mut out, format!("goals/{}/context", g.id), c);
        }
        for o in &g.objectives {
            text(&mut out, "objective", o.id.clone(), &o.title);
            text(&mut out, "objective approach", o.id.clone(), &o.approach);
            text(&mut out, "objective action", o.id.clone(), &o.action);
        }
    }
    for (k, s) in plan.coordination.iter().enumerate() {
        statement(&mut out, format!("plan/coordination/{k}"), s);
    }
    for (k, s) in plan.implementation.iter().enumerate() {
        statement(&mut out, format!("plan/implementation/{k}"), s);
    }
    for s in &ds.stories {
        text(&mut out, "story", s.id.clone(), &s.title);
    }
    let r = &ds.readiness;
    for l in &r.trl_levels {
        text(&mut out, "TRL", l.level.to_string(), &l.definition);
    }
    for l in &r.mrl_levels {
        text(&mut out, "MRL", l.level.to_string(), &l.definition);
    }
    statement(&mut out, "readiness/about".into(), &r.about);
    for band in &r.bands {
        text(&mut out, "band", band.id.clone(), &band.description);
    }
    for (k, s) in r.findings.iter().enumerate() {
        statement(&mut out, format!("readiness/findings/{k}"), s);
    }
    let b = &ds.benchmarking;
    statement(&mut out, "benchmarking/study".into(), &b.study);
    for c in &b.countries {
        text(&mut out, "country", c.id.clone(), &c.name);
    }
    for p in &b.programs {
        text(&mut out, "program", p.id.clone(), &p.name);
        for f in &p.plan_figures {
            figure(&mut out, format!("programs/{}", p.id), f);
        }
        for f in &p.other_figures {
            figure(&mut out, format!("programs/{}/other", p.id), f);
        }
    }
    for a in &ds.agencies {
        text(&mut out, "agency", a.id.clone(), &a.name);
        for f in &a.figures {
            figure(&mut out, format!("agencies/{}", a.id), f);
        }
    }
    let imcp = &ds.imcp;
    statement(&mut out, "imcp/purpose".into(), &imcp.purpose);
    statement(&mut out, "imcp/benefits".into(), &imcp.benefits);
    for a in &imcp.strategy_areas {
        text(&mut out, "strategy area", a.id.clone(), &a.name);
    }
    for f in &imcp.figures {
        figure(&mut out, "imcp".into(), f);
    }
    for c in &imcp.communities {
        text(&mut out, "community", c.id.clone(), &c.name);
    }
    for a in &imcp.participating_agencies {
        text(&mut out, "IMCP agency", a.name.clone(), &a.name);
    }
    for (k, p) in ds.commerce_role.points.iter().enumerate() {
        text(&mut out, "commerce role", k.to_string(), p);
    }
    // A point is shown by its quote, in the table of its series on /network.
    for m in &ds.network.metrics {
        for p in &m.points {
            text(
                &mut out,
                "network point",
                format!("{}/FY{}", m.id, p.fiscal_year),
                &p.quote,
            );
        }
    }
    // An institute's record is shown by the quote of each value, on its page.
    for i in &ds.institutes {
        let Some(r) = &i.record else { continue };
        for (field, t) in [("website", &r.website), ("operator", &r.operator)] {
            if let Some(t) = t {
                text(
                    &mut out,
                    "institute record",
                    format!("{}/{field}", i.id),
                    &t.quote,
                );
            }
        }
        if let Some(a) = &r.announced {
            text(
                &mut out,
                "institute record",
                format!("{}/announced", i.id),
                &a.quote,
            );
        }
        let amounts = [
            ("federal_at_award".to_string(), &r.federal_at_award),
            ("nonfederal_at_award".to_string(), &r.nonfederal_at_award),
        ]
        .into_iter()
        .chain(
            r.renewals
                .iter()
                .enumerate()
                .map(|(k, a)| (format!("renewals[{k}]"), a)),
        )
        .chain(
            r.members
                .iter()
                .enumerate()
                .map(|(k, a)| (format!("members[{k}]"), a)),
        );
        for (field, a) in amounts {
            if let Some(q) = &a.quote {
                text(&mut out, "institute record", format!("{}/{field}", i.id), q);
            }
        }
    }
    out
}

/// What the dataset holds, counted for /data's "What it holds": "12 sources", "19
/// institute records (18 established, 1 award terminated as of 7 December 2026)", …
pub fn holdings(ds: &Dataset) -> Vec<String> {
    let checked = ds.sources_checked;
    let by_status: Vec<String> = InstituteStatus::ALL
        .into_iter()
        .filter_map(|st| {
            let n = ds
                .institutes
                .iter()
                .filter(|i| crate::data::status::status(i, checked) == st)
                .count();
            (n > 0).then(|| format!("{n} {}", st.label().to_lowercase()))
        })
        .collect();
    let events: usize =
        ds.institutes.iter().map(|i| i.events.len()).sum::<usize>() + ds.program_events.len();
    let objectives: usize = ds.plan.goals.iter().map(|g| g.objectives.len()).sum();
    vec![
        format!("{} sources", ds.sources.len()),
        format!("{} headline figures", ds.headline_figures.len()),
        format!(
            "{} institute records ({} as of {})",
            ds.institutes.len(),
            by_status.join(", "),
            checked.long()
        ),
        format!(
            "{events} dated events and {} stated counts of the network",
            ds.network_counts.len()
        ),
        format!(
            "{} goals and {objectives} objectives of the 2024 Strategic Plan",
            ds.plan.goals.len()
        ),
        format!("{} success stories", ds.stories.len()),
        format!(
            "{} TRL and {} MRL definitions",
            ds.readiness.trl_levels.len(),
            ds.readiness.mrl_levels.len()
        ),
        format!(
            "{} benchmarking programs in {} countries",
            ds.benchmarking.programs.len(),
            ds.benchmarking.countries.len()
        ),
        format!("{} federal partner agencies", ds.agencies.len()),
        format!(
            "{} IMCP manufacturing communities",
            ds.imcp.communities.len()
        ),
    ]
}
