//! The plain-words note on where goal and objective wording comes from.

use explorer_core::data::model::{Dataset, Goal};
use explorer_core::load_dataset;
use explorer_core::plan::wording_note;

fn ds() -> Dataset {
    load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap()
}

#[test]
fn the_shipped_plan_names_the_translated_and_the_english_wording() {
    let ds = ds();
    let goals: Vec<&Goal> = ds.plan.goals.iter().collect();
    let note = wording_note(&goals).expect("the objectives were read in translation");
    let english: Vec<&str> = goals
        .iter()
        .filter(|g| !g.translated)
        .map(|g| g.id.as_str())
        .collect();
    let objectives: usize = goals.iter().map(|g| g.objectives.len()).sum();
    assert!(note.contains("Korean machine translation"), "{note}");
    assert!(
        note.contains(&format!("all {objectives} objectives")),
        "{note}"
    );
    for g in goals.iter().filter(|g| g.translated) {
        assert!(note.contains(&format!("goal {}", g.id)), "{note}");
    }
    assert!(
        note.contains(&format!(
            "goals {}",
            english.join(", ").replacen(
                &format!(", {}", english.last().unwrap()),
                &format!(" and {}", english.last().unwrap()),
                1
            )
        )),
        "{note}"
    );
}

#[test]
fn one_goal_at_a_time() {
    let ds = ds();
    let mut english = ds.plan.goals[0].clone();
    english.translated = false;
    let note = wording_note(&[&english]).expect("its objectives are translated");
    assert!(
        note.contains(&format!("all {} objectives", english.objectives.len())),
        "{note}"
    );
    assert!(note.ends_with(&format!(" The title of goal {} is English wording that the translation matches; the goal's page says where that wording is from.", english.id)), "{note}");

    let mut all_english = english.clone();
    for o in &mut all_english.objectives {
        o.translated = false;
    }
    assert_eq!(
        wording_note(&[&all_english]),
        None,
        "nothing read in translation, nothing to say"
    );

    let mut title_only = all_english.clone();
    title_only.translated = true;
    let note = wording_note(&[&title_only]).unwrap();
    assert!(
        note.contains(&format!("the title of goal {} was read", title_only.id)),
        "{note}"
    );

    let mut one = all_english;
    one.objectives.truncate(1);
    one.objectives[0].translated = true;
    let note = wording_note(&[&one]).unwrap();
    assert!(
        note.contains("its objective (its title, approach and action) was read"),
        "{note}"
    );
}
