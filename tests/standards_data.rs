//! The standards in seeds/ name real options, carry next steps and sources.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{edited, q, standards};
use thriving_third_sector::domain::ids::OptionRef;
use thriving_third_sector::domain::standards::Rule;

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
    broken.standards = edited(broken.standards, |standards| {
        standards[0].met = Rule::Option(OptionRef::new("q2", "lspp"));
        standards[1].next_steps.met = &[];
    });
    let problems = broken.problems(q());
    assert!(problems.iter().any(|p| p == "influence: no option q2.lspp"));
    assert!(problems
        .iter()
        .any(|p| p == "internal_promotion: no next step when met"));
}

#[test]
fn every_option_feeds_a_standard_or_says_why_not() {
    // Checked by `problems`; break it both ways to see it caught.
    let mut reasons = context_only();
    let notes = all_notes();
    assert!(standards().problems_given(q(), &notes, &reasons).is_empty());
    reasons.retain(|(r, _)| *r != OptionRef::new("q1", "premises"));
    reasons.push((OptionRef::new("q1", "grants"), "twice"));
    reasons.push((OptionRef::new("q1", "bribes"), "none"));
    reasons.sort();
    let problems = standards().problems_given(q(), &notes, &reasons);
    for expected in [
        "q1.premises feeds no standard and gives no reason",
        "q1.grants feeds a standard and is context only",
        "context_only names no option q1.bribes",
    ] {
        assert!(problems.iter().any(|p| p == expected), "{problems:?}");
    }
}

#[test]
fn every_rule_gives_its_reason_and_plans_have_words() {
    for s in standards().standards {
        let reason = s.notes().reason;
        assert!(
            reason.len() > 80,
            "{} needs a reason a reader can check",
            s.id
        );
        assert!(
            reason.contains("report") || reason.contains("question"),
            "{}",
            s.id
        );
        assert_eq!(s.planned.is_some(), s.planned_when.is_some(), "{}", s.id);
    }
    let mut broken = standards().clone();
    broken.standards = edited(broken.standards, |standards| {
        standards[0].planned_when = None;
    });
    let mut notes = all_notes();
    notes[2].reason = " ";
    let problems = broken.problems_given(q(), &notes, &context_only());
    assert!(problems.contains(&"officer: no reason given for the rule".to_string()));
    assert!(problems.contains(&"influence: a planned rule needs its words".to_string()));
}

#[test]
fn ni7_context_gives_the_report_figures() {
    let text = standards().ni7().paragraphs.join(" ");
    for figure in ["16.2%", "14%", "17.9%", "autumn 2010", "key driver"] {
        assert!(text.contains(figure), "{figure}");
    }
    assert!(standards().ni7().source.contains("001"));
}

#[test]
fn every_standard_explains_its_rules_in_words_and_cites_its_source() {
    for s in standards().standards {
        assert!(s.source.starts_with("001 Recommendations"), "{}", s.id);
        assert!(!s.met_when.trim().is_empty(), "{}", s.id);
        assert_eq!(
            s.partly.is_some(),
            !s.partly_when.trim().is_empty(),
            "{}",
            s.id
        );
        assert!(!s.notes().meaning.trim().is_empty(), "{}", s.id);
    }
}

#[test]
fn chart_labels_fit_their_column() {
    // The charts give names 330 of 1000 units at about 13 units a character.
    for s in standards().standards {
        let label = if s.key_driver {
            format!("{} (key)", s.short_title)
        } else {
            s.short_title.to_string()
        };
        assert!(
            label.chars().count() <= 24,
            "{label} is too long for a chart row"
        );
    }
}

fn all_notes() -> Vec<thriving_third_sector::domain::standards::StandardNotes> {
    standards()
        .standards
        .iter()
        .map(|s| s.notes().clone())
        .collect()
}

/// The options that feed no standard, with why, sorted as the build writes them.
fn context_only() -> Vec<(OptionRef, &'static str)> {
    let mut list: Vec<_> = q()
        .questions
        .iter()
        .flat_map(|question| question.parts)
        .flat_map(|p| p.options.iter().map(|o| OptionRef::new(p.id, o.id)))
        .filter_map(|r| Some((r, standards().context_reason(&r)?)))
        .collect();
    list.sort();
    list
}
