//! One body's self-assessment: who is answering, and the answers.

use super::answers::Answers;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyDetails {
    /// Name of the responding body, e.g. "Dacorum Borough Council and LSP".
    #[serde(default)]
    pub name: String,
    /// A `body_kinds` id from the questionnaire.
    #[serde(default)]
    pub kind: String,
    /// Date of the assessment, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Who completed it: personal data, left out of exports on request.
    #[serde(default)]
    pub completed_by: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    #[serde(default)]
    pub body: BodyDetails,
    #[serde(default)]
    pub answers: Answers,
    /// Fragment of the page last shown, to resume where the user left off.
    #[serde(default)]
    pub position: String,
    /// ISO 8601 time of the last change.
    #[serde(default)]
    pub updated_at: String,
}

impl Assessment {
    /// Nothing typed or chosen that a user would miss if it were replaced.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty()
            && self.body.name.trim().is_empty()
            && self.body.completed_by.trim().is_empty()
    }

    /// A name to show, even before the user has typed one.
    pub fn display_name(&self) -> &str {
        let name = self.body.name.trim();
        if name.is_empty() {
            "Unnamed body"
        } else {
            name
        }
    }
}
