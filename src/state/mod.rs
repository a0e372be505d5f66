//! The app's shared state, in small stores: the open assessment
//! (`OpenAssessment`), messages for the user (`Notices`, shared with the
//! county pages), and the tab's visit (`TabSession`). Components reach them
//! through `expect_context::<AppState>()`; what changes more than one store
//! (opening, creating, deleting an assessment) is a named method here.

mod collect;
mod county;
mod import;
mod notices;
mod open_assessment;
mod persistence;
mod presentation;
mod sector;
mod startup;
mod storage_grant;
mod tab_session;
mod tabs;

use crate::browser::{self, handover, location, storage};
use crate::domain::agreed::{set_agreed, AgreedField};
use crate::domain::answers::Answers;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::route::{Page, Route};
use crate::domain::sector::{Brought, InvitationError, InvitationId, SectorIntake, SentInvitation};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;

pub use collect::{CollectDesk, COLLECTION_PREFIX};
pub use county::{CountyState, PrintForm, BROWSER_SET_KEY};
pub use import::{PendingImport, Resolution};
pub use notices::{Notice, NoticeAction, Notices};
pub use open_assessment::{OpenAssessment, SaveStatus};
pub use presentation::{PresentationState, HEARTBEAT_MS};
pub use sector::SectorForm;
pub use storage_grant::StorageGrant;
pub use tab_session::TabSession;

/// Changes after which the app suggests downloading a backup.
pub const BACKUP_NUDGE_AFTER: u32 = 30;

#[derive(Clone, Copy)]
pub struct AppState {
    questionnaire: &'static Questionnaire,
    standards: &'static StandardSet,
    open: OpenAssessment,
    notices: Notices,
    tab: TabSession,
    /// Keys of saved data that could not be read, kept aside for download.
    unreadable: RwSignal<Vec<String>>,
    /// Whether the browser has granted persistent storage for the data.
    grant: RwSignal<StorageGrant>,
}

/// What is lost when a write fails, in words for the user.
pub mod lost {
    pub const CURRENT_IN_BROWSER: &str = "This browser could not note which assessment is open, so the next visit may open another one";
    pub const CURRENT_IN_TAB: &str = "This tab could not note which assessment it has open, so its other pages may open the one saved last";
    pub const CHANGES_COUNT: &str = "This tab could not keep its count of changes since your last download, so the reminder to download may come late: download a copy now and then";
    pub const PRESENTATION: &str = "Presentation mode's settings (the shortcuts, the last slide) could not be kept for this tab, so they start afresh when you come back to it";
    pub const DELETED_COPY: &str = "The assessment is off your list, but its saved copy could not be deleted from this browser and may come back on the next visit: delete it again then";
    pub const UNREADABLE: &str = "The unreadable data could not be removed from this browser, so it stays kept aside for download";
}

