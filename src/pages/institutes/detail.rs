//! `/institutes/:id`: one institute, its status and history, its record at award, its
//! figures, stories, objectives and topics.

use crate::base::href;
use crate::components::breadcrumbs::{Breadcrumbs, UnknownId};
use crate::components::dataset::with_dataset;
use crate::components::figure_notes::FigureNotes;
use crate::components::history::{EventList, StatusNote};
use crate::components::page_title::set_page_title;
use crate::components::record::Record;
use crate::components::source_line::SourceLine;
use explorer_core::data::model::{Dataset, LinkBasis};
use explorer_core::format;
use explorer_core::institutes::charts::PAGE;
use explorer_core::links;
use explorer_core::order::sort_with;
use explorer_core::sources::{source_ids, sources_as_of};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn InstitutePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")).unwrap_or_default());
    view! {
        <div class="page">
            {move || {
                let id = id.get();
                with_dataset(move |ds| view! { <InstituteDetail ds id=id.clone()/> }.into_any())
            }}
        </div>
    }
}

#[component]
pub(super) fn InstituteDetail(ds: Arc<Dataset>, id: String) -> impl IntoView {
    let Some(inst) = ds.institute(&id).cloned() else {
        set_page_title("Institute not found");
        return view! {
            <Breadcrumbs trail=vec![(PAGE, "Institutes")] current="Not found".to_string()/>
            <h1>"Institute not found"</h1>
            <UnknownId what="institute" id back_path=PAGE back_label="All institutes"/>
        }
        .into_any();
    };
    set_page_title(&inst.acronym);
    let stories: Vec<_> = ds
        .stories
        .iter()
        .filter(|s| s.institute == inst.id)
        .cloned()
        .collect();
    let mut objective_ids: Vec<(String, LinkBasis)> = Vec::new();
    for s in &stories {
        for o in &s.objectives {
            if !objective_ids.iter().any(|(k, _)| *k == o.objective) {
                objective_ids.push((o.objective.clone(), o.basis));
            }
        }
    }
    sort_with(&mut objective_ids, &|a, b| a.0.cmp(&b.0));
    let objectives = objective_ids
        .into_iter()
        .filter_map(|(oid, basis)| {
            ds.objective(&oid)
                .map(|(g, o)| (g.id.clone(), o.clone(), basis))
        })
        .map(|(gid, o, basis)| {
            let link = links::objective(&gid, &o.id);
            view! {
                <li data-sources=source_ids(&o.sources)>
                    <a href=href(&link)>{format!("{} {}", o.id, o.title)}</a>
                    {(basis == LinkBasis::Editorial).then_some(" (editorial link)")}
                </li>
            }
        })
        .collect_view();
    let topics = inst
        .topics
        .iter()
        .filter_map(|t| ds.topic(&t.topic).map(|topic| (topic.name.clone(), t.basis)))
        .map(|(name, basis)| {
            view! { <li>{name}{(basis == LinkBasis::Editorial).then_some(" (editorial: the plan does not state this link)")}</li> }
        })
        .collect_view();
    let story_items = stories
        .iter()
        .map(|s| {
            let figures = s
                .figures
                .iter()
                .map(|f| view! { <li>{format!("{}: {}", f.label, format::figure(f))}<FigureNotes ds=ds.clone() figure=f.clone()/></li> })
                .collect_view();
            view! {
                <li class="story" data-sources=source_ids(&s.sources)>
                    <h3 class="story__title">{s.title.clone()}{s.translated.then_some(" †")}</h3>
                    <p>{s.summary.clone()}</p>
                    {(!s.partners.is_empty()).then(|| view! { <p class="note">{format!("Partners: {}", s.partners.join(", "))}</p> })}
                    {(!s.figures.is_empty()).then(|| view! { <ul class="story__figures">{figures}</ul> })}
                    <SourceLine dataset=ds.clone() cites=s.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let figures = inst
        .figures
        .iter()
        .map(|f| {
            view! {
                <li data-sources=source_ids(&f.sources)>
                    <strong>{f.label.clone()}": "</strong>{format::figure(f)}" ("{f.period.clone()}")"
                    <FigureNotes ds=ds.clone() figure=f.clone()/>
                    <SourceLine dataset=ds.clone() cites=f.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    let hq = if inst.headquarters.is_empty() {
        format::NOT_REPORTED.to_string()
    } else {
        inst.headquarters_label()
    };
    // The plan's month of establishment; for an institute established after the plan,
    // its award's date; otherwise it is not established.
    let award = inst
        .events
        .iter()
        .find(|e| e.kind == explorer_core::data::model::EventKind::Award);
    let established = match (inst.established, award) {
        (Some(d), _) => d.long(),
        (None, Some(e)) => format!(
            "Awarded {} (no month of establishment in the sources read)",
            e.date.long()
        ),
        (None, None) => "not established".to_string(),
    };
    let has_stories = !stories.is_empty();
    let has_topics = !inst.topics.is_empty();
    let history = explorer_core::history::institute_timeline(&inst);
    let later = explorer_core::history::later_funding(&inst);
    view! {
        <Breadcrumbs trail=vec![(PAGE, "Institutes")] current=inst.acronym.clone()/>
        <h1>{inst.acronym.clone()}</h1>
        <p class="lead">{inst.name.clone()}</p>
        <StatusNote ds=ds.clone() inst=inst.clone()/>
        <div data-sources=source_ids(&inst.sources) data-as-of=sources_as_of(&ds, &inst.sources)>
        <dl class="facts facts--stacked">
            <div><dt>"Technology focus"</dt><dd>{inst.focus.clone()}{inst.translated.then_some(" †")}</dd></div>
            <div><dt>"Sponsor"</dt><dd><a href=href("/agencies")>{inst.sponsor.name()}</a>{format!(" ({})", inst.sponsor.code())}</dd></div>
            <div><dt>"Sponsoring office"</dt><dd>{inst.sponsoring_office.clone()}</dd></div>
            <div><dt>"Headquarters"</dt><dd>{hq}</dd></div>
            <div><dt>"Established"</dt><dd>{established}</dd></div>
            {(!inst.other_names.is_empty()).then(|| view! { <div><dt>"Also known as"</dt><dd>{inst.other_names.join("; ")}</dd></div> })}
        </dl>
        {inst.note.clone().map(|n| view! { <p class="note">{n}</p> })}
        {inst.translated.then(|| view! { <p class="note">"† Read in the machine translation of the 2024 Strategic Plan."</p> })}
        <SourceLine dataset=ds.clone() cites=inst.sources.clone()/>
        </div>
        <section aria-labelledby="history">
            <h2 id="history">"History"</h2>
            <p data-not-figure="the date the sources were last checked">{format!("Every dated event the sources read give, oldest first, as of {}.", ds.sources_checked.long())}</p>
            <EventList ds=ds.clone() items=history/>
        </section>
        {inst.record.clone().map(|record| view! { <Record ds=ds.clone() record later/> })}
        {(!inst.figures.is_empty()).then(|| view! { <h2>"Figures"</h2><ul class="plain-list">{figures}</ul> })}
        <h2>"Success stories in the plan"</h2>
        {if has_stories {
            view! { <ul class="story-list">{story_items}</ul> }.into_any()
        } else {
            view! { <p>"The plan tells no success story of this institute."</p> }.into_any()
        }}
        <h2>"Objectives its stories illustrate"</h2>
        {if has_stories {
            view! { <ul class="plain-list">{objectives}</ul> }.into_any()
        } else {
            view! { <p>"None: the plan links no story of this institute to an objective."</p> }.into_any()
        }}
        <h2>"National priority topics"</h2>
        {if has_topics {
            view! { <ul class="plain-list">{topics}</ul> }.into_any()
        } else {
            view! { <p>"No topic is linked to this institute."</p> }.into_any()
        }}
        <p><a href=href(PAGE)>"All institutes"</a></p>
    }
    .into_any()
}
