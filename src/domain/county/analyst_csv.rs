//! Downloads for analysts: long ("tidy") CSV files that load into a data
//! frame with no reshaping, one observation per row. Every round of every
//! body is there, numbered from its first; names and contact details stay
//! out unless asked for, as in every download.

use super::body::{CountyBody, Mark};
use super::numbered_rounds;
use crate::domain::csv::row;
use crate::domain::ids::OptionRef;
use crate::domain::presentation::redact_contacts;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::standards::StandardSet;

/// The columns that say which body and round a row is about.
pub const BODY_COLUMNS: [&str; 6] = [
    "body",
    "kind",
    "date",
    "round",
    "assessment_id",
    "questionnaire_version",
];

/// One value per option, in these words only.
pub const ANSWER_VALUES: [&str; 5] = [
    "ticked",
    "ticked (from the report's text)",
    "not ticked",
    "not answered",
    "not asked",
];

/// A row: the body's columns, then the rest.
fn body_row(out: &mut String, lead: &[String; 6], rest: &[&str]) {
    let cells: Vec<&str> = lead
        .iter()
        .map(String::as_str)
        .chain(rest.iter().copied())
        .collect();
    row(out, &cells);
}

fn body_cells(q: &Questionnaire, b: &CountyBody, round: usize) -> [String; 6] {
    let a = &b.assessment;
    [
        b.label.clone(),
        q.body_kind_label(&a.body.kind)
            .unwrap_or(a.body.kind.as_str())
            .to_string(),
        a.body.date.clone(),
        round.to_string(),
        a.id.clone(),
        a.questionnaire_version.clone(),
    ]
}

fn start(head: &[&str]) -> String {
    let mut out = String::from("\u{feff}");
    let columns: Vec<&str> = BODY_COLUMNS.iter().chain(head).copied().collect();
    row(&mut out, &columns);
    out
}

/// One row per body, round, question and option: whether it was ticked,
/// not ticked, not answered (the part was left) or not asked (added to the
/// questionnaire after the body answered).
pub fn answers_csv(q: &Questionnaire, rounds: &[Vec<&CountyBody>]) -> String {
    let mut out = start(&[
        "question",
        "question_title",
        "part",
        "part_label",
        "option",
        "option_label",
        "value",
    ]);
    for (b, round) in numbered_rounds(rounds) {
        let lead = body_cells(q, b, round);
        for (n, question) in q.questions.iter().enumerate() {
            let number = (n + 1).to_string();
            for part in question.parts {
                let answered = b.assessment.answers.part_answered(part.id);
                for option in part.options {
                    let value = match b.mark(q, &OptionRef::new(part.id, option.id)) {
                        Mark::Yes => ANSWER_VALUES[0],
                        Mark::FromText => ANSWER_VALUES[1],
                        Mark::NotAsked => ANSWER_VALUES[4],
                        Mark::No if answered => ANSWER_VALUES[2],
                        Mark::No => ANSWER_VALUES[3],
                    };
                    body_row(
                        &mut out,
                        &lead,
                        &[
                            number.as_str(),
                            question.title,
                            part.id,
                            part.label,
                            option.id,
                            option.label,
                            value,
                        ],
                    );
                }
            }
        }
    }
    out
}

/// One row per body, round and standard: its status (the app's words,
/// the same as on screen) and whether it rests on a plan alone or on fewer
/// questions.
pub fn standards_csv(q: &Questionnaire, set: &StandardSet, rounds: &[Vec<&CountyBody>]) -> String {
    let mut out = start(&[
        "standard",
        "standard_title",
        "key_driver",
        "status",
        "on_a_plan_alone",
        "on_fewer_questions",
    ]);
    for (b, round) in numbered_rounds(rounds) {
        let lead = body_cells(q, b, round);
        for (score, standard) in b.scores.iter().zip(set.standards) {
            let yes_no = |v: bool| if v { "yes" } else { "no" };
            let status = super::status_names::status_name(score.status);
            body_row(
                &mut out,
                &lead,
                &[
                    standard.id.as_str(),
                    standard.title,
                    yes_no(standard.key_driver),
                    status,
                    yes_no(score.planned),
                    yes_no(score.on_fewer_questions()),
                ],
            );
        }
    }
    out
}

/// One row per body, round and free-text answer given. Fields of names and
/// contact details, and contact details within any text, only `with_personal`.
pub fn free_text_csv(
    q: &Questionnaire,
    rounds: &[Vec<&CountyBody>],
    with_personal: bool,
) -> String {
    let mut out = start(&["question", "question_title", "field", "field_label", "text"]);
    for (b, round) in numbered_rounds(rounds) {
        let lead = body_cells(q, b, round);
        for (n, question) in q.questions.iter().enumerate() {
            let number = (n + 1).to_string();
            for field in question.fields {
                if field.personal && !with_personal {
                    continue;
                }
                let Some(text) = b.assessment.answers.text(field.id) else {
                    continue;
                };
                // Contact details typed into any text stay out unless asked for.
                let text = if with_personal {
                    text.to_string()
                } else {
                    redact_contacts(text).0
                };
                body_row(
                    &mut out,
                    &lead,
                    &[
                        number.as_str(),
                        question.title,
                        field.id,
                        field.label,
                        &text,
                    ],
                );
            }
        }
    }
    out
}
