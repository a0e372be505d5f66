//! What the app finds in storage when it starts: older data to migrate,
//! assessments to load, and anything unreadable, which is kept aside.

use super::{new_id, Notice, SaveStatus};
use crate::browser::{self, handover, storage};
use crate::domain::assessment::Assessment;
use crate::domain::library::Library;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{decode, encode_saved, LoadError};
use std::collections::HashSet;

pub struct Loaded {
    pub library: Library,
    pub current: String,
    pub save_status: SaveStatus,
    pub notice: Option<Notice>,
    pub unreadable: Vec<String>,
    pub protected: HashSet<String>,
}

fn problem(text: String) -> Option<Notice> {
    Some(Notice::new(text, true))
}

pub fn load(q: &Questionnaire) -> Loaded {
    let mut messages = Vec::new();
    let mut protected = HashSet::new();
    let mut assessments = Vec::new();
    let mut save_status = SaveStatus::Saved;

    match storage::keys_with_prefix(storage::RECORD_PREFIX) {
        Err(e) => save_status = SaveStatus::Failing(e),
        Ok(keys) => {
            if let Some(message) = migrate_legacy(q, &mut assessments) {
                messages.push(message);
            }
            for key in keys {
                let id = key[storage::RECORD_PREFIX.len()..].to_string();
                let Ok(Some(raw)) = storage::read(&key) else {
                    continue;
                };
                match decode(&raw, q, &id) {
                    Ok(a) if a.id == id => assessments.push(a),
                    Ok(_) => messages.push(set_unreadable_aside(
                        &key,
                        &raw,
                        "its id does not match where it was saved",
                    )),
                    Err(LoadError::NewerVersion { found }) => {
                        protected.insert(id);
                        messages.push(format!(
                            "One saved assessment was made by a newer version of this tool (format {found}) and cannot be opened here. It has been left untouched."
                        ));
                    }
                    Err(e) => messages.push(set_unreadable_aside(&key, &raw, &e.to_string())),
                }
            }
        }
    }

    let library = Library::new(assessments);
    // This tab's own first, so that another tab opening a different
    // assessment does not change what this one shows on its next page.
    let remembered = handover::current()
        .filter(|id| library.contains(id))
        .or_else(|| storage::read(storage::CURRENT_KEY).ok().flatten());
    let mut library = library;
    let current = match remembered.filter(|id| library.contains(id)) {
        Some(id) => id,
        None => match library.by_last_change().first() {
            Some(a) => a.id.clone(),
            None => {
                let a = Assessment::new(new_id(), &browser::now_iso());
                let id = a.id.clone();
                library.upsert(a);
                id
            }
        },
    };
    Loaded {
        library,
        current,
        save_status,
        notice: if messages.is_empty() {
            None
        } else {
            problem(messages.join(" "))
        },
        unreadable: storage::keys_with_prefix(storage::UNREADABLE_PREFIX).unwrap_or_default(),
        protected,
    }
}

/// Copies unreadable data to a key of its own, then removes the original
/// so it is not reported again. If the copy fails the original stays.
fn set_unreadable_aside(key: &str, raw: &str, why: &str) -> String {
    // The time orders them; the original key's end keeps two apart.
    let tail: String = key
        .rsplit('/')
        .next()
        .unwrap_or("")
        .chars()
        .take(40)
        .collect();
    let aside = format!(
        "{}{}-{tail}",
        storage::UNREADABLE_PREFIX,
        browser::now_iso()
    );
    match storage::write(&aside, raw) {
        Ok(()) => {
            let left = match storage::remove(key) {
                Ok(()) => String::new(),
                Err(e) => format!(" The unreadable original could not be removed ({e}), so it will be kept aside again on the next visit."),
            };
            format!("A saved assessment could not be read ({why}). It has been kept aside, exactly as it was, for you to download.{left}")
        }
        Err(e) => format!(
            "A saved assessment could not be read ({why}) and could not be copied aside ({e}). It has been left where it was."
        ),
    }
}

/// Moves version 1's single assessment to its own key: the old data is
/// copied aside first and removed only once the new record is written.
fn migrate_legacy(q: &Questionnaire, assessments: &mut Vec<Assessment>) -> Option<String> {
    let raw = storage::read(storage::LEGACY_KEY).ok().flatten()?;
    if storage::write(storage::PRE_MIGRATION_KEY, &raw).is_err() {
        return Some("Your saved assessment needs updating to this version, but there is no room to keep a safety copy, so it has been left as it was. Free some space and reload.".into());
    }
    match decode(&raw, q, &new_id()) {
        Ok(a) => {
            if storage::write(&storage::record_key(&a.id), &encode_saved(&a, q)).is_err() {
                return Some("Your saved assessment could not be updated to this version; it has been left as it was.".into());
            }
            // Updated and saved: what is left to tidy, and what it costs if
            // the browser refuses.
            let mut left = Vec::new();
            if let Err(e) = storage::write(storage::CURRENT_KEY, &a.id) {
                left.push(format!("it could not be noted as the one open ({e}), so choose it from your assessments if another opens"));
            }
            if let Err(e) = storage::remove(storage::LEGACY_KEY) {
                left.push(format!("the old copy could not be removed ({e}), so it may show twice after a reload: delete one of them then"));
            }
            left.extend(without_safety_copy());
            assessments.push(a);
            (!left.is_empty()).then(|| {
                format!(
                    "Your saved assessment was updated to this version, but {}.",
                    left.join("; and ")
                )
            })
        }
        Err(LoadError::NewerVersion { .. }) => Some(format!(
            "Your saved assessment was made by a newer version of this tool and has been left untouched.{}",
            without_safety_copy().map(|w| format!(" Also, {w}.")).unwrap_or_default()
        )),
        Err(e) => {
            let message = set_unreadable_aside(storage::LEGACY_KEY, &raw, &e.to_string());
            Some(match without_safety_copy() {
                Some(w) => format!("{message} Also, {w}."),
                None => message,
            })
        }
    }
}

/// Removes the safety copy made for the migration, once it is not needed;
/// what failing costs, in words, if it does.
fn without_safety_copy() -> Option<String> {
    storage::remove(storage::PRE_MIGRATION_KEY).err().map(|e| {
        format!("its safety copy could not be removed ({e}) and takes up room in this browser until site data is cleared")
    })
}
