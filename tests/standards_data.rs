//! The standards in seeds/ name real options, carry next steps and sources.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use std::collections::HashSet;
use thriving_third_sector::domain::standards::{split_option, Rule};

#[test]
fn has_no_problems() {
    assert_eq!(standards().problems(q()), Vec::<String>::new());
}

#[test]
fn holds_the_thirteen_recommended_items_with_influence_first() {
    let ids: Vec<_> = standards()
        .standards
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "influence",
            "internal_promotion",
            "officer",
            "senior_lead",
            "monitoring",
            "plan_mention",
            "strategy",
            "induction",
            "infrastructure_funding",
            "commissioning",
            "funding_mix",
            "communication",
            "compact"
        ]
    );
    let key: Vec<_> = standards()
        .standards
        .iter()
        .filter(|s| s.key_driver)
        .collect();
    assert_eq!(key.len(), 1);
    assert_eq!(key[0].id, "influence");
}

#[test]
fn a_rule_naming_a_missing_option_is_reported() {
    let mut broken = standards().clone();
    broken.standards[0].met = Rule::Option("q2.lspp".into());
    broken.standards[1].next_steps.met.clear();
    let problems = broken.problems(q());
    assert!(problems.iter().any(|p| p == "influence: no option q2.lspp"));
    assert!(problems
        .iter()
        .any(|p| p == "internal_promotion: no next step when met"));
}

#[test]
fn every_option_of_the_scored_questions_feeds_a_standard_or_is_context() {
    let used: HashSet<String> = standards()
        .standards
        .iter()
        .flat_map(|s| s.references())
        .filter_map(|r| match r {
            Rule::Option(reference) => Some(reference.clone()),
            _ => None,
        })
        .collect();
    // Context only: describes the support but no minimum standard asks for it,
    // or says nothing for or against one (a plan, a "none" answer).
    let context: HashSet<&str> = [
        "q1.premises",
        "q1.iag",
        "q1.capacity_building",
        "q1.rate_relief",
        "q1.equipment",
        "q1.training",
        "q1.mentoring",
        "q1.staff_volunteering",
        "q1.social_enterprise",
        "q1.events",
        "q1.recruitment",
        "q1.none",
        "q2.joint_delivery",
        "q2.none",
        "q5.none",
        "q6_1.review_compact",
        "q6_1.review_funding",
        "q6_1.consider_strategy",
        "q6_1.discuss_with_vcs",
        "q6_1.no_cuts",
        "q6_1.align_community_strategy",
        "q6_1.capacity_building",
        "q6_1.no_plans",
        "q6_2.continue_liaison",
        "q6_2.develop_strategy",
        "q6_2.gateway",
        "q6_2.due_discussion",
        "q6_2.subgroups",
        "q6_2.volunteering",
        "q6_2.secondment",
        "q6_2.no_plans",
        "q6_3.no_plans",
    ]
    .into();
    for part in ["q1", "q2", "q5", "q6_1", "q6_2", "q6_3"] {
        for option in &q().part(part).unwrap().1.options {
            let reference = format!("{part}.{}", option.id);
            assert!(
                used.contains(&reference) ^ context.contains(reference.as_str()),
                "{reference} must either feed a standard or be listed as context, not both"
            );
        }
    }
    for reference in &used {
        let (part, option) = split_option(reference);
        assert!(q().part(part).unwrap().1.option(option).is_some());
    }
}

#[test]
fn every_standard_explains_its_rules_in_words() {
    for s in &standards().standards {
        assert!(
            !s.met_when.trim().is_empty() && !s.partly_when.trim().is_empty(),
            "{}",
            s.id
        );
        assert!(!s.meaning.trim().is_empty(), "{}", s.id);
    }
}
