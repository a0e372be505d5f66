//! Whether the browser has granted persistent storage: agreed to keep the
//! answers when space runs short. It is asked at the first answer of a visit: then
//! there is something worth keeping, and Firefox's prompt follows an action.

use super::AppState;
use crate::browser::persist;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageGrant {
    NotAsked,
    Asking,
    Agreed,
    Declined,
    /// The browser offers no way to ask.
    CannotAsk,
}

impl AppState {
    pub fn grant(&self) -> ReadSignal<StorageGrant> {
        self.grant.read_only()
    }

    /// What the browser decided on an earlier visit, without asking again.
    pub(super) fn check_grant(self) {
        spawn_local(async move {
            let found = match persist::persisted().await {
                Some(true) => StorageGrant::Agreed,
                Some(false) => return,
                None => StorageGrant::CannotAsk,
            };
            self.grant.set(found);
        });
    }

    pub(super) fn ask_for_grant(self) {
        if self.grant.get_untracked() != StorageGrant::NotAsked {
            return;
        }
        self.grant.set(StorageGrant::Asking);
        spawn_local(async move {
            self.grant.set(match persist::persist().await {
                Some(true) => StorageGrant::Agreed,
                Some(false) => StorageGrant::Declined,
                None => StorageGrant::CannotAsk,
            });
        });
    }
}
