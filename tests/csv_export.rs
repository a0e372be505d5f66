//! CSV for spreadsheets: one row per answer and per standard, formulas defused.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, csv_rows, q, standards};
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::csv::{cell, to_csv, HEADER};

#[test]
fn cells_that_look_like_formulas_are_defused() {
    assert_eq!(cell("=SUM(A1:A9)"), "\"'=SUM(A1:A9)\"");
    assert_eq!(cell("+44 1442"), "\"'+44 1442\"");
    assert_eq!(cell("-1"), "\"'-1\"");
    assert_eq!(cell("@cmd"), "\"'@cmd\"");
    assert_eq!(cell("\t=1"), "\"'\t=1\"");
    assert_eq!(
        cell("Say \"hi\", then = go"),
        "\"Say \"\"hi\"\", then = go\""
    );
    assert_eq!(cell(""), "\"\"");
}

#[test]
fn one_row_per_answer_and_per_standard() {
    let mut a = Assessment::new("a1", "t");
    a.body.name = "=HYPERLINK(\"http://x\")".into();
    a.body.kind = "county".into();
    a.answers = answers(
        &["q2.lsp", "q2.liaison"],
        &[
            ("q2_notes", "line one\nline two, with \"quotes\""),
            ("q9_name", "Private"),
        ],
    );
    let csv = to_csv(&[&a], q(), standards(), false);
    assert!(csv.starts_with('\u{feff}'));
    let rows = csv_rows(&csv);
    assert_eq!(rows[0], HEADER);
    let answers: Vec<_> = rows.iter().filter(|r| r[4] == "answer").collect();
    let standards_rows: Vec<_> = rows.iter().filter(|r| r[4] == "standard").collect();
    assert_eq!(
        answers.len(),
        3,
        "two options and one note; the name is left out"
    );
    assert_eq!(standards_rows.len(), 13);
    assert_eq!(answers[0][1], "'=HYPERLINK(\"http://x\")");
    assert_eq!(answers[0][2], "County council");
    assert_eq!(answers[2][8], "line one\nline two, with \"quotes\"");
    let influence = standards_rows.iter().find(|r| r[6] == "influence").unwrap();
    assert_eq!(influence[8], "Partly met");
    assert!(influence[9].contains("Question 2: The VCS sits on the Local Strategic Partnership"));
    assert!(!csv.contains("Private"));
    assert!(to_csv(&[&a], q(), standards(), true).contains("Private"));
}

#[test]
fn the_rooms_agreed_actions_are_the_action_plan_rows() {
    use thriving_third_sector::domain::agreed::{set_agreed, AgreedField};
    let mut a = Assessment::new("a1", "t");
    set_agreed(
        &mut a.agreed,
        "monitoring",
        AgreedField::Action,
        "=Survey the sector each spring",
    );
    set_agreed(&mut a.agreed, "monitoring", AgreedField::Owner, "Bob Smith");
    set_agreed(&mut a.agreed, "monitoring", AgreedField::By, "March 2027");
    set_agreed(
        &mut a.agreed,
        "influence",
        AgreedField::Action,
        "Offer the CVS a seat",
    );
    let rows = csv_rows(&to_csv(&[&a], q(), standards(), true));
    let plan: Vec<_> = rows.iter().filter(|r| r[4] == "agreed_action").collect();
    // In the standards' order, the key driver first.
    assert_eq!(plan.len(), 2);
    assert_eq!(plan[0][6], "influence");
    assert_eq!(plan[1][6], "monitoring");
    assert_eq!(plan[1][8], "'=Survey the sector each spring", "defused");
    assert_eq!(plan[1][9], "Owner: Bob Smith; By: March 2027");
    // Without names, the owner is left out.
    let rows = csv_rows(&to_csv(&[&a], q(), standards(), false));
    let monitoring = rows
        .iter()
        .find(|r| r[4] == "agreed_action" && r[6] == "monitoring")
        .unwrap();
    assert_eq!(monitoring[9], "By: March 2027");
}
