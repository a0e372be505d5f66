//! One organisation's answers on the sector's page, changed only through
//! the named methods here; finished, they become a response code. Changed
//! and finished again, it is the same response (one random id per visit)
//! in a later revision, which replaces the earlier one where both arrive.
//! Kept in the tab (sessionStorage) as they are given, so a reload or a
//! switch to the mail app loses nothing; a new tab starts afresh, so the
//! next person on a shared device sees none of it.

use crate::domain::sector::{
    day_number, Invitation, ItemAnswer, KeptAnswers, SectorResponse, ID_BITS, MAX_COMMENT,
    MAX_REVISION,
};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SectorForm {
    invitation: StoredValue<Invitation>,
    ni7: RwSignal<Option<u8>>,
    items: RwSignal<[Option<ItemAnswer>; 13]>,
    kind: RwSignal<Option<u8>>,
    size: RwSignal<Option<u8>>,
    comment: RwSignal<String>,
    organisation: RwSignal<String>,
    /// Whether the collector may pass the comment on: the box holds it on
    /// the page, so nothing here needs to react.
    pass_on: StoredValue<bool>,
    finished: RwSignal<Option<SectorResponse>>,
    revision: StoredValue<u8>,
    /// Whether the tab kept the answers when last asked; false where
    /// storage is refused or full.
    kept: StoredValue<bool>,
    /// The response's random id, chosen when the page first opens in this
    /// tab and kept with the answers.
    id: StoredValue<u64>,
    today: StoredValue<String>,
}

/// Where the tab keeps one invitation's answers.
fn key(invitation: &Invitation) -> String {
    format!("vcs-sector-{}", invitation.id)
}

/// The tab's session storage, where the browser allows it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

impl SectorForm {
    /// The form for `invitation`: the answers this tab kept for it, or
    /// none, with its response's id chosen now.
    pub fn new(invitation: Invitation, today: &str, random_id: u64) -> SectorForm {
        let kept = session()
            .and_then(|s| s.get_item(&key(&invitation)).ok().flatten())
            .and_then(|t| KeptAnswers::from_text(&t))
            .unwrap_or_else(|| KeptAnswers {
                id: random_id & ((1 << ID_BITS) - 1),
                ..KeptAnswers::default()
            });
        let form = SectorForm {
            invitation: StoredValue::new(invitation),
            ni7: RwSignal::new(kept.ni7),
            items: RwSignal::new(kept.items),
            kind: RwSignal::new(kept.kind),
            size: RwSignal::new(kept.size),
            comment: RwSignal::new(kept.comment),
            organisation: RwSignal::new(kept.organisation),
            pass_on: StoredValue::new(kept.pass_on),
            finished: RwSignal::new(None),
            revision: StoredValue::new(kept.revision),
            kept: StoredValue::new(false),
            id: StoredValue::new(kept.id),
            today: StoredValue::new(today.to_string()),
        };
        match kept.finished {
            // Kept before the day finished was: as finished today.
            Some(0) => form.finish(),
            Some(day) => form.finished.set(Some(SectorResponse {
                day,
                ..form.response()
            })),
            None => {}
        }
        form.keep();
        form
    }

    /// Whether its finished response was answered by the closing date: its
    /// code may still be sent after it.
    pub fn finished_in_time(&self) -> bool {
        let closes = self
            .invitation
            .with_value(|i| i.closes.as_deref().and_then(day_number));
        self.finished.with_untracked(|f| {
            f.as_ref()
                .is_some_and(|r| closes.is_none_or(|c| r.day <= c))
        })
    }

