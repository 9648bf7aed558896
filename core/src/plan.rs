//! Where the plan's goal and objective wording comes from, said in plain words where a
//! reader first meets it: which titles are NIST's English and which were read in the
//! machine translation of the plan.

use crate::data::model::{Dataset, Goal, LinkBasis, Story};
use crate::takeaway::and_list;

/// The sentences that say how the wording of `goals` was read, or `None` when none of it
/// comes from the machine translation. The † mark is explained with it.
pub fn wording_note(goals: &[&Goal]) -> Option<String> {
    let english: Vec<&str> = goals
        .iter()
        .filter(|g| !g.translated)
        .map(|g| g.id.as_str())
        .collect();
    let translated: Vec<&str> = goals
        .iter()
        .filter(|g| g.translated)
        .map(|g| g.id.as_str())
        .collect();
    let objectives: Vec<_> = goals.iter().flat_map(|g| &g.objectives).collect();
    let translated_objectives = objectives.iter().filter(|o| o.translated).count();
    if translated.is_empty() && translated_objectives == 0 {
        return None;
    }
    let mut read = Vec::new();
    let mut plural = false;
    match translated.as_slice() {
        [] => {}
        [one] => read.push(format!("the title of goal {one}")),
        many => {
            plural = true;
            read.push(format!("the titles of goals {}", and_list(many)));
        }
    }
    if translated_objectives > 0 {
        let which = match (translated_objectives, objectives.len()) {
            (1, 1) => "its objective".to_string(),
            (n, all) if n == all => format!("all {n} objectives"),
            (1, _) => "1 objective".to_string(),
            (n, _) => format!("{n} objectives"),
        };
        plural |= translated_objectives > 1;
        let parts = if translated_objectives == 1 {
            "its title, approach and action"
        } else {
            "their titles, approaches and actions"
        };
        read.push(format!("{which} ({parts})"));
    }
    let verb = if plural || read.len() > 1 {
        "were"
    } else {
        "was"
    };
    let mut text = format!(
        "How this wording was read: {} {verb} read in a Korean machine translation of the \
         2024 Strategic Plan and put back into English here. That wording, marked †, is a \
         reading of the translation, not the plan's own words.",
        read.join(" and ")
    );
    // Where an English title comes from differs by goal (the 2019 plan, NIST's page for
    // the 2024 plan): each goal says it in its `title_note`, shown on its page.
    match english.as_slice() {
        [] => {}
        [one] => text.push_str(&format!(
            " The title of goal {one} is English wording that the translation matches; the \
             goal's page says where that wording is from."
        )),
        many => text.push_str(&format!(
            " The titles of goals {} are English wording that the translation matches; each \
             goal's page says where that wording is from.",
            and_list(many)
        )),
    }
    Some(text)
}

/// Stories linked to one objective, with how each link is known.
pub fn stories_for(ds: &Dataset, objective: &str) -> Vec<(Story, LinkBasis)> {
    ds.stories
        .iter()
        .filter_map(|s| {
            s.objectives
                .iter()
                .find(|l| l.objective == objective)
                .map(|l| (s.clone(), l.basis))
        })
        .collect()
}

/// Stories linked to any objective of a goal, each once, in dataset order.
pub fn stories_of_goal<'a>(ds: &'a Dataset, goal: &Goal) -> Vec<&'a Story> {
    ds.stories
        .iter()
        .filter(|s| {
            s.objectives
                .iter()
                .any(|l| goal.objectives.iter().any(|o| o.id == l.objective))
        })
        .collect()
}

/// "Illustrated by 3 success stories.", for a goal's summary.
pub fn stories_count_text(n: usize) -> String {
    match n {
        0 => "No success story in the dataset illustrates this goal yet.".to_string(),
        1 => "Illustrated by 1 success story.".to_string(),
        n => format!("Illustrated by {n} success stories."),
    }
}
