//! Appendix 1, regenerated: for each question part, a row per option with a
//! mark per body and the count, in the questionnaire's (and the tables') order.

use super::body::{CountyBody, Mark};
use crate::domain::ids::OptionRef;
use crate::domain::questionnaire::{AnswerOption, Part, Question, Questionnaire};

#[derive(Debug, Clone, PartialEq)]
pub struct OptionRow<'q> {
    pub option: &'q AnswerOption,
    /// One per body, in the bodies' order.
    pub marks: Vec<Mark>,
    /// Whether each body's questionnaire offered the option at all.
    pub offered: Vec<bool>,
    /// Bodies marked yes: the count a table of the report would print.
    pub count: usize,
    /// Bodies whose yes rests on the report's text alone.
    pub from_text: usize,
    /// Bodies never asked the option.
    pub not_asked: usize,
}

impl OptionRow<'_> {
    /// Bodies that hold the option, on a mark or on the report's text.
    pub fn holders(&self) -> usize {
        self.count + self.from_text
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartMatrix<'q> {
    pub question: &'q Question,
    pub part: &'q Part,
    pub rows: Vec<OptionRow<'q>>,
    /// Bodies that answered the part at all.
    pub answered: usize,
}

impl PartMatrix<'_> {
    /// "Question 3: Local Compact. Do you have a local Compact?"
    pub fn title(&self) -> String {
        format!(
            "{}: {}. {}",
            self.question.label(),
            self.question.title,
            self.part.label
        )
    }

    /// Whether any cell is other than yes or no, so the legend explains it.
    pub fn has_mark(&self, wanted: Mark) -> bool {
        self.rows.iter().any(|r| r.marks.contains(&wanted))
    }
}

/// Every part of every question, for the bodies given.
pub fn part_matrices<'q>(q: &'q Questionnaire, bodies: &[&CountyBody]) -> Vec<PartMatrix<'q>> {
    q.questions
        .iter()
        .flat_map(|question| question.parts.iter().map(move |part| (question, part)))
        .map(|(question, part)| matrix(q, question, part, bodies))
        .collect()
}

/// One part's matrix, by the part's id.
pub fn part_matrix<'q>(
    q: &'q Questionnaire,
    part_id: &str,
    bodies: &[&CountyBody],
) -> Option<PartMatrix<'q>> {
    let (question, part) = q.part(part_id)?;
    Some(matrix(q, question, part, bodies))
}

fn matrix<'q>(
    q: &Questionnaire,
    question: &'q Question,
    part: &'q Part,
    bodies: &[&CountyBody],
) -> PartMatrix<'q> {
    PartMatrix {
        question,
        part,
        answered: bodies
            .iter()
            .filter(|b| b.assessment.answers.part_answered(part.id))
            .count(),
        rows: part
            .options
            .iter()
            .map(|option| {
                let r = OptionRef::new(part.id, option.id);
                let marks: Vec<Mark> = bodies.iter().map(|b| b.mark(q, &r)).collect();
                let offered = bodies
                    .iter()
                    .map(|b| q.offered(&r, &b.assessment.questionnaire_version))
                    .collect();
                let count_of = |wanted: Mark| marks.iter().filter(|m| **m == wanted).count();
                OptionRow {
                    option,
                    count: count_of(Mark::Yes),
                    from_text: count_of(Mark::FromText),
                    not_asked: count_of(Mark::NotAsked),
                    marks,
                    offered,
                }
            })
            .collect(),
    }
}
