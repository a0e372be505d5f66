//! The questionnaire in seeds/ is complete, consistent and sourced.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{edited, q};

#[test]
fn has_no_problems() {
    assert_eq!(q().problems(), Vec::<String>::new());
}

#[test]
fn has_every_appendix_5_question_in_order() {
    let numbers: Vec<_> = q().questions.iter().map(|x| x.number).collect();
    assert_eq!(
        numbers,
        ["1", "2", "3", "4", "5", "6.1", "6.2", "6.3", "7", "8", "9", "10", "S1", ""]
    );
    assert_eq!(q().questions.last().unwrap().title, "Comments");
}

#[test]
fn every_question_cites_its_source_and_keeps_a_free_text_box() {
    for question in q().questions {
        assert!(
            !question.source.trim().is_empty(),
            "{} has no source",
            question.id
        );
        assert!(
            !question.fields.is_empty(),
            "{} has no free text",
            question.id
        );
    }
    assert!(q().source.contains("Appendix 5"));
}

#[test]
fn options_follow_the_appendix_1_tables() {
    let count = |part: &str| {
        q().part(part)
            .unwrap()
            .1
            .options
            .iter()
            .filter(|o| !o.added_since_2010())
            .count()
    };
    // Table 1 has 16 rows, Table 2 has 8, Table 5 has 4, Tables 6.1 and 6.2 have 9.
    assert_eq!(count("q1"), 16);
    assert_eq!(count("q2"), 8);
    assert_eq!(count("q5"), 4);
    assert_eq!(count("q6_1"), 9);
    assert_eq!(count("q6_2"), 9);
    // Table 6.3 has 8 rows; "Staff workshops/induction" is split in two, both
    // from the 2010 category, so neither is "Added".
    assert_eq!(count("q6_3"), 9);
    let (_, q6_3) = q().part("q6_3").unwrap();
    for split in ["workshops", "induction"] {
        let option = q6_3.option(split).unwrap();
        assert!(!option.added_since_2010(), "{split}");
        assert!(option.note.unwrap().contains("Staff workshops/induction"));
    }
    // What is done now is a part added to question 6.3, every option of it added.
    let (_, now) = q().part("q6_3_now").unwrap();
    assert!(now.options.iter().all(|o| o.added_since_2010()));
    // Question 8 asks about priorities other than volunteering: engagement
    // and volunteering are told apart.
    let (_, q8) = q().part("q8").unwrap();
    assert!(q8.option("engagement").is_some() && q8.option("volunteering_only").is_some());
    assert!(q8.option("engagement_only").is_none());
}

#[test]
fn the_current_practice_a_standard_needs_can_be_recorded() {
    let (_, q2) = q().part("q2").unwrap();
    assert!(q2.option("consultation").unwrap().added_since_2010());
    let (_, q4_1) = q().part("q4_1").unwrap();
    assert!(q4_1
        .option("statement")
        .unwrap()
        .label
        .contains("statement of agreed practice"));
}

#[test]
fn none_options_are_exclusive_and_last() {
    for (part, option) in [
        ("q5", "none"),
        ("q6_1", "no_plans"),
        ("q6_2", "no_plans"),
        ("q6_3", "no_plans"),
        ("q6_3_now", "none"),
    ] {
        let (_, p) = q().part(part).unwrap();
        assert!(p.option(option).unwrap().exclusive, "{part}.{option}");
        assert_eq!(p.options.last().unwrap().id, option);
    }
}

#[test]
fn names_and_contacts_are_marked_personal() {
    for field in ["q9_name", "q9_contact", "q10_name", "q10_contact"] {
        assert!(q().field(field).unwrap().1.personal, "{field}");
    }
    assert!(!q().field("q10_role").unwrap().1.personal);
}

#[test]
fn problems_are_found_in_a_broken_questionnaire() {
    let mut broken = q().clone();
    broken.questions = edited(broken.questions, |questions| {
        questions[1].id = "q1";
        questions[0].parts = edited(questions[0].parts, |parts| {
            parts[0].options = edited(parts[0].options, |options| options[0].label = " ");
        });
        questions[4].parts = edited(questions[4].parts, |parts| {
            parts[0].options = edited(parts[0].options, |options| {
                let last = options.len() - 1;
                options.swap(0, last);
            });
        });
    });
    let problems = broken.problems();
    assert!(problems
        .iter()
        .any(|p| p.contains("question id q1 is repeated")));
    assert!(problems
        .iter()
        .any(|p| p.contains("q1.grants has no label")));
    assert!(problems.iter().any(|p| p.contains("must come last")));
}

#[test]
fn navigation_runs_through_every_question() {
    let mut id = q().questions[0].id;
    let mut seen = 1;
    while let Some(next) = q().next(id) {
        assert_eq!(q().previous(next.id).unwrap().id, id);
        id = next.id;
        seen += 1;
    }
    assert_eq!(seen, q().questions.len());
    assert!(q().previous("q1").is_none());
}
