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
        let is_open = state.open.current_id.get_untracked() == id;
        match ev.new_value() {
            None if is_open => state.tell(
                "This assessment was deleted in another tab. It stays open here, and will be saved again if you change it.",
                true,
            ),
            None => state.open.library.update(|l| {
                l.remove(id);
            }),
            Some(raw) => {
                let Ok(theirs) = decode(&raw, state.questionnaire, id) else {
                    return;
                };
                let (newer, same_answers) = state.open.library.with_untracked(|l| match l.get(id) {
                    None => (true, false),
                    Some(mine) => (
                        theirs.revision > mine.revision,
                        mine.answers == theirs.answers && mine.body == theirs.body,
                    ),
                });
                if newer {
                    state.open.library.update(|l| l.upsert(theirs));
                    // Only moving between pages there: no need to redraw here.
                    if is_open && !same_answers {
                        state.open.epoch.update(|e| *e += 1);
                    }
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}
