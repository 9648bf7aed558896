//! In-app paths of the records that have a page, written once. The app adds its base
//! path (`base::href`); search results and sentences use these as they are.

/// `/institutes/<id>`
pub fn institute(id: &str) -> String {
    format!("/institutes/{id}")
}

/// `/goals/<id>`
pub fn goal(id: &str) -> String {
    format!("/goals/{id}")
}

/// The element id of an objective's heading: "1.1" → "objective-1-1".
pub fn objective_anchor(id: &str) -> String {
    format!("objective-{}", id.replace('.', "-"))
}

/// `/goals/<goal>#objective-<n-n>`: an objective on its goal's page.
pub fn objective(goal: &str, objective: &str) -> String {
    format!("/goals/{goal}#{}", objective_anchor(objective))
}
