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
    answers: RwSignal<KeptAnswers>,
    /// Whether the response is finished: the page swaps the form for the
    /// code only when this changes, never on an answer.
    is_finished: Memo<bool>,
    /// Whether the tab keeps the answers; false where storage is refused.
    kept: RwSignal<bool>,
    /// The response's random id, chosen when the page first opens in
    /// this tab and kept with the answers.
    id: StoredValue<u64>,
    today: StoredValue<String>,
}

/// The tab's session storage, where the browser allows it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

impl SectorForm {
    /// The form for `invitation`: the answers this tab kept for it, or
    /// none, with its response's id chosen now if it had none.
    pub fn new(invitation: Invitation, today: &str, random_id: u64) -> SectorForm {
        let key = format!("vcs-sector-{}", invitation.id);
        let store = session();
        let read = |k: &str| store.as_ref()?.get_item(k).ok().flatten();
        let answers = read(&key)
            .and_then(|t| KeptAnswers::from_text(&t))
            .unwrap_or_default();
        let id = read(&format!("{key}-id"))
            .and_then(|t| t.parse().ok())
            .unwrap_or(random_id & ((1 << ID_BITS) - 1));
        let kept = store
            .as_ref()
            .is_some_and(|s| s.set_item(&format!("{key}-id"), &id.to_string()).is_ok());
        let answers = RwSignal::new(answers);
        let form = SectorForm {
            invitation: StoredValue::new(invitation),
            answers,
            is_finished: Memo::new(move |_| answers.with(|a| a.finished)),
            kept: RwSignal::new(kept),
            id: StoredValue::new(id),
            today: StoredValue::new(today.to_string()),
        };
        // Every change is kept at once; a refusal (full, or blocked) is said.
        Effect::new(move |_| {
            let text = form.answers.with(KeptAnswers::to_text);
            let ok = session().is_some_and(|s| s.set_item(&key, &text).is_ok());
            form.kept.set(ok);
        });
        form
    }

    /// The answers so far as a response, dated today.
    fn response(&self) -> SectorResponse {
        let a = self.answers.get_untracked();
        SectorResponse {
            invitation_tag: self.invitation.with_value(|i| i.id.tag()),
            id: self.id.get_value(),
            day: self.today.with_value(|t| day_number(t)).unwrap_or(0),
            revision: a.revision,
            ni7: a.ni7,
            items: a.items,
            kind: a.kind,
            size: a.size,
        }
    }

    pub fn invitation(&self) -> Invitation {
        self.invitation.get_value()
    }

    /// Whether this tab keeps the answers through a reload.
    pub fn kept(&self) -> ReadSignal<bool> {
        self.kept.read_only()
    }

    pub fn ni7(&self) -> Signal<Option<u8>> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.ni7))
    }

    pub fn item(&self, i: usize) -> Signal<Option<ItemAnswer>> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.items.get(i).copied().flatten()))
    }

    pub fn kind(&self) -> Signal<Option<u8>> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.kind))
    }

    pub fn size(&self) -> Signal<Option<u8>> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.size))
    }

    pub fn comment(&self) -> Signal<String> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.comment.clone()))
    }

    pub fn organisation(&self) -> Signal<String> {
        let answers = self.answers;
        Signal::derive(move || answers.with(|a| a.organisation.clone()))
    }

    /// Whether the answers are finished, as a code.
    pub fn is_finished(&self) -> Memo<bool> {
        self.is_finished
    }

    /// The finished response, none while answering.
    pub fn finished(&self) -> Signal<Option<SectorResponse>> {
        let form = *self;
        Signal::derive(move || form.answers.with(|a| a.finished).then(|| form.response()))
    }

    pub fn set_ni7(self, option: u8) {
        self.answers.update(|a| a.ni7 = Some(option));
    }

    pub fn set_item(self, i: usize, answer: ItemAnswer) {
        self.answers.update(|a| {
            if let Some(slot) = a.items.get_mut(i) {
                *slot = Some(answer);
            }
        });
    }

    pub fn set_kind(self, kind: Option<u8>) {
        self.answers.update(|a| a.kind = kind);
    }

    pub fn set_size(self, size: Option<u8>) {
        self.answers.update(|a| a.size = size);
    }

    pub fn set_comment(self, text: &str) {
        self.answers
            .update(|a| a.comment = text.chars().take(MAX_COMMENT).collect());
    }

    pub fn set_organisation(self, text: &str) {
        self.answers
            .update(|a| a.organisation = text.chars().take(200).collect());
    }

    /// How many of the fourteen questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers
            .with(|a| usize::from(a.ni7.is_some()) + a.items.iter().flatten().count())
    }

    /// The answers as a response, dated today, with the form's random id:
    /// what the code, the file and the email carry. Unanswered questions
    /// stay so.
    pub fn finish(self) {
        self.answers.update(|a| a.finished = true);
    }

    /// Back to the answers, to change one: finished again, it is the next
    /// revision of the same response.
    pub fn reopen(self) {
        self.answers.update(|a| {
            a.finished = false;
            a.revision = (a.revision + 1).min(MAX_REVISION);
        });
    }
}