impl AppState {
    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire
    }

    pub fn standards(&self) -> &'static StandardSet {
        self.standards
    }

    /// The open assessment, the others held, and how saving is going.
    pub fn open(&self) -> OpenAssessment {
        self.open
    }

    /// Messages for the user.
    pub fn notices(&self) -> Notices {
        self.notices
    }

    /// This tab's page, route and visit.
    pub fn tab(&self) -> TabSession {
        self.tab
    }

    /// Keys of saved data that could not be read, kept aside for download.
    pub fn unreadable(&self) -> ReadSignal<Vec<String>> {
        self.unreadable.read_only()
    }

    /// Removes the unreadable records from storage, once the user says so;
    /// those that will not go stay on offer.
    pub fn discard_unreadable(&self) {
        let mut left = Vec::new();
        for key in self.unreadable.get_untracked() {
            if let Err(e) = storage::remove(&key) {
                self.notices.told(lost::UNREADABLE, Err(e));
                left.push(key);
            }
        }
        self.unreadable.set(left);
    }

    /// Makes `id` the open assessment, remembers the choice for the next
    /// visit, and has pages re-read it. The one place that changes it.
    fn make_current(&self, id: &str) {
        self.open.current_id.set(id.to_string());
        self.notices
            .told(lost::CURRENT_IN_TAB, handover::put_current(id));
        self.notices.told(
            lost::CURRENT_IN_BROWSER,
            storage::write(storage::CURRENT_KEY, id),
        );
        self.open.epoch.update(|e| *e += 1);
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
        let open = OpenAssessment::new(
            loaded.library,
            loaded.current,
            loaded.protected,
            loaded.save_status,
            questionnaire,
            standards,
        );
        let assessment = open.assessment();

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
        let handed_over =
            handover::take_notice().map(|(text, is_error)| Notice::new(text, is_error));
        let mut notice = loaded.notice.or(handed_over);
        let mut route = route;
        if let (false, Some(n)) = (route.page() == page, &mut notice) {
            // Said here, for the page the browser goes on to; if this tab
            // cannot carry it there, the user stays here to read it.
            if let Err(e) = handover::put_notice(&n.text, n.is_error) {
                n.text = format!(
                    "{} (This tab could not carry this message on to the page you asked for ({e}), so you are on this page instead.)",
                    n.text
                );
                route = page.home();
            }
        }
        let is_here = route.page() == page;
        // The opening has been read: a reload must not begin again.
        let settled = if is_here {
            route.settled()
        } else {
            route.clone()
        };
        location::replace(&settled.href(page));

        let state = AppState {
            questionnaire,
            standards,
            open,
            notices: Notices::new(notice),
            tab: TabSession::new(page, route, handover::changes_since_backup()),
            unreadable: RwSignal::new(loaded.unreadable),
            grant: RwSignal::new(StorageGrant::NotAsked),
        };
        state.notices.told(lost::CURRENT_IN_TAB, tab_current);
        state.follow_fragment();
        tabs::follow_other_tabs(state);
        location::reload_when_restored_from_history();
        persistence::autosave(state);
        state.check_grant();
        if is_here && settled != Route::Audience {
            state.remember_position(&settled);
        }
        state
    }

    /// Records where the user is, so that the assessment reopens there.
    fn remember_position(&self, route: &Route) {
        let fragment = route.to_fragment();
        if self
            .open
            .assessment()
            .with_untracked(|a| a.position != fragment)
        {
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
            if route.page() == self.tab.page {
                self.remember_position(&route);
                self.tab.route.set(route);
            } else {
                location::replace(&route.href(self.tab.page));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Moves to `route`: on this page, a new fragment (the hashchange
    /// follows); on another page, loading it.
    pub fn go(&self, route: Route) {
        if route.page() == self.tab.page {
            location::push(&route.to_fragment());
            return;
        }
        // The notice on show goes with the user to the other page; if this
        // tab cannot carry it, the user stays to read it.
        if let Some(n) = self.notices.notice().get_untracked() {
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
        location::assign(&route.href(self.tab.page));
    }

    fn edit_current(&self, is_change: bool, change: impl FnOnce(&mut Assessment)) {
        let id = self.open.current_id.get_untracked();
        self.open.library.update(|l| {
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
            self.count_changes(self.tab.changes_since_backup.get_untracked() + 1);
            self.ask_for_grant();
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

    /// Records one field of the action a workshop agreed for a standard.
    pub fn set_agreed(&self, standard: &str, field: AgreedField, text: &str) {
        self.edit_current(true, |a| set_agreed(&mut a.agreed, standard, field, text));
    }

    /// Keeps what a file without names passed on of the sector's
    /// responses, for the open assessment or every one held: the next file
    /// moves a question on only once five more have answered it.
    pub fn passed_on_without_names(&self, all: bool, today: &str) {
        let current = self.open.current_id.get_untracked();
        self.open.library.update(|l| {
            let ids: Vec<String> = if all {
                l.by_last_change().iter().map(|a| a.id.clone()).collect()
            } else {
                vec![current]
            };
            for id in ids {
                if let Some(a) = l.get_mut(&id) {
                    let body = a.display_name().to_string();
                    if a.sector.pass_on_own(&body, today) {
                        // A new revision, so the save is seen as newer.
                        a.revision += 1;
                    }
                }
            }
        });
    }

    /// Makes an invitation to the sector for the open assessment, with a
    /// random id: every response code will carry its first four symbols.
    /// Refused, saying why, when the sector's page could not read its link.
    pub fn invite_sector(
        &self,
        closes: Option<String>,
        reply_to: Option<String>,
        named: bool,
        collector: Option<String>,
    ) -> Result<(), InvitationError> {
        let id = InvitationId::from_bits((js_sys::Math::random() * 1_099_511_627_776.0) as u64);
        let (body, kind) = self
            .open
            .assessment()
            .with_untracked(|a| (a.display_name().to_string(), a.body.kind.clone()));
        let sent = SentInvitation {
            id: id.as_str().to_string(),
            created_at: browser::now_iso(),
            closes,
            reply_to,
            named,
            collector,
        };
        sent.invitation(&body, &kind)
            .ok_or(InvitationError::Malformed("invitation id"))?
            .check()?;
        self.edit_current(true, |a| a.sector.invitations.push(sent));
        Ok(())
    }

    /// Brings in every response code found in pasted text, or the response
    /// files chosen, and gives back what became of each.
    pub fn bring_in_sector(
        &self,
        text: &str,
        files: Vec<(String, Result<String, String>)>,
    ) -> SectorIntake {
        let now = browser::now_iso();
        // Another invitation's body, by its tag, from this browser's assessments.
        let others: Vec<(u32, String)> = self.open.library.with_untracked(|l| {
            l.by_last_change()
                .into_iter()
                .flat_map(|a| {
                    a.sector.invitations.iter().filter_map(move |i| {
                        InvitationId::parse(&i.id)
                            .map(|id| (id.tag(), a.display_name().to_string()))
                    })
                })
                .collect()
        });
        let elsewhere = move |tag: u32| {
            others
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, n)| n.clone())
        };
        let mut outcomes = Vec::new();
        self.edit_current(true, |a| {
            if !text.trim().is_empty() {
                let intake = a.sector.bring_in_text(text, &now, &elsewhere);
                if intake.outcomes.is_empty() {
                    outcomes.push((
                        String::from("the pasted text"),
                        Brought::NotAResponse("the pasted text".into()),
                    ));
                }
                outcomes.extend(intake.outcomes);
            }
            for (name, read) in &files {
                outcomes.push(match read {
                    Ok(text) => a.sector.bring_in_file(name, text, &now, &elsewhere),
                    Err(e) => (name.clone(), Brought::NotAResponse(format!("{name} ({e})"))),
                });
            }
        });
        SectorIntake { outcomes }
    }

    /// Counts the responses answered after their invitation closed, which
    /// the officer has chosen to count.
    pub fn count_late_sector_responses(&self) {
        self.edit_current(true, |a| a.sector.count_late());
    }

    /// Opens another assessment where it was left.
    pub fn open_assessment(&self, id: &str) {
        if !self.open.library.with_untracked(|l| l.contains(id)) {
            return;
        }
        self.make_current(id);
        let route = self
            .open
            .assessment()
            .with_untracked(|a| {
                Route::parse(&a.position, |q| self.questionnaire.question(q).is_some())
            })
            .filter(|r| *r != Route::Start)
            .unwrap_or(Route::Tasks);
        self.go(route);
    }

    /// Shows `id` without moving from the page: the room's window follows
    /// the presenter's assessment.
    pub fn show(&self, id: &str) {
        let known = self.open.library.with_untracked(|l| l.contains(id));
        if known && self.open.current_id.get_untracked() != id {
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
        self.open.library.update(|l| l.upsert(a));
    }

    /// A re-assessment of `id`, starting from its answers.
    pub fn reassess(&self, id: &str) {
        let Some(old) = self.open.library.with_untracked(|l| l.get(id).cloned()) else {
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
        self.open_assessment(&new_id);
    }

    pub fn rename(&self, id: &str, name: &str) {
        let mut renamed = None;
        self.open.library.update(|l| {
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
        self.tab.recently_deleted.set(Some(removed));
        if self.open.current_id.get_untracked() == id {
            match self
                .open
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
        self.notices.offer(
            format!("Deleted the assessment for {name}."),
            NoticeAction::UndoDelete,
        );
    }

    /// Removes an assessment from memory and from storage.
    fn discard(&self, id: &str) -> Option<Assessment> {
        let removed = self.open.library.try_update(|l| l.remove(id)).flatten()?;
        self.notices.told(
            lost::DELETED_COPY,
            storage::remove(&storage::record_key(id)),
        );
        Some(removed)
    }

    pub fn undo_delete(&self) {
        if let Some(a) = self.tab.recently_deleted.get_untracked() {
            let name = a.display_name().to_string();
            self.add(a);
            self.tab.recently_deleted.set(None);
            self.tell(format!("Restored the assessment for {name}."), false);
        }
    }

    fn tell(&self, text: impl Into<String>, is_error: bool) {
        self.notices.tell(text, is_error);
    }

    /// After a download: the reminder to back up starts again.
    pub fn backed_up(&self) {
        self.count_changes(0);
    }

    /// Kept for the tab's next page too, so moving between pages does not
    /// put off the reminder.
    fn count_changes(&self, n: u32) {
        self.tab.changes_since_backup.set(n);
        self.notices
            .told(lost::CHANGES_COUNT, handover::put_changes_since_backup(n));
    }

    /// Presentation mode's settings, kept for the tab's next page.
    pub(crate) fn hand_over_presentation(&self, json: &str, audience_opened: bool) {
        self.notices.told(
            lost::PRESENTATION,
            handover::put_presentation(json, audience_opened),
        );
    }
}
