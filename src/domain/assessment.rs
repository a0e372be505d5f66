//! One body's self-assessment: who is answering, and the answers.

use super::agreed::AgreedActions;
use super::answers::Answers;
use super::questionnaire::Questionnaire;
use super::scoring::{score_all_as_of, with_sector_evidence, StandardScore};
use super::sector::{Invitation, SectorSurvey};
use super::standards::StandardSet;
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
    pub id: String,
    #[serde(default)]
    pub created_at: String,
    /// ISO 8601 time of the last change.
    #[serde(default)]
    pub updated_at: String,
    /// Goes up by one with every change, so that two tabs can tell whose
    /// copy is newer.
    #[serde(default)]
    pub revision: u64,
    /// The assessment this one re-assesses, if any.
    #[serde(default)]
    pub derived_from: Option<String>,
    #[serde(default)]
    pub body: BodyDetails,
    #[serde(default)]
    pub answers: Answers,
    /// The questionnaire version it was answered in: options added since
    /// were never asked of it ("not asked", never "no").
    #[serde(default)]
    pub questionnaire_version: String,
    /// Fragment of the page last shown, to resume where the user left off.
    #[serde(default)]
    pub position: String,
    /// What a workshop agreed to do, by standard (schema version 5).
    #[serde(default, skip_serializing_if = "AgreedActions::is_empty")]
    pub agreed: AgreedActions,
    /// The sector's view: invitations made, responses brought back
    /// (schema version 6).
    #[serde(default, skip_serializing_if = "SectorSurvey::is_empty")]
    pub sector: SectorSurvey,
}

impl Assessment {
    /// The latest invitation to the sector, as its link carries it.
    pub fn sector_invitation(&self) -> Option<Invitation> {
        self.sector
            .invitations
            .last()?
            .invitation(self.display_name(), &self.body.kind)
    }

    /// Its verdicts: the answers, scored in the questionnaire they were
    /// given in, and the sector's responses where they evidence a standard.
    pub fn scores(&self, set: &StandardSet, q: &Questionnaire) -> Vec<StandardScore> {
        with_sector_evidence(
            score_all_as_of(set, q, &self.answers, &self.questionnaire_version),
            set,
            self.sector.evidence(),
        )
    }

    pub fn new(id: impl Into<String>, now: &str) -> Assessment {
        Assessment {
            id: id.into(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            questionnaire_version: Questionnaire::bundled().version.to_string(),
            ..Assessment::default()
        }
    }

    /// Nothing typed or chosen that a user would miss if it were replaced.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty()
            && self.agreed.is_empty()
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

    /// When it last changed, to the minute: "2026-11-21 22:10".
    pub fn last_changed(&self) -> String {
        let t = &self.updated_at;
        t.get(..16).unwrap_or(t).replace('T', " ")
    }

    /// Changes the answers as the user does on today's questionnaire
    /// (`version`): from the first change on, every option it has is shown to
    /// them, so every option counts as asked.
    pub fn answer(&mut self, version: &str, change: impl FnOnce(&mut Answers)) {
        change(&mut self.answers);
        self.questionnaire_version = version.to_string();
    }

    /// Which of two copies of the assessment is later: the higher revision,
    /// or at the same revision the later change.
    pub fn revision_order(&self) -> (u64, &str) {
        (self.revision, &self.updated_at)
    }

    /// Records a change: a new revision at `now`.
    pub fn touch(&mut self, now: &str) {
        self.revision += 1;
        self.updated_at = now.to_string();
    }

    /// A new assessment of the same body that starts from these answers and
    /// remembers where it came from, dated `today`.
    pub fn reassess(&self, id: impl Into<String>, now: &str, today: &str) -> Assessment {
        Assessment {
            derived_from: Some(self.id.clone()),
            body: BodyDetails {
                date: today.to_string(),
                ..self.body.clone()
            },
            answers: self.answers.clone(),
            // Its answers were given in that version until changed.
            questionnaire_version: self.questionnaire_version.clone(),
            ..Assessment::new(id, now)
        }
    }

    /// The same answers under a new id, e.g. to keep both sides of a clash.
    pub fn copy_as(&self, id: impl Into<String>, now: &str, name_suffix: &str) -> Assessment {
        Assessment {
            body: BodyDetails {
                name: format!("{} {name_suffix}", self.display_name()),
                ..self.body.clone()
            },
            answers: self.answers.clone(),
            agreed: self.agreed.clone(),
            derived_from: self.derived_from.clone(),
            position: self.position.clone(),
            questionnaire_version: self.questionnaire_version.clone(),
            ..Assessment::new(id, now)
        }
    }
}
