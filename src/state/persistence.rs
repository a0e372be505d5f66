//! Writing assessments to localStorage: on every change, never over a newer
//! copy saved by another tab, and never losing data when a write fails.

use super::{new_id, AppState, SaveStatus};
use crate::browser::{self, storage};
use crate::domain::assessment::Assessment;
use crate::domain::saved::{decode, encode_saved};
use leptos::prelude::*;

/// Saves the open assessment whenever it changes.
pub fn autosave(state: AppState) {
    Effect::new(move |_| {
        let a = state.open.assessment().get();
        if !a.id.is_empty() {
            save(state, &a);
        }
    });
}

/// Writes one assessment, unless storage already holds a newer or clashing
/// copy from another tab: then both are kept, and the user is told.
pub fn save(state: AppState, a: &Assessment) {
    if state.open.protected.with_value(|p| p.contains(&a.id)) {
        return;
    }
    let key = storage::record_key(&a.id);
    let stored = storage::read(&key)
        .ok()
        .flatten()
        .and_then(|raw| decode(&raw, state.questionnaire, &a.id).ok());
    match stored {
        Some(stored) if stored == *a => return,
        Some(stored) if stored.revision >= a.revision => {
            keep_both(state, a.clone(), stored);
            return;
        }
        _ => {}
    }
    let status = match storage::write(&key, &encode_saved(a, state.questionnaire)) {
        Ok(()) => SaveStatus::Saved,
        Err(e) => SaveStatus::Failing(e),
    };
    if state.open.save_status.get_untracked() != status {
        state.open.save_status.set(status);
    }
}

/// Another tab saved this assessment at the same time: show its version
/// and keep this tab's as a copy, so neither is silently overwritten.
fn keep_both(state: AppState, mine: Assessment, theirs: Assessment) {
    let copy = mine.copy_as(new_id(), &browser::now_iso(), "(copy from another tab)");
    let copy_name = copy.display_name().to_string();
    let is_open = state.open.current_id.get_untracked() == mine.id;
    state.open.library.update(|l| l.upsert(theirs));
    state.add(copy);
    if is_open {
        state.open.epoch.update(|e| *e += 1);
    }
    state.tell(
        format!(
            "This assessment was changed in another tab at the same time. The other tab's version is shown; yours was kept as \"{copy_name}\" in your list of assessments."
        ),
        true,
    );
}
