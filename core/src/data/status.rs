//! An institute's status at a date, computed from its founding month and its dated
//! events, and the network's size at a date by this dataset's records. Here, below the
//! checks, because the checker compares each source's stated count with these; the
//! sentences that say how a status is known are in `history`, which re-exports these.

use crate::data::model::{
    Citation, Dataset, Event, EventKind, Institute, InstituteStatus, PartialDate, SourceKind,
};

/// Whether `date` is on or before `as_of`, comparing only what both give: an event in
/// "2025" counts as on or before "2025-01-10".
pub fn on_or_before(date: PartialDate, as_of: PartialDate) -> bool {
    if date.year != as_of.year {
        return date.year < as_of.year;
    }
    match (date.month, as_of.month) {
        (Some(a), Some(b)) if a != b => a < b,
        (Some(_), Some(_)) => match (date.day, as_of.day) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        },
        _ => true,
    }
}

/// The order of a timeline: by date, a date known only to its month or year after the
/// days of that month or year (it may be any of them), then by kind.
pub fn sort_key(date: PartialDate) -> (u16, u8, u8) {
    (date.year, date.month.unwrap_or(13), date.day.unwrap_or(32))
}

/// The institute's events on or before `as_of`, in timeline order.
pub fn events_by(inst: &Institute, as_of: PartialDate) -> Vec<&Event> {
    let mut out: Vec<&Event> = inst
        .events
        .iter()
        .filter(|e| on_or_before(e.date, as_of))
        .collect();
    out.sort_by_key(|e| (sort_key(e.date), e.kind));
    out
}

fn established_by(inst: &Institute, as_of: PartialDate) -> bool {
    inst.established.is_some_and(|m| {
        on_or_before(
            PartialDate {
                year: m.year,
                month: Some(m.month),
                day: None,
            },
            as_of,
        )
    })
}

/// The institutes established by the date the sources were last checked (an award
/// under a termination notice is not counted: see [`status`]).
pub fn established_institutes(ds: &Dataset) -> impl Iterator<Item = &Institute> {
    let at = ds.sources_checked;
    ds.institutes
        .iter()
        .filter(move |i| status(i, at) == InstituteStatus::Established)
}

/// The institute's status at `as_of`: a termination notice overrides everything; an
/// establishment month or an award makes it established; a competition announces it.
pub fn status(inst: &Institute, as_of: PartialDate) -> InstituteStatus {
    let events = events_by(inst, as_of);
    let has = |kinds: &[EventKind]| events.iter().any(|e| kinds.contains(&e.kind));
    if has(&[EventKind::TerminationNotice]) {
        InstituteStatus::AwardTerminated
    } else if established_by(inst, as_of) || has(&[EventKind::Award, EventKind::Established]) {
        InstituteStatus::Established
    } else if has(&[
        EventKind::NoticeOfIntent,
        EventKind::FundingOpportunity,
        EventKind::Finalists,
        EventKind::Selected,
    ]) {
        InstituteStatus::Announced
    } else {
        InstituteStatus::Planned
    }
}

/// Whether every source of `cites` is a copy of another outlet's text.
pub fn rests_on_copies(ds: &Dataset, cites: &[Citation]) -> bool {
    !cites.is_empty()
        && cites.iter().all(|c| {
            ds.source(&c.source)
                .is_some_and(|s| s.kind == SourceKind::Copy)
        })
}

/// The institutes whose status at `date` is `wanted`.
pub fn institutes_with(
    ds: &Dataset,
    date: PartialDate,
    wanted: InstituteStatus,
) -> Vec<&Institute> {
    ds.institutes
        .iter()
        .filter(|i| status(i, date) == wanted)
        .collect()
}

/// How many institutes this dataset's records count as established at `date`, with an
/// award under a termination notice counted too (the notice does not say the institute
/// has left the network). The number a source's stated count is checked against.
pub fn records_count(ds: &Dataset, date: PartialDate) -> usize {
    ds.institutes
        .iter()
        .filter(|i| {
            matches!(
                status(i, date),
                InstituteStatus::Established | InstituteStatus::AwardTerminated
            )
        })
        .count()
}
