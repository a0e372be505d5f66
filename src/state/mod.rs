//! The app's shared state: every assessment in this browser, the one that is
//! open, the page, the live scores, and how saving is going. Components reach
//! it with `expect_context::<AppState>()`.

mod county;
mod import;
mod keeping;
mod persistence;
mod presentation;
mod startup;
mod tabs;

use crate::browser::storage::StorageError;
use crate::browser::{self, handover, location, storage};
use crate::domain::answers::Answers;
use crate::domain::assessment::Assessment;
use crate::domain::library::Library;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::route::{Page, Route};
use crate::domain::scoring::{score_all_as_of, StandardScore};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;
use std::collections::HashSet;

pub use county::{CountyState, KEPT_SET_KEY};
pub use import::{PendingImport, Resolution};
pub use keeping::Keeping;
pub use presentation::PresentationState;

/// Whether answers are reaching localStorage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Writes fail (quota, storage disabled): work goes on in memory.
    Failing(StorageError),
}

/// A message for the user about something that just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// Offer to undo the last delete.
    pub undo_delete: bool,
}

/// Changes after which the app suggests downloading a backup.
pub const BACKUP_NUDGE_AFTER: u32 = 30;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The HTML page this is: which routes it shows itself.
    page: Page,
    questionnaire: &'static Questionnaire,
    standards: &'static StandardSet,
    library: RwSignal<Library>,
    current_id: RwSignal<String>,
    /// The open assessment.
    assessment: Memo<Assessment>,
    route: RwSignal<Route>,
    scores: Memo<Vec<StandardScore>>,
    save_status: RwSignal<SaveStatus>,
    notice: RwSignal<Option<Notice>>,
    /// Goes up when the open assessment is replaced from outside (another
    /// tab, an import), so that pages re-read their text fields.
    epoch: RwSignal<u32>,
    /// Keys of saved data that could not be read, kept aside for download.
    kept_aside: RwSignal<Vec<String>>,
    /// The last assessment deleted, for Undo; held in memory only, so that a
    /// deletion is final once the page is closed.
    recently_deleted: RwSignal<Option<Assessment>>,
    /// Changes since the last download, for the backup reminder.
    changes_since_backup: RwSignal<u32>,
    /// Imports that would replace an assessment held, awaiting a choice.
    pending_imports: RwSignal<Vec<PendingImport>>,
    /// Ids stored by a newer version of the tool: never written here.
    protected: StoredValue<HashSet<String>>,
    /// Whether the browser has agreed to keep the data.
    keeping: RwSignal<Keeping>,
    /// Kinds of write already said to have failed, each said once so that
    /// a failing store does not bury every other message.
    failures_told: StoredValue<HashSet<&'static str>>,
}

/// What is lost when a write fails, in words for the user.
pub mod lost {
    pub const CURRENT_IN_BROWSER: &str = "This browser could not note which assessment is open, so the next visit may open another one";
    pub const CURRENT_IN_TAB: &str = "This tab could not note which assessment it has open, so its other pages may open the one saved last";
    pub const CHANGES_COUNT: &str = "This tab could not keep its count of changes since your last download, so the reminder to download may come late: download a copy now and then";
    pub const PRESENTATION: &str = "Presentation mode's settings (the shortcuts, the last slide) could not be kept for this tab, so they start afresh when you come back to it";
    pub const DELETED_COPY: &str = "The assessment is off your list, but its saved copy could not be deleted from this browser and may come back on the next visit: delete it again then";
    pub const KEPT_ASIDE: &str = "The unreadable data could not be removed from this browser, so it stays kept aside for download";
}

