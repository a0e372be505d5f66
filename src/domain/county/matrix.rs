//! Appendix 1, regenerated: for each question part, a row per option with a
//! mark per body and the count, in the questionnaire's (and the tables') order.

use super::body::CountyBody;
use crate::domain::questionnaire::{AnswerOption, Part, Question, Questionnaire};

#[derive(Debug, Clone, PartialEq)]
pub struct OptionRow<'q> {
    pub option: &'q AnswerOption,
    /// One per body, in the bodies' order.
    pub marks: Vec<bool>,
    pub count: usize,
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

    /// Which bodies chose the option of row `row`.
    pub fn holders<'b>(&self, row: usize, bodies: &[&'b CountyBody]) -> Vec<&'b CountyBody> {
        bodies
            .iter()
            .zip(&self.rows[row].marks)
            .filter(|(_, m)| **m)
            .map(|(b, _)| *b)
            .collect()
    }
}

/// Every part of every question, for the bodies given.
pub fn part_matrices<'q>(q: &'q Questionnaire, bodies: &[&CountyBody]) -> Vec<PartMatrix<'q>> {
    q.questions
        .iter()
        .flat_map(|question| question.parts.iter().map(move |part| (question, part)))
        .map(|(question, part)| matrix(question, part, bodies))
        .collect()
}

/// One part's matrix, by the part's id.
pub fn part_matrix<'q>(
    q: &'q Questionnaire,
    part_id: &str,
    bodies: &[&CountyBody],
) -> Option<PartMatrix<'q>> {
    let (question, part) = q.part(part_id)?;
    Some(matrix(question, part, bodies))
}

fn matrix<'q>(question: &'q Question, part: &'q Part, bodies: &[&CountyBody]) -> PartMatrix<'q> {
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
                let marks: Vec<bool> = bodies
                    .iter()
                    .map(|b| b.assessment.answers.is_selected(part.id, option.id))
                    .collect();
                OptionRow {
                    option,
                    count: marks.iter().filter(|m| **m).count(),
                    marks,
                }
            })
            .collect(),
    }
}
