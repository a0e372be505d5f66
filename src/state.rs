//! The app's shared state: the assessment, the page, the live scores, and
//! how saving is going. Components reach it with `expect_context::<AppState>()`.

use crate::browser::{self, location, storage};
use crate::domain::answers::Answers;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::route::Route;
use crate::domain::saved::{decode, encode_saved, LoadError};
use crate::domain::scoring::{score_all, StandardScore};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;

/// Whether answers are reaching localStorage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Writes fail (quota, storage disabled): work goes on in memory.
    Failing(String),
    /// Saving is paused so as not to overwrite data we could not read.
    Paused(String),
}

/// A message for the user about something that just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub questionnaire: &'static Questionnaire,
    pub standards: &'static StandardSet,
    pub assessment: RwSignal<Assessment>,
    pub route: RwSignal<Route>,
    pub scores: Memo<Vec<StandardScore>>,
    pub save_status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
}

/// What was found in storage at start-up.
enum Startup {
    Restored(Assessment),
    Blank,
    Unreadable { raw: String, error: LoadError },
    NoStorage(String),
}

fn load(q: &Questionnaire) -> Startup {
    match storage::read(storage::ASSESSMENT_KEY) {
        Err(e) => Startup::NoStorage(e),
        Ok(None) => Startup::Blank,
        Ok(Some(raw)) => match decode(&raw, q) {
            Ok(a) => Startup::Restored(a),
            Err(error) => Startup::Unreadable { raw, error },
        },
    }
}

impl AppState {
    /// Loads the saved assessment, starts autosave and follows the URL.
    pub fn start() -> AppState {
        let questionnaire = Questionnaire::bundled();
        let standards = StandardSet::bundled();
        let (assessment, save_status, notice) = match load(questionnaire) {
            Startup::Restored(a) => (a, SaveStatus::Saved, None),
            Startup::Blank => (Assessment::default(), SaveStatus::Saved, None),
            Startup::NoStorage(e) => (Assessment::default(), SaveStatus::Failing(e), None),
            Startup::Unreadable { raw, error } => {
                let (status, text) = keep_aside(&raw, &error);
                (
                    Assessment::default(),
                    status,
                    Some(Notice {
                        text,
                        is_error: true,
                    }),
                )
            }
        };
        let is_question = |id: &str| questionnaire.question(id).is_some();
        let route = Route::parse(&location::fragment(), is_question)
            .or_else(|| Route::parse(&assessment.position, is_question))
            .unwrap_or(Route::Start);
        location::replace(&route.to_fragment());

        let assessment = RwSignal::new(assessment);
        let answers = Memo::new(move |_| assessment.with(|a| a.answers.clone()));
        let scores = Memo::new(move |_| answers.with(|a| score_all(standards, questionnaire, a)));
        let state = AppState {
            questionnaire,
            standards,
            assessment,
            route: RwSignal::new(route),
            scores,
            save_status: RwSignal::new(save_status),
            notice: RwSignal::new(notice),
        };
        state.follow_fragment();
        state.autosave();
        state
    }

    fn follow_fragment(self) {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let q = self.questionnaire;
            if let Some(route) = Route::parse(&location::fragment(), |id| q.question(id).is_some())
            {
                let fragment = route.to_fragment();
                self.route.set(route);
                self.assessment.update(|a| a.position = fragment);
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Writes the assessment on every change; never gives up on the data
    /// in memory when a write fails.
    fn autosave(self) {
        Effect::new(move |_| {
            let text = self
                .assessment
                .with(|a| encode_saved(a, self.questionnaire));
            if matches!(self.save_status.get_untracked(), SaveStatus::Paused(_)) {
                return;
            }
            let result = storage::write(storage::ASSESSMENT_KEY, &text);
            let status = match result {
                Ok(()) => SaveStatus::Saved,
                Err(e) => SaveStatus::Failing(e),
            };
            if self.save_status.get_untracked() != status {
                self.save_status.set(status);
            }
        });
    }

    pub fn go(&self, route: Route) {
        location::push(&route.to_fragment());
    }

    /// Changes the answers and stamps the change time.
    pub fn update_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.assessment.update(|a| {
            change(&mut a.answers);
            a.updated_at = browser::now_iso();
        });
    }

    pub fn update_assessment(&self, change: impl FnOnce(&mut Assessment)) {
        self.assessment.update(|a| {
            change(a);
            a.updated_at = browser::now_iso();
        });
    }

    /// Replaces the whole assessment (an import) and resumes saving.
    pub fn replace_assessment(&self, assessment: Assessment) {
        self.save_status.set(SaveStatus::Saved);
        self.assessment.set(assessment);
    }

    pub fn tell(&self, text: impl Into<String>, is_error: bool) {
        self.notice.set(Some(Notice {
            text: text.into(),
            is_error,
        }));
    }
}

/// Copies unreadable saved data to a key of its own; if even that fails,
/// pauses saving so the original is never overwritten.
fn keep_aside(raw: &str, error: &LoadError) -> (SaveStatus, String) {
    if let LoadError::NewerVersion { .. } = error {
        return (
            SaveStatus::Paused("the saved assessment is from a newer version of this tool".into()),
            format!("Your saved assessment could not be opened: {error}. It has been left untouched; answers you give now are kept in this tab only."),
        );
    }
    let key = format!("{}{}", storage::KEPT_ASIDE_PREFIX, browser::now_iso());
    match storage::write(&key, raw) {
        Ok(()) => (
            SaveStatus::Saved,
            format!("Your saved assessment could not be read ({error}). A copy has been kept in this browser under \"{key}\" and a new assessment started."),
        ),
        Err(e) => (
            SaveStatus::Paused(format!("a copy of the unreadable data could not be kept ({e})")),
            format!("Your saved assessment could not be read ({error}). It has been left untouched; answers you give now are kept in this tab only."),
        ),
    }
}
