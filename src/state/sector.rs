//! One organisation's answers on the sector's page, changed only through
//! the named methods here; finished, they become a response code. Changed
//! and finished again, it is the same response (one random id per visit),
//! so it still counts once.

use crate::domain::sector::{day_number, Invitation, ItemAnswer, SectorResponse, MAX_COMMENT};
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
    finished: RwSignal<Option<SectorResponse>>,
    /// The response's random id, chosen when the page opens.
    id: StoredValue<u64>,
    today: StoredValue<String>,
}

impl SectorForm {
    /// The form for `invitation`, its response's id chosen now.
    pub fn new(invitation: Invitation, today: &str, random_id: u64) -> SectorForm {
        SectorForm {
            invitation: StoredValue::new(invitation),
            ni7: RwSignal::new(None),
            items: RwSignal::new([None; 13]),
            kind: RwSignal::new(None),
            size: RwSignal::new(None),
            comment: RwSignal::new(String::new()),
            organisation: RwSignal::new(String::new()),
            finished: RwSignal::new(None),
            id: StoredValue::new(random_id & ((1 << 40) - 1)),
            today: StoredValue::new(today.to_string()),
        }
    }

    /// The answers so far as a response, dated today.
    fn response(&self) -> SectorResponse {
        SectorResponse {
            invitation_tag: self.invitation.with_value(|i| i.id.tag()),
            id: self.id.get_value(),
            day: self.today.with_value(|t| day_number(t)).unwrap_or(0),
            ni7: self.ni7.get_untracked(),
            items: self.items.get_untracked(),
            kind: self.kind.get_untracked(),
            size: self.size.get_untracked(),
        }
    }

    pub fn invitation(&self) -> Invitation {
        self.invitation.get_value()
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

    pub fn finished(&self) -> ReadSignal<Option<SectorResponse>> {
        self.finished.read_only()
    }

    pub fn set_ni7(self, option: u8) {
        self.ni7.set(Some(option));
    }

    pub fn set_item(self, i: usize, answer: ItemAnswer) {
        self.items.update(|list| {
            if let Some(slot) = list.get_mut(i) {
                *slot = Some(answer);
            }
        });
    }

    pub fn set_kind(self, kind: Option<u8>) {
        self.kind.set(kind);
    }

    pub fn set_size(self, size: Option<u8>) {
        self.size.set(size);
    }

    pub fn set_comment(self, text: &str) {
        self.comment.set(text.chars().take(MAX_COMMENT).collect());
    }

    pub fn set_organisation(self, text: &str) {
        self.organisation.set(text.chars().take(200).collect());
    }

    /// How many of the fourteen questions have an answer.
    pub fn answered(&self) -> usize {
        usize::from(self.ni7.with(Option::is_some))
            + self.items.with(|list| list.iter().flatten().count())
    }

    /// The answers as a response, dated today, with the form's random id:
    /// what the code, the file and the email carry. Unanswered questions
    /// stay so; finished again after a change, it is the same response.
    pub fn finish(self) {
        self.finished.set(Some(self.response()));
    }

    /// Back to the answers, to change one before sending.
    pub fn reopen(self) {
        self.finished.set(None);
    }
}
