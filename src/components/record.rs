//! An institute at award and since: website, operator, announcement, funding at award,
//! later federal funding and dated member counts, each value with its quote, its other
//! readings and its source line; what no source gives says "not reported".

use std::sync::Arc;

use explorer_core::data::model::{
    Dataset, InstituteRecord, SourcedAmount, SourcedDate, SourcedText,
};
use explorer_core::format;
use explorer_core::history::TimelineItem;
use explorer_core::institutes::funding::shown;
use leptos::prelude::*;

use crate::components::source_line::SourceLine;
use explorer_core::sources::source_ids;

/// The host of an address, for the link text ("www.americamakes.us").
fn host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

fn quote(q: Option<String>) -> impl IntoView {
    q.map(|q| view! { <p class="record__quote">"Read in: "<q>{q}</q></p> })
}

fn readings(ds: &Dataset, a: &SourcedAmount) -> impl IntoView {
    (!a.other_readings.is_empty()).then(|| {
        let items = a
            .other_readings
            .iter()
            .map(|r| {
                view! {
                    <li>
                        {format!("{} — {}", format::amount(r.value, a.unit, r.qualifier), r.text)}
                        {format!(" ({})", ds.cite_text(&r.sources))}
                        {r.quote.clone().map(|q| view! { ": "<q>{q}</q> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="record__others">
                <p><strong>"Other sources print: "</strong></p>
                <ul>{items}</ul>
                {a.shown_because.clone().map(|w| view! { <p>"Shown above: "{w}</p> })}
            </div>
        }
    })
}

/// One amount: value, what it is, quote, other readings, notes and source line.
#[component]
fn Amount(ds: Arc<Dataset>, amount: SourcedAmount) -> impl IntoView {
    let in_parts = amount.number().is_none() && !amount.breakdown.is_empty();
    let value = if in_parts {
        "Printed only in parts".to_string()
    } else {
        shown(&amount)
    };
    let not_reported = amount.number().is_none() && !in_parts;
    let date = amount.date.map(|d| format!(" ({})", d.long()));
    let breakdown = (!amount.breakdown.is_empty()).then(|| {
        let parts: Vec<String> = amount
            .breakdown
            .iter()
            .map(|p| {
                format!(
                    "{} ({})",
                    format::amount(p.value, amount.unit, Default::default()),
                    p.label
                )
            })
            .collect();
        let lead = if in_parts {
            "The parts, not added up here: "
        } else {
            "In parts: "
        };
        view! { <p class="record__parts">{format!("{lead}{}.", parts.join("; "))}</p> }
    });
    let ids = (!amount.sources.is_empty()).then(|| source_ids(&amount.sources));
    let not_figure = ids.is_none().then_some("a value no source gives");
    view! {
        <div class="record__value" data-sources=ids data-not-figure=not_figure>
            <p>
                <strong class:not-reported=not_reported>{value}</strong>
                {amount.label.clone().map(|l| format!(" {l}"))}
                {date}
            </p>
            {breakdown}
            {quote(amount.quote.clone())}
            {readings(&ds, &amount)}
            {amount.uncertain.clone().map(|u| view! { <p class="figure-note figure-note--uncertain"><strong>"Uncertain: "</strong>{u}</p> })}
            {amount.note.clone().map(|n| view! { <p class="figure-note">{n}</p> })}
            {(!amount.sources.is_empty()).then(|| view! { <SourceLine dataset=ds.clone() cites=amount.sources.clone()/> })}
        </div>
    }
}

fn text_value(ds: &Arc<Dataset>, t: &SourcedText, body: AnyView) -> AnyView {
    view! {
        <div class="record__value" data-sources=source_ids(&t.sources)>
            <p>{body}</p>
            {quote(Some(t.quote.clone()))}
            {t.note.clone().map(|n| view! { <p class="figure-note">{n}</p> })}
            <SourceLine dataset=ds.clone() cites=t.sources.clone()/>
        </div>
    }
    .into_any()
}

fn not_reported(what: &'static str) -> AnyView {
    view! { <p class="not-reported" data-not-figure=what>{format::NOT_REPORTED}</p> }.into_any()
}

fn announced(ds: &Arc<Dataset>, a: &SourcedDate) -> AnyView {
    let others = (!a.other_readings.is_empty()).then(|| {
        let items = a
            .other_readings
            .iter()
            .map(|o| {
                view! { <li>{o.date.long()}{format!(" ({}): ", ds.cite_text(&o.sources))}<q>{o.quote.clone()}</q></li> }
            })
            .collect_view();
        view! {
            <div class="record__others">
                <p><strong>"Another date in the sources: "</strong></p>
                <ul>{items}</ul>
                {a.shown_because.clone().map(|w| view! { <p>"Shown above: "{w}</p> })}
            </div>
        }
    });
    let cites: Vec<_> = a
        .sources
        .iter()
        .chain(a.other_readings.iter().flat_map(|o| &o.sources))
        .cloned()
        .collect();
    view! {
        <div class="record__value" data-sources=source_ids(&cites)>
            <p><strong>{a.date.long()}</strong></p>
            {quote(Some(a.quote.clone()))}
            {others}
            {a.uncertain.clone().map(|u| view! { <p class="figure-note figure-note--uncertain"><strong>"Uncertain: "</strong>{u}</p> })}
            {a.note.clone().map(|n| view! { <p class="figure-note">{n}</p> })}
            <SourceLine dataset=ds.clone() cites=a.sources.clone()/>
        </div>
    }
    .into_any()
}

#[component]
pub fn Record(
    ds: Arc<Dataset>,
    record: InstituteRecord,
    later: Vec<TimelineItem>,
) -> impl IntoView {
    let website = match &record.website {
        Some(w) => {
            let url = w.text.clone();
            let label = host(&url).to_string();
            text_value(
                &ds,
                w,
                view! {
                    <a href=url class="external" rel="external noopener noreferrer">{label}<span class="visually-hidden">" (leaves this site)"</span></a>
                    <span class="external__note" aria-hidden="true">" leaves this site"</span>
                }
                .into_any(),
            )
        }
        None => not_reported("a website no source gives"),
    };
    let operator = match &record.operator {
        Some(o) => text_value(&ds, o, view! { {o.text.clone()} }.into_any()),
        None => not_reported("an operator no source gives"),
    };
    let announced = match &record.announced {
        Some(a) => announced(&ds, a),
        None => not_reported("a date no source gives"),
    };
    // Later funding comes from the history (the record's renewals and the events), so
    // this list and the history above cannot disagree.
    let renewals = if later.is_empty() {
        view! { <p data-not-figure="no renewal">"None found in the sources read."</p> }.into_any()
    } else {
        let items = later
            .iter()
            .map(|i| {
                let what = if i.figures.is_empty() {
                    i.summary.clone()
                } else {
                    i.figures.join("; ")
                };
                view! {
                    <li data-sources=source_ids(&i.sources)>
                        <a href=format!("#{}", i.anchor)>{i.date.long()}</a>{format!(" ({}): {what}", i.kind_label.to_lowercase())}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="record__later">{items}</ul> }.into_any()
    };
    let members = if record.members.is_empty() {
        not_reported("a member count no source gives")
    } else {
        let items = record
            .members
            .iter()
            .map(|m| view! { <li><Amount ds=ds.clone() amount=m.clone()/></li> })
            .collect_view();
        view! { <ol class="record__members">{items}</ol> }.into_any()
    };
    view! {
        <section class="record" aria-labelledby="record">
            <h2 id="record">"At award and since"</h2>
            <p>"Each value as its source prints it, with the sentence it was read in. Where sources disagree, both are shown."</p>
            <dl class="facts facts--stacked record__facts">
                <div><dt>"Website"</dt><dd>{website}</dd></div>
                <div><dt>"Run by"</dt><dd>{operator}</dd></div>
                <div><dt>"Announced"</dt><dd>{announced}</dd></div>
                <div><dt>"Federal funding at award"</dt><dd><Amount ds=ds.clone() amount=record.federal_at_award.clone()/></dd></div>
                <div><dt>"Non-federal cost share at award"</dt><dd><Amount ds=ds.clone() amount=record.nonfederal_at_award.clone()/></dd></div>
                <div><dt>"Later federal funding"</dt><dd>{renewals}</dd></div>
                <div><dt>"Members, by date"</dt><dd>{members}</dd></div>
            </dl>
        </section>
    }
}
