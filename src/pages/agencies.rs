//! `/agencies`: the federal partner agencies of the 2024 Strategic Plan, sponsors
//! first, with what the plan says of each, its figures and the institutes it sponsors.

use std::sync::Arc;

use explorer_core::agencies::{in_order, intro, role_label, sponsored};
use explorer_core::data::model::{
    distinct_sources, AgencyRole, Citation, Dataset, InstituteStatus, PartnerAgency,
};
use explorer_core::links;
use leptos::prelude::*;

use crate::base::href;
use crate::components::data_table::{Column, DataTable};
use crate::components::figure_item::FigureItem;
use crate::components::page::page;
use crate::components::source_line::source_line;
use crate::components::translated::{translated_mark, TranslatedNote};
use explorer_core::sources::{source_ids, sources_as_of};

#[component]
pub fn AgenciesPage() -> impl IntoView {
    page(
        "Federal partner agencies",
        "Federal partner agencies",
        |ds| view! { <AgenciesContent ds/> }.into_any(),
    )
}

fn section_id(agency: &PartnerAgency) -> String {
    format!("agency-{}", agency.id)
}

#[component]
fn AgenciesContent(ds: Arc<Dataset>) -> impl IntoView {
    let agencies = in_order(&ds);
    let intro = intro(&ds);
    let rows = agencies
        .iter()
        .map(|a| view! { <SummaryRow ds=ds.clone() agency=(*a).clone()/> })
        .collect_view();
    let sections = agencies
        .iter()
        .map(|a| view! { <AgencySection ds=ds.clone() agency=(*a).clone()/> })
        .collect_view();
    let any_translated = agencies.iter().any(|a| a.translated);
    // The counts come from the agency records, whose sources the plan's own count
    // (p.2, p.3, p.7) agrees with; the institutes sponsored come from their records.
    // The plan's own count with its pages first; a source it shares with the agency
    // records is named once.
    let mut intro_cites: Vec<Citation> = ds
        .figure("federal_partner_agencies")
        .map(|f| f.sources.clone())
        .unwrap_or_default();
    for c in distinct_sources(agencies.iter().flat_map(|a| &a.sources)) {
        if !intro_cites.iter().any(|k| k.source == c.source) {
            intro_cites.push(c);
        }
    }
    let mut glance_cites = intro_cites.clone();
    for c in distinct_sources(ds.institutes.iter().flat_map(|i| &i.sources)) {
        if !glance_cites.iter().any(|k| k.source == c.source) {
            glance_cites.push(c);
        }
    }
    view! {
        <div data-sources=source_ids(&intro_cites) data-as-of=sources_as_of(&ds, &intro_cites)>
            <p class="lead" id="agencies-intro">{intro}</p>
            {source_line(&ds, &intro_cites)}
        </div>
        {any_translated.then(|| view! { <TranslatedNote/> })}
        <CommerceRoleSection ds=ds.clone()/>
        <section data-sources=source_ids(&glance_cites) data-as-of=ds.sources_checked.to_string()>
            <h2 id="agencies-at-a-glance">"At a glance"</h2>
            <DataTable
                labelled_by="agencies-at-a-glance"
                caption="Federal partner agencies, their role and the number of established institutes each sponsors"
                columns=GLANCE_COLUMNS
                narrow=true
            >
                {rows}
            </DataTable>
            {source_line(&ds, &glance_cites)}
        </section>
        {sections}
    }
}

const GLANCE_COLUMNS: &[Column] = &[
    ("Agency", false),
    ("Role", false),
    ("Institutes sponsored", true),
];

#[component]
fn SummaryRow(ds: Arc<Dataset>, agency: PartnerAgency) -> impl IntoView {
    let (established, pending) = sponsored(&ds, &agency.id);
    let count = if agency.role == AgencyRole::Sponsor || !established.is_empty() {
        view! { {established.len()} }.into_any()
    } else {
        view! {
            <span aria-hidden="true">"—"</span>
            <span class="visually-hidden">"none"</span>
        }
        .into_any()
    };
    // The others by status, in the statuses' order: "and 1 announced, 1 planned".
    let checked = ds.sources_checked;
    let others: Vec<String> = InstituteStatus::ALL
        .into_iter()
        .filter(|st| *st != InstituteStatus::Established)
        .filter_map(|st| {
            let n = pending
                .iter()
                .filter(|i| explorer_core::history::status(i, checked) == st)
                .count();
            (n > 0).then(|| format!("{n} {}", st.label().to_lowercase()))
        })
        .collect();
    let more = (!others.is_empty()).then(|| format!("and {}", others.join(", ")));
    view! {
        <tr data-agency=agency.id.clone()>
            <th scope="row" data-label=GLANCE_COLUMNS[0].0>
                {agency.name.clone()}
                <span class="table-note">{agency.acronym.clone()}</span>
            </th>
            <td data-label=GLANCE_COLUMNS[1].0>{role_label(agency.role)}</td>
            <td data-label=GLANCE_COLUMNS[2].0 class="num">
                {count}
                {more.map(|m| view! { <span class="table-note">{m}</span> })}
            </td>
        </tr>
    }
}

