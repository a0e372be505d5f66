//! Selecting options and typing text.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q};
use thriving_third_sector::domain::progress::{completed_count, question_status, QuestionStatus};

#[test]
fn an_exclusive_option_clears_the_others_and_is_cleared_by_them() {
    let mut a = answers(&["q5.meetings", "q5.reports"], &[]);
    a.set_option(q(), "q5", "none", true);
    assert_eq!(a.selected("q5").collect::<Vec<_>>(), ["none"]);
    a.set_option(q(), "q5", "reports", true);
    assert_eq!(a.selected("q5").collect::<Vec<_>>(), ["reports"]);
}

#[test]
fn radios_hold_one_choice() {
    let mut a = answers(&["q4_1.yes"], &[]);
    a.set_option(q(), "q4_1", "no", true);
    assert_eq!(a.selected("q4_1").collect::<Vec<_>>(), ["no"]);
}

#[test]
fn clearing_the_last_option_unanswers_the_part() {
    let mut a = answers(&["q2.lsp"], &[]);
    a.set_option(q(), "q2", "lsp", false);
    assert!(!a.part_answered("q2"));
    assert!(a.is_empty());
}

#[test]
fn unknown_ids_change_nothing() {
    let mut a = answers(&[], &[]);
    a.set_option(q(), "q2", "bribery", true);
    a.set_option(q(), "q99", "lsp", true);
    assert!(a.is_empty());
}

#[test]
fn blank_text_is_no_answer_and_text_keeps_what_was_typed() {
    let mut a = answers(&[], &[("q7_examples", "  ")]);
    assert!(a.text("q7_examples").is_none());
    a.set_text("q7_examples", "<b>Shared</b> office\nspace ");
    assert_eq!(a.text("q7_examples"), Some("<b>Shared</b> office\nspace "));
}

#[test]
fn status_follows_required_parts() {
    let q3 = q().question("q3").unwrap();
    assert_eq!(
        question_status(q3, &answers(&[], &[])),
        QuestionStatus::NotStarted
    );
    assert_eq!(
        question_status(q3, &answers(&[], &[("q3_notes", "x")])),
        QuestionStatus::InProgress
    );
    // 3.2 is a follow-up: 3.1 alone completes the question.
    assert_eq!(
        question_status(q3, &answers(&["q3_1.no"], &[])),
        QuestionStatus::Completed
    );
    let q7 = q().question("q7").unwrap();
    assert!(q7.is_optional());
    assert_eq!(
        question_status(q7, &answers(&[], &[("q7_examples", "x")])),
        QuestionStatus::Completed
    );
}

#[test]
fn progress_counts_only_questions_with_options() {
    let a = answers(&["q1.grants", "q2.lsp"], &[("comments", "x")]);
    assert_eq!(completed_count(q(), &a), (2, 12));
}

#[test]
fn personal_fields_can_be_left_out() {
    let a = answers(
        &["q9.yes"],
        &[
            ("q9_role", "Leader"),
            ("q9_name", "A. Person"),
            ("q10_contact", "a@b"),
        ],
    );
    let without = a.without_personal(q());
    assert_eq!(without.text("q9_role"), Some("Leader"));
    assert!(without.text("q9_name").is_none());
    assert!(without.text("q10_contact").is_none());
    assert!(without.is_selected("q9", "yes"));
}
