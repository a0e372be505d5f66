//! Task-list status of each question.

use super::answers::Answers;
use super::questionnaire::{Question, Questionnaire};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum QuestionStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl QuestionStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "Not started",
            Self::InProgress => "In progress",
            Self::Completed => "Completed",
        }
    }
}

/// Completed when every required part has a choice (free-text-only
/// questions: when any text is given); in progress when anything is given.
pub fn question_status(question: &Question, answers: &Answers) -> QuestionStatus {
    let any_choice = question.parts.iter().any(|p| answers.part_answered(p.id));
    let any_text = question.fields.iter().any(|f| answers.text(f.id).is_some());
    let required: Vec<_> = question.parts.iter().filter(|p| p.required).collect();
    let complete = if required.is_empty() {
        any_text || any_choice
    } else {
        required.iter().all(|p| answers.part_answered(p.id))
    };
    match (complete, any_choice || any_text) {
        (true, _) => QuestionStatus::Completed,
        (false, true) => QuestionStatus::InProgress,
        (false, false) => QuestionStatus::NotStarted,
    }
}

/// How many of the questions with structured options are completed, out of
/// how many: free-text-only questions (examples, comments) are optional.
pub fn completed_count(q: &Questionnaire, answers: &Answers) -> (usize, usize) {
    let scored: Vec<_> = q.questions.iter().filter(|q| !q.is_optional()).collect();
    let done = scored
        .iter()
        .filter(|question| question_status(question, answers) == QuestionStatus::Completed)
        .count();
    (done, scored.len())
}
