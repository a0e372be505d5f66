//! Other tabs: a change saved in one tab appears in the others.

use super::AppState;
use crate::browser::storage;
use crate::domain::saved::decode;
use leptos::prelude::*;

pub fn follow_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let Some(key) = ev.key() else {
            return;
        };
        let Some(id) = key.strip_prefix(storage::RECORD_PREFIX) else {
            return;
        };
        let is_open = state.current_id.get_untracked() == id;
        match ev.new_value() {
            None if is_open => state.tell(
                "This assessment was deleted in another tab. It stays open here, and will be saved again if you change it.",
                true,
            ),
            None => state.library.update(|l| {
                l.remove(id);
            }),
            Some(raw) => {
                let Ok(theirs) = decode(&raw, state.questionnaire, id) else {
                    return;
                };
                let newer = state
                    .library
                    .with_untracked(|l| l.get(id).is_none_or(|mine| theirs.revision > mine.revision));
                if newer {
                    state.library.update(|l| l.upsert(theirs));
                    if is_open {
                        state.epoch.update(|e| *e += 1);
                    }
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}