    /// Keeps the answers in the tab, after every change: called by each
    /// method that changes them rather than by an effect, which would cost
    /// the phone's page more than it can carry.
    fn keep(&self) {
        let text = KeptAnswers {
            id: self.id.get_value(),
            ni7: self.ni7.get_untracked(),
            items: self.items.get_untracked(),
            kind: self.kind.get_untracked(),
            size: self.size.get_untracked(),
            revision: self.revision.get_value(),
            finished: self.finished.with_untracked(|f| f.as_ref().map(|r| r.day)),
            organisation: self.organisation.get_untracked(),
            comment: self.comment.get_untracked(),
            pass_on: self.pass_on.get_value(),
        }
        .to_text();
        let key = self.invitation.with_value(key);
        self.kept
            .set_value(session().is_some_and(|s| s.set_item(&key, &text).is_ok()));
    }

    /// The answers so far as a response, dated today.
    fn response(&self) -> SectorResponse {
        SectorResponse {
            invitation_tag: self.invitation.with_value(|i| i.id.tag()),
            id: self.id.get_value(),
            day: self.today.with_value(|t| day_number(t)).unwrap_or(0),
            revision: self.revision.get_value(),
            ni7: self.ni7.get_untracked(),
            items: self.items.get_untracked(),
            kind: self.kind.get_untracked(),
            size: self.size.get_untracked(),
        }
    }

    pub fn invitation(&self) -> Invitation {
        self.invitation.get_value()
    }

    /// Whether this tab keeps the answers through a reload.
    pub fn kept(&self) -> bool {
        self.kept.get_value()
    }

    pub fn ni7(&self) -> ReadSignal<Option<u8>> {
        self.ni7.read_only()
    }

    pub fn item(&self, i: usize) -> Signal<Option<ItemAnswer>> {
        let items = self.items;
        Signal::derive(move || items.with(|list| list.get(i).copied().flatten()))
    }

    pub fn kind(&self) -> ReadSignal<Option<u8>> {
        self.kind.read_only()
    }

    pub fn size(&self) -> ReadSignal<Option<u8>> {
        self.size.read_only()
    }

    pub fn comment(&self) -> ReadSignal<String> {
        self.comment.read_only()
    }

    pub fn organisation(&self) -> ReadSignal<String> {
        self.organisation.read_only()
    }

    /// Whether the collector may pass the comment on to the body.
    pub fn pass_on(&self) -> bool {
        self.pass_on.get_value()
    }

    pub fn finished(&self) -> ReadSignal<Option<SectorResponse>> {
        self.finished.read_only()
    }

    pub fn set_ni7(self, option: u8) {
        self.ni7.set(Some(option));
        self.keep();
    }

    pub fn set_item(self, i: usize, answer: ItemAnswer) {
        self.items.update(|list| {
            if let Some(slot) = list.get_mut(i) {
                *slot = Some(answer);
            }
        });
        self.keep();
    }

    pub fn set_kind(self, kind: Option<u8>) {
        self.kind.set(kind);
        self.keep();
    }

    pub fn set_size(self, size: Option<u8>) {
        self.size.set(size);
        self.keep();
    }

    pub fn set_comment(self, text: &str) {
        self.comment.set(text.chars().take(MAX_COMMENT).collect());
        self.keep();
    }

    pub fn agree_to_pass_on(self, agreed: bool) {
        self.pass_on.set_value(agreed);
        self.keep();
    }

    pub fn set_organisation(self, text: &str) {
        self.organisation.set(text.chars().take(200).collect());
        self.keep();
    }

    /// How many of the fourteen questions have an answer.
    pub fn answered(&self) -> usize {
        usize::from(self.ni7.with(Option::is_some))
            + self.items.with(|list| list.iter().flatten().count())
    }

    /// The answers as a response, dated today, with the form's random id:
    /// what the code, the file and the email carry. Unanswered questions
    /// stay so.
    pub fn finish(self) {
        // Dated the day it is finished, not the day the page opened: a tab
        // left open past the closing date answers late, and says so.
        self.today.set_value(crate::browser::today());
        self.finished.set(Some(self.response()));
        self.keep();
    }

    /// Back to the answers, to change one: finished again, it is the next
    /// revision of the same response.
    pub fn reopen(self) {
        self.revision
            .update_value(|r| *r = (*r + 1).min(MAX_REVISION));
        self.finished.set(None);
        self.keep();
    }
}
