//! Next steps come in the order the issue asks: the key driver first, then
//! not met, then partly met, each with a source.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::domain::action_plan::action_plan;
use thriving_third_sector::domain::scoring::{score_all, Status};

#[test]
fn key_driver_then_not_met_then_partly_met() {
    let a = answers(
        &[
            "q2.liaison",
            "q1.grants",
            "q5.none",
            "q10.no",
            "q2.task_finish",
        ],
        &[],
    );
    let scores = score_all(standards(), q(), &a);
    let plan = action_plan(&scores, standards());
    let order: Vec<(&str, Status)> = plan
        .iter()
        .map(|a| (a.standard.id.as_str(), a.score.status))
        .collect();
    let mut seen = order.clone();
    seen.dedup();
    assert_eq!(
        seen,
        [
            ("influence", Status::PartlyMet),
            ("officer", Status::NotMet),
            ("monitoring", Status::NotMet),
            ("infrastructure_funding", Status::NotMet),
            ("commissioning", Status::NotMet),
            ("funding_mix", Status::PartlyMet),
            ("communication", Status::PartlyMet),
        ]
    );
    assert!(plan
        .iter()
        .all(|a| !a.step.source.is_empty() && !a.step.text.is_empty()));
    let first = &plan[0];
    assert_eq!(
        first.step,
        &standards()
            .standard("influence")
            .unwrap()
            .next_steps
            .partly_met[0]
    );
}

#[test]
fn met_and_unanswered_standards_add_no_steps() {
    let a = answers(&["q2.liaison", "q2.regular_meetings"], &[]);
    let scores = score_all(standards(), q(), &a);
    let plan = action_plan(&scores, standards());
    assert!(plan.iter().all(|a| a.standard.id != "communication"));
    assert!(plan.iter().all(|a| a.score.status != Status::NotAnswered));
    assert!(action_plan(
        &score_all(standards(), q(), &answers(&[], &[])),
        standards()
    )
    .is_empty());
}
