//! The federal partner agencies: their order on /agencies, the sentence that counts
//! them, each one's role in words and the institutes it sponsors.

use crate::data::model::{AgencyRole, Dataset, Institute, InstituteStatus, PartnerAgency};
use crate::order::sort_by_key;
use crate::takeaway::plural;

/// "Sponsor" or "Participant".
pub fn role_label(role: AgencyRole) -> &'static str {
    match role {
        AgencyRole::Sponsor => "Sponsor",
        AgencyRole::Participant => "Participant",
    }
}

/// Sponsors first, then participants, each group in dataset order.
pub fn in_order(ds: &Dataset) -> Vec<&PartnerAgency> {
    let mut agencies: Vec<&PartnerAgency> = ds.agencies.iter().collect();
    sort_by_key(&mut agencies, &|a| match a.role {
        AgencyRole::Sponsor => 0,
        AgencyRole::Participant => 1,
    });
    agencies
}

/// The institutes an agency sponsors: established ones, then announced or planned.
pub fn sponsored<'a>(ds: &'a Dataset, agency_id: &str) -> (Vec<&'a Institute>, Vec<&'a Institute>) {
    ds.institutes
        .iter()
        .filter(|i| i.sponsor.id() == agency_id)
        .partition(|i| {
            crate::data::status::status(i, ds.sources_checked) == InstituteStatus::Established
        })
}

/// The page's first sentence: how many partner agencies, sponsors and participants.
pub fn intro(ds: &Dataset) -> String {
    let agencies = in_order(ds);
    let sponsors = agencies
        .iter()
        .filter(|a| a.role == AgencyRole::Sponsor)
        .count();
    let participants = agencies.len() - sponsors;
    format!(
        "Manufacturing USA has {}: {} and {}. Sponsors establish institutes and oversee \
         them through a sponsoring office; participants support the network through their \
         own programs.",
        plural(
            agencies.len(),
            "federal partner agency",
            "federal partner agencies"
        ),
        plural(sponsors, "sponsor", "sponsors"),
        plural(participants, "participant", "participants"),
    )
}
