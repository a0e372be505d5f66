//! localStorage through gloo-storage. Storage can be missing (disabled,
//! some private modes) or full, so every call reports failure as a value.

use super::js_error_message;
use gloo_storage::{LocalStorage, Storage};

/// Where version 1 kept its only assessment; migrated on first load.
pub const LEGACY_KEY: &str = "thriving-third-sector/assessment";
/// The legacy data while its migration runs; removed once it succeeds.
pub const PRE_MIGRATION_KEY: &str = "thriving-third-sector/pre-migration/v1";
/// One key per assessment, so two tabs editing different ones never clash.
pub const RECORD_PREFIX: &str = "thriving-third-sector/v2/assessment/";
/// The assessment opened last, to reopen it.
pub const CURRENT_KEY: &str = "thriving-third-sector/v2/current";
/// Unreadable saved data is copied under this prefix before anything else.
pub const KEPT_ASIDE_PREFIX: &str = "thriving-third-sector/unreadable/";

pub fn record_key(id: &str) -> String {
    format!("{RECORD_PREFIX}{id}")
}

const UNAVAILABLE: &str = "this browser does not allow the page to use storage";

/// gloo's `LocalStorage::raw` panics when storage is disabled; ask first.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn read(key: &str) -> Result<Option<String>, String> {
    if !available() {
        return Err(UNAVAILABLE.into());
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|e| js_error_message(&e))
}

pub fn write(key: &str, value: &str) -> Result<(), String> {
    if !available() {
        return Err(UNAVAILABLE.into());
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|e| js_error_message(&e))
}

pub fn remove(key: &str) -> Result<(), String> {
    if !available() {
        return Err(UNAVAILABLE.into());
    }
    LocalStorage::raw()
        .remove_item(key)
        .map_err(|e| js_error_message(&e))
}

/// Every key that starts with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, String> {
    if !available() {
        return Err(UNAVAILABLE.into());
    }
    let raw = LocalStorage::raw();
    let count = raw.length().map_err(|e| js_error_message(&e))?;
    Ok((0..count)
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect())
}