impl AppState {
    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire
    }

    pub fn standards(&self) -> &'static StandardSet {
        self.standards
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

    pub fn route(&self) -> ReadSignal<Route> {
        self.route.read_only()
    }

    pub fn page(&self) -> Page {
        self.page
    }

    /// A link to `route` from this page.
    pub fn href(&self, route: &Route) -> String {
        route.href(self.page)
    }

    /// The open assessment's scores, in the standards' order.
    pub fn scores(&self) -> Memo<Vec<StandardScore>> {
        self.scores
    }

    pub fn save_status(&self) -> ReadSignal<SaveStatus> {
        self.save_status.read_only()
    }

    pub fn notice(&self) -> ReadSignal<Option<Notice>> {
        self.notice.read_only()
    }

    /// Goes up when the open assessment is replaced from outside (another
    /// tab, an import), so that pages re-read their text fields.
    pub fn epoch(&self) -> ReadSignal<u32> {
        self.epoch.read_only()
    }

    pub fn kept_aside(&self) -> ReadSignal<Vec<String>> {
        self.kept_aside.read_only()
    }

    pub fn changes_since_backup(&self) -> ReadSignal<u32> {
        self.changes_since_backup.read_only()
    }

    pub fn pending_imports(&self) -> ReadSignal<Vec<PendingImport>> {
        self.pending_imports.read_only()
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Removes the kept-aside records from storage, once the user says so;
    /// those that will not go stay on offer.
    pub fn discard_kept_aside(&self) {
        let mut left = Vec::new();
        for key in self.kept_aside.get_untracked() {
            if let Err(e) = storage::remove(&key) {
                self.told(lost::KEPT_ASIDE, Err(e));
                left.push(key);
            }
        }
        self.kept_aside.set(left);
    }

    /// Makes `id` the open assessment, remembers the choice for the next
    /// visit, and has pages re-read it. The one place that changes it.
    fn make_current(&self, id: &str) {
        self.current_id.set(id.to_string());
        self.told(lost::CURRENT_IN_TAB, handover::put_current(id));
        self.told(
            lost::CURRENT_IN_BROWSER,
            storage::write(storage::CURRENT_KEY, id),
        );
        self.epoch.update(|e| *e += 1);
    }

    /// Says, once for each kind, that a write failed and what it costs.
    fn told(&self, lost: &'static str, result: Result<(), StorageError>) {
        let Err(e) = result else {
            return;
        };
        let first = self
            .failures_told
            .try_update_value(|told| told.insert(lost))
            .unwrap_or(false);
        if first {
            self.tell(format!("{lost} ({e})."), true);
        }
    }
}

/// A new id for an assessment: time and randomness, safe in a storage key.
pub fn new_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("a{time:x}{random:x}")
}

impl AppState {
    /// Loads every saved assessment (migrating old data), opens the last one,
    /// starts autosave, and follows the URL and other tabs. `page` is the
    /// HTML page starting: a route of another page is sent there.
    pub fn start(page: Page) -> AppState {
        let questionnaire = Questionnaire::bundled();
        let standards = StandardSet::bundled();
        let loaded = startup::load(questionnaire);

        let tab_current = handover::put_current(&loaded.current);
        let library = RwSignal::new(loaded.library);
        let current_id = RwSignal::new(loaded.current);
        let assessment = Memo::new(move |_| {
            library.with(|l| l.get(&current_id.get()).cloned().unwrap_or_default())
        });
        let answers = Memo::new(move |_| assessment.with(|a| a.answers.clone()));
        let version = Memo::new(move |_| assessment.with(|a| a.questionnaire_version.clone()));
        let scores = Memo::new(move |_| {
            version.with(|v| answers.with(|a| score_all_as_of(standards, questionnaire, a, v)))
        });

        let is_question = |id: &str| questionnaire.question(id).is_some();
        let position = assessment.with_untracked(|a| a.position.clone());
        let asked = Route::parse(&location::fragment(), is_question);
        // Only the first page picks up where the user left off: the others
        // were opened for what they show.
        let route = match page {
            Page::Assess => asked.or_else(|| Route::parse(&position, is_question)),
            _ => asked,
        }
        .unwrap_or(page.home());
        let is_here = route.page() == page;
        // The opening has been read: a reload must not begin again.
        let settled = if is_here {
            route.settled()
        } else {
            route.clone()
        };
        location::replace(&settled.href(page));
        let handed_over = handover::take_notice().map(|(text, is_error)| Notice {
            text,
            is_error,
            undo_delete: false,
        });
        let notice = loaded.notice.or(handed_over);
        if let (false, Some(n)) = (is_here, &notice) {
            // Said by loading, for the page the browser goes on to; without
            // the tab's storage the next page says it again from the data.
            let _said_again_by_the_next_page = handover::put_notice(&n.text, n.is_error);
        }

        let state = AppState {
            page,
            questionnaire,
            standards,
            library,
            current_id,
            assessment,
            route: RwSignal::new(route),
            scores,
            save_status: RwSignal::new(loaded.save_status),
            notice: RwSignal::new(notice),
            epoch: RwSignal::new(0),
            kept_aside: RwSignal::new(loaded.kept_aside),
            recently_deleted: RwSignal::new(None),
            changes_since_backup: RwSignal::new(handover::changes_since_backup()),
            pending_imports: RwSignal::new(Vec::new()),
            protected: StoredValue::new(loaded.protected),
            keeping: RwSignal::new(Keeping::NotAsked),
            failures_told: StoredValue::new(HashSet::new()),
        };
        state.told(lost::CURRENT_IN_TAB, tab_current);
        state.follow_fragment();
        tabs::follow_other_tabs(state);
        location::reload_when_restored_from_history();
        persistence::autosave(state);
        state.check_keeping();
        if is_here && settled != Route::Audience {
            state.remember_position(&settled);
        }
        state
    }

