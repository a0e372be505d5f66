//! The open assessment: every assessment held in this browser, which one is
//! open, its live scores, and how saving it is going. Changed only through
//! `AppState`'s named methods, which also keep storage and the tab in step.

use crate::browser::store::StorageError;
use crate::domain::assessment::Assessment;
use crate::domain::library::Library;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{score_all_as_of, with_sector_evidence, StandardScore};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;
use std::collections::HashSet;

/// Whether answers are reaching localStorage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Writes fail (quota, storage disabled): work goes on in memory.
    Failing(StorageError),
}

#[derive(Clone, Copy)]
pub struct OpenAssessment {
    pub(super) library: RwSignal<Library>,
    pub(super) current_id: RwSignal<String>,
    /// Goes up when the open assessment is replaced from outside (another
    /// tab, an import), so that pages re-read their text fields.
    pub(super) epoch: RwSignal<u32>,
    assessment: Memo<Assessment>,
    scores: Memo<Vec<StandardScore>>,
    /// Ids stored by a newer version of the tool: never written here.
    pub(super) protected: StoredValue<HashSet<String>>,
    pub(super) save_status: RwSignal<SaveStatus>,
}

impl OpenAssessment {
    pub(super) fn new(
        library: Library,
        current: String,
        protected: HashSet<String>,
        save_status: SaveStatus,
        questionnaire: &'static Questionnaire,
        standards: &'static StandardSet,
    ) -> OpenAssessment {
        let library = RwSignal::new(library);
        let current_id = RwSignal::new(current);
        let assessment = Memo::new(move |_| {
            library.with(|l| l.get(&current_id.get()).cloned().unwrap_or_default())
        });
        let answers = Memo::new(move |_| assessment.with(|a| a.answers.clone()));
        let version = Memo::new(move |_| assessment.with(|a| a.questionnaire_version.clone()));
        let sector = Memo::new(move |_| assessment.with(|a| a.sector.evidence()));
        // Scored again only when the answers, their version or the sector's
        // responses change, not when the user moves between questions.
        let scores = Memo::new(move |_| {
            let scores =
                version.with(|v| answers.with(|a| score_all_as_of(standards, questionnaire, a, v)));
            with_sector_evidence(scores, standards, sector.get())
        });
        OpenAssessment {
            library,
            current_id,
            epoch: RwSignal::new(0),
            assessment,
            scores,
            protected: StoredValue::new(protected),
            save_status: RwSignal::new(save_status),
        }
    }

    /// Every assessment held in this browser.
    pub fn library(&self) -> ReadSignal<Library> {
        self.library.read_only()
    }

    pub fn current_id(&self) -> ReadSignal<String> {
        self.current_id.read_only()
    }

    /// The open assessment.
    pub fn assessment(&self) -> Memo<Assessment> {
        self.assessment
    }

    /// The open assessment's scores, in the standards' order.
    pub fn scores(&self) -> Memo<Vec<StandardScore>> {
        self.scores
    }

    pub fn epoch(&self) -> ReadSignal<u32> {
        self.epoch.read_only()
    }

    pub fn save_status(&self) -> ReadSignal<SaveStatus> {
        self.save_status.read_only()
    }
}
