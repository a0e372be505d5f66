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
    let context = &standards().context_only;
    for part in ["q1", "q2", "q5", "q6_1", "q6_2", "q6_3"] {
        for option in &q().part(part).unwrap().1.options {
            let reference = format!("{part}.{}", option.id);
            assert!(
                used.contains(&reference) ^ context.contains_key(&reference),
                "{reference} must either feed a standard or be listed as context, not both"
            );
        }
    }
    for (reference, why) in context {
        let (part, option) = split_option(reference);
        assert!(
            q().part(part).unwrap().1.option(option).is_some(),
            "{reference}"
        );
        assert!(!why.trim().is_empty(), "{reference} needs a reason");
    }
    for reference in &used {
        let (part, option) = split_option(reference);
        assert!(q().part(part).unwrap().1.option(option).is_some());
    }
}

#[test]
fn every_standard_explains_its_rules_in_words_and_cites_its_source() {
    for s in &standards().standards {
        assert!(s.source.starts_with("001 Recommendations"), "{}", s.id);
        assert!(
            !s.met_when.trim().is_empty() && !s.partly_when.trim().is_empty(),
            "{}",
            s.id
        );
        assert!(!s.meaning.trim().is_empty(), "{}", s.id);
    }
}

#[test]
fn chart_labels_fit_their_column() {
    // The charts give names 330 of 1000 units at about 13 units a character.
    for s in &standards().standards {
        let label = if s.key_driver {
            format!("{} (key)", s.short_title)
        } else {
            s.short_title.clone()
        };
        assert!(
            label.chars().count() <= 24,
            "{label} is too long for a chart row"
        );
    }
}
