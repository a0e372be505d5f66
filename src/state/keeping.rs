//! Whether the browser has agreed to keep the answers when space runs short
//! (persistent storage). It is asked at the first answer of a visit: then
//! there is something worth keeping, and Firefox's prompt follows an action.

use super::AppState;
use crate::browser::persist;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    NotAsked,
    Asking,
    Agreed,
    Declined,
    /// The browser offers no way to ask.
    CannotAsk,
}

impl AppState {
    pub fn keeping(&self) -> ReadSignal<Keeping> {
        self.keeping.read_only()
    }

    /// What the browser decided on an earlier visit, without asking again.
    pub(super) fn check_keeping(self) {
        spawn_local(async move {
            let found = match persist::persisted().await {
                Some(true) => Keeping::Agreed,
                Some(false) => return,
                None => Keeping::CannotAsk,
            };
            self.keeping.set(found);
        });
    }

    pub(super) fn ask_to_keep(self) {
        if self.keeping.get_untracked() != Keeping::NotAsked {
            return;
        }
        self.keeping.set(Keeping::Asking);
        spawn_local(async move {
            self.keeping.set(match persist::persist().await {
                Some(true) => Keeping::Agreed,
                Some(false) => Keeping::Declined,
                None => Keeping::CannotAsk,
            });
        });
    }
}
