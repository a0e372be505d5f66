//! The county picture's downloads for analysts: long CSV files, one
//! observation per row, that load into a data frame with no reshaping.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, csv_rows, q, standards};
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::county::*;

/// The fifteen 2010 respondents, and Watford assessed twice since.
fn picture() -> CountySet {
    let mut set = CountySet::default();
    set.add_survey_2010(q(), standards());
    for (id, date, options) in [
        ("w1", "2025-06-01", &["q2.lsp", "q10.yes"][..]),
        (
            "w2",
            "2026-06-01",
            &["q2.lsp", "q2.consultation", "q10.yes"][..],
        ),
    ] {
        let mut a = Assessment::new(id, &format!("{date}T10:00:00Z"));
        a.body.name = "Watford Borough Council and LSP".into();
        a.body.kind = "district".into();
        a.body.date = date.into();
        a.answers = answers(
            options,
            &[
                ("q10_role", "Partnerships officer"),
                ("q10_name", "Jane Officer"),
                (
                    "q1_notes",
                    "Grants panel; call 01923 226400 or grants@watford.example",
                ),
            ],
        );
        set.add_assessments(vec![a], Source::Browser, q(), standards());
    }
    set
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn the_answers_are_one_row_per_body_round_and_option_in_five_words() {
    let set = picture();
    let rounds = set.every_round(&BodyFilter::All);
    let csv = csv_rows(&answers_csv(q(), &rounds));
    let options: usize = q()
        .questions
        .iter()
        .flat_map(|x| x.parts)
        .map(|p| p.options.len())
        .sum();
    // Sixteen bodies, Watford twice: seventeen assessments.
    assert_eq!(csv.len() - 1, 17 * options);
    assert_eq!(
        csv[0],
        [
            "body",
            "kind",
            "date",
            "round",
            "assessment_id",
            "questionnaire_version",
            "question",
            "question_title",
            "part",
            "part_label",
            "option",
            "option_label",
            "value"
        ]
    );
    let (body, round, part, option, value) = (
        column(&csv, "body"),
        column(&csv, "round"),
        column(&csv, "part"),
        column(&csv, "option"),
        column(&csv, "value"),
    );
    assert!(
        csv[1..].iter().all(|r| r.len() == csv[0].len()),
        "rectangular"
    );
    assert!(csv[1..]
        .iter()
        .all(|r| ANSWER_VALUES.contains(&r[value].as_str())));
    let cell = |name: &str, r: &str, p: &str, o: &str| -> String {
        csv[1..]
            .iter()
            .find(|x| x[body] == name && x[round] == r && x[part] == p && x[option] == o)
            .map(|x| x[value].clone())
            .unwrap_or_else(|| panic!("no row for {name} {r} {p}.{o}"))
    };
    assert_eq!(
        cell("Watford Borough Council and LSP", "1", "q2", "consultation"),
        "not ticked"
    );
    assert_eq!(
        cell("Watford Borough Council and LSP", "2", "q2", "consultation"),
        "ticked"
    );
    assert_eq!(
        cell("Watford Borough Council and LSP", "2", "q1", "grants"),
        "not answered"
    );
    // Asked of nobody in 2010: never "not ticked".
    assert_eq!(cell("Dacorum", "1", "q5", "ask_vcs"), "not asked");
    assert_eq!(cell("Dacorum", "1", "q1", "grants"), "ticked");
}

#[test]
fn the_standards_are_one_row_per_body_round_and_standard() {
    let set = picture();
    let rounds = set.every_round(&BodyFilter::Councils);
    let csv = csv_rows(&standards_csv(q(), standards(), &rounds));
    let councils = set.current(&BodyFilter::Councils).len();
    assert_eq!(csv.len() - 1, (councils + 1) * 13, "Watford's two rounds");
    let status = column(&csv, "status");
    let statuses = ["Met", "Partly met", "Not met", "Not evidenced"];
    assert!(csv[1..]
        .iter()
        .all(|r| statuses.contains(&r[status].as_str())));
    let plan = column(&csv, "on_a_plan_alone");
    assert!(csv[1..].iter().all(|r| r[plan] == "yes" || r[plan] == "no"));
    assert!(
        csv[1..].iter().any(|r| r[plan] == "yes"),
        "the 2010 plans are told apart"
    );
}

#[test]
fn free_text_leaves_names_out_unless_asked_for() {
    let set = picture();
    let rounds = set.every_round(&BodyFilter::All);
    let without = answers_text(&rounds, false);
    assert!(without.contains("Partnerships officer") && !without.contains("Jane Officer"));
    assert!(answers_text(&rounds, true).contains("Jane Officer"));
    // Contact details typed into any text are hidden too.
    assert!(without.contains("Grants panel; call [contact detail hidden]"));
    assert!(!without.contains("01923") && !without.contains("grants@watford"));
    assert!(answers_text(&rounds, true).contains("grants@watford.example"));
    let csv = csv_rows(&without);
    assert_eq!(
        csv[0][6..],
        ["question", "question_title", "field", "field_label", "text"]
    );
}

fn answers_text(rounds: &[Vec<&CountyBody>], with_personal: bool) -> String {
    free_text_csv(q(), rounds, with_personal)
}

#[test]
fn the_filter_goes_in_the_address_and_comes_back() {
    for filter in [
        BodyFilter::All,
        BodyFilter::Councils,
        BodyFilter::Kind("police".into()),
    ] {
        assert_eq!(BodyFilter::from_fragment(&filter.to_fragment()), filter);
    }
    assert_eq!(BodyFilter::Councils.to_fragment(), "#filter=councils");
    assert_eq!(
        BodyFilter::All.to_fragment(),
        "",
        "all bodies: a plain address"
    );
    // Anything else shows every body.
    for odd in [
        "",
        "#",
        "#filter=",
        "#/results",
        "#filter=<script>",
        "#other=councils",
    ] {
        assert_eq!(BodyFilter::from_fragment(odd), BodyFilter::All, "{odd}");
    }
}