#[component]
fn AgencySection(ds: Arc<Dataset>, agency: PartnerAgency) -> impl IntoView {
    let id = section_id(&agency);
    let heading_id = format!("{id}-name");
    let labelled_by = heading_id.clone();
    // The summary's sources, then any page a figure cites besides them.
    let mut cites: Vec<Citation> = agency.sources.clone();
    for c in agency.figures.iter().flat_map(|f| &f.sources) {
        if !cites.contains(c) {
            cites.push(c.clone());
        }
    }
    let office = agency.sponsoring_office.clone().map(|o| {
        view! {
            <div>
                <dt>"Sponsoring office"</dt>
                <dd>{o}</dd>
            </div>
        }
    });
    let figures = (!agency.figures.is_empty()).then(|| {
        let items = agency
            .figures
            .iter()
            .map(|f| view! { <FigureItem ds=ds.clone() figure=f.clone()/> })
            .collect_view();
        view! {
            <h3 class="agency__subtitle">"In figures"</h3>
            <ul class="figure-list agency__figures">{items}</ul>
        }
    });
    let institutes = (agency.role == AgencyRole::Sponsor)
        .then(|| view! { <SponsoredInstitutes ds=ds.clone() agency_id=agency.id.clone()/> });
    view! {
        <section class="agency" id=id aria-labelledby=labelled_by data-agency=agency.id.clone() data-sources=source_ids(&cites) data-as-of=sources_as_of(&ds, &cites)>
            <h2 id=heading_id class="agency__name">
                {format!("{} ({})", agency.name, agency.acronym)}
            </h2>
            <dl class="facts agency__facts">
                <div>
                    <dt>"Role"</dt>
                    <dd class="agency__role">{role_label(agency.role)}</dd>
                </div>
                {office}
            </dl>
            <p class="agency__summary">{agency.summary.clone()}{translated_mark(agency.translated)}</p>
            {figures}
            {source_line(&ds, &cites)}
            {institutes}
        </section>
    }
}

#[component]
fn SponsoredInstitutes(ds: Arc<Dataset>, agency_id: String) -> impl IntoView {
    let (established, pending) = sponsored(&ds, &agency_id);
    let cites = distinct_sources(established.iter().chain(&pending).flat_map(|i| &i.sources));
    let list = if established.is_empty() {
        view! { <p class="note">"No established institute in the dataset."</p> }.into_any()
    } else {
        let items = established
            .iter()
            .map(|i| {
                view! {
                    <li data-institute=i.id.clone()>
                        <a href=href(&links::institute(&i.id))>{i.acronym.clone()}</a>
                        <span class="institute-links__name">{format!(" — {}", i.name)}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="institute-links institute-links--established">{items}</ul> }.into_any()
    };
    let pending_list = (!pending.is_empty()).then(|| {
        let items = pending
            .iter()
            .map(|i| {
                view! {
                    <li data-institute=i.id.clone()>
                        <a href=href(&links::institute(&i.id))>{i.name.clone()}</a>
                        " "
                        <span class="status-tag">{explorer_core::history::status(i, ds.sources_checked).label()}</span>
                        <span class="table-note">{format!("as of {}", ds.sources_checked.long())}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="agency__subtitle">"Announced, planned or award terminated"</h3>
            <ul class="institute-links institute-links--pending">{items}</ul>
        }
    });
    view! {
        <div data-sources=source_ids(&cites)>
            <h3 class="agency__subtitle">
                {format!("Institutes sponsored ({} established)", established.len())}
            </h3>
            {list}
            {pending_list}
            {source_line(&ds, &cites)}
        </div>
    }
}

/// What the Department of Commerce says of its role in the program, from its own page.
#[component]
fn CommerceRoleSection(ds: Arc<Dataset>) -> impl IntoView {
    let role = &ds.commerce_role;
    let points = role
        .points
        .iter()
        .map(|p| view! { <li>{p.clone()}</li> })
        .collect_view();
    let cycle = role
        .innovation_cycle
        .iter()
        .map(|step| view! { <li>{step.clone()}</li> })
        .collect_view();
    let note = role.note.clone().map(|n| view! { <p class="note">{n}</p> });
    view! {
        <section aria-labelledby="commerce-role" data-sources=source_ids(&role.sources)>
            <h2 id="commerce-role">"The Department of Commerce’s role, in its own words"</h2>
            <p>"As the Department’s page on Manufacturing USA describes it, the Department:"</p>
            <ul class="commerce-role">{points}</ul>
            <p>"The innovation cycle it describes:"</p>
            <ol class="commerce-cycle">{cycle}</ol>
            {note}
            {source_line(&ds, &role.sources)}
        </section>
    }
}