    /// Records where the user is, so that the assessment reopens there.
    fn remember_position(&self, route: &Route) {
        let fragment = route.to_fragment();
        if self.assessment.with_untracked(|a| a.position != fragment) {
            // Where the user is is not a change to their answers.
            self.edit_current(false, |a| a.position = fragment);
        }
    }

    fn follow_fragment(self) {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let q = self.questionnaire;
            let Some(route) = Route::parse(&location::fragment(), |id| q.question(id).is_some())
            else {
                return;
            };
            if route.page() == self.page {
                self.remember_position(&route);
                self.route.set(route);
            } else {
                location::replace(&route.href(self.page));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Moves to `route`: on this page, a new fragment (the hashchange
    /// follows); on another page, loading it.
    pub fn go(&self, route: Route) {
        if route.page() == self.page {
            location::push(&route.to_fragment());
            return;
        }
        // The notice on show goes with the user to the other page; if this
        // tab cannot carry it, the user stays to read it.
        if let Some(n) = self.notice.get_untracked() {
            if let Err(e) = handover::put_notice(&n.text, n.is_error) {
                self.tell(
                    format!(
                        "{} (This tab could not carry this message to the next page ({e}), so you are still here: go on from the menu once you have read it.)",
                        n.text
                    ),
                    n.is_error,
                );
                return;
            }
        }
        location::assign(&route.href(self.page));
    }

    fn edit_current(&self, is_change: bool, change: impl FnOnce(&mut Assessment)) {
        let id = self.current_id.get_untracked();
        self.library.update(|l| {
            if let Some(a) = l.get_mut(&id) {
                change(a);
                if is_change {
                    a.touch(&browser::now_iso());
                } else {
                    // A new revision still, so the save is seen as newer.
                    a.revision += 1;
                }
            }
        });
        if is_change {
            self.count_changes(self.changes_since_backup.get_untracked() + 1);
            self.ask_to_keep();
        }
    }

    /// Changes the answers of the open assessment.
    pub fn update_answers(&self, change: impl FnOnce(&mut Answers)) {
        let version = self.questionnaire().version;
        self.edit_current(true, |a| a.answer(version, change));
    }

    /// Changes anything else about the open assessment.
    pub fn update_assessment(&self, change: impl FnOnce(&mut Assessment)) {
        self.edit_current(true, change);
    }

    /// Opens another assessment where it was left.
    pub fn open(&self, id: &str) {
        if !self.library.with_untracked(|l| l.contains(id)) {
            return;
        }
        self.make_current(id);
        let route = self
            .assessment
            .with_untracked(|a| {
                Route::parse(&a.position, |q| self.questionnaire.question(q).is_some())
            })
            .filter(|r| *r != Route::Start)
            .unwrap_or(Route::Tasks);
        self.go(route);
    }

    /// Shows `id` without moving from the page: the audience window follows
    /// the presenter's assessment.
    pub fn show(&self, id: &str) {
        let known = self.library.with_untracked(|l| l.contains(id));
        if known && self.current_id.get_untracked() != id {
            self.make_current(id);
        }
    }

    /// Starts a new, empty assessment and opens its first page.
    pub fn create(&self) -> String {
        let a = Assessment::new(new_id(), &browser::now_iso());
        let id = a.id.clone();
        self.add(a);
        self.make_current(&id);
        self.go(Route::Start);
        id
    }

    /// Adds an assessment to the library and saves it.
    pub fn add(&self, a: Assessment) {
        persistence::save(*self, &a);
        self.library.update(|l| l.upsert(a));
    }

    /// A re-assessment of `id`, starting from its answers.
    pub fn reassess(&self, id: &str) {
        let Some(old) = self.library.with_untracked(|l| l.get(id).cloned()) else {
            return;
        };
        let new = old.reassess(new_id(), &browser::now_iso(), &browser::today());
        let new_id = new.id.clone();
        self.add(new);
        self.tell(
            format!(
                "Started a re-assessment of {} from the answers of {}.",
                old.display_name(),
                old.body.date
            ),
            false,
        );
        self.open(&new_id);
    }

    pub fn rename(&self, id: &str, name: &str) {
        let mut renamed = None;
        self.library.update(|l| {
            if let Some(a) = l.get_mut(id) {
                a.body.name = name.trim().to_string();
                a.touch(&browser::now_iso());
                renamed = Some(a.clone());
            }
        });
        if let Some(a) = renamed {
            persistence::save(*self, &a);
        }
    }

    /// Deletes an assessment, keeping it for Undo. Deleting the open one
    /// opens the most recent other, or a new one.
    pub fn delete(&self, id: &str) {
        let Some(removed) = self.discard(id) else {
            return;
        };
        let name = removed.display_name().to_string();
        self.recently_deleted.set(Some(removed));
        if self.current_id.get_untracked() == id {
            match self
                .library
                .with_untracked(|l| l.by_last_change().first().map(|a| a.id.clone()))
            {
                Some(next) => self.make_current(&next),
                None => {
                    let a = Assessment::new(new_id(), &browser::now_iso());
                    let id = a.id.clone();
                    self.add(a);
                    self.make_current(&id);
                }
            }
        }
        self.notice.set(Some(Notice {
            text: format!("Deleted the assessment for {name}."),
            is_error: false,
            undo_delete: true,
        }));
    }

    /// Removes an assessment from memory and from storage.
    fn discard(&self, id: &str) -> Option<Assessment> {
        let removed = self.library.try_update(|l| l.remove(id)).flatten()?;
        self.told(
            lost::DELETED_COPY,
            storage::remove(&storage::record_key(id)),
        );
        Some(removed)
    }

    pub fn undo_delete(&self) {
        if let Some(a) = self.recently_deleted.get_untracked() {
            let name = a.display_name().to_string();
            self.add(a);
            self.recently_deleted.set(None);
            self.tell(format!("Restored the assessment for {name}."), false);
        }
    }

    pub fn tell(&self, text: impl Into<String>, is_error: bool) {
        self.notice.set(Some(Notice {
            text: text.into(),
            is_error,
            undo_delete: false,
        }));
    }

    /// After a download: the reminder to back up starts again.
    pub fn backed_up(&self) {
        self.count_changes(0);
    }

    /// Kept for the tab's next page too, so moving between pages does not
    /// put off the reminder.
    fn count_changes(&self, n: u32) {
        self.changes_since_backup.set(n);
        self.told(lost::CHANGES_COUNT, handover::put_changes_since_backup(n));
    }

    /// Presentation mode's settings, kept for the tab's next page.
    pub(crate) fn hand_over_presentation(&self, json: &str, audience_opened: bool) {
        self.told(
            lost::PRESENTATION,
            handover::put_presentation(json, audience_opened),
        );
    }
}
