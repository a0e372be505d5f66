//! localStorage through gloo-storage. Storage can be missing (disabled,
//! some private modes) or full, so every call reports failure as a value.

use super::js_error_message;
use gloo_storage::{LocalStorage, Storage};

/// Where the current assessment lives.
pub const ASSESSMENT_KEY: &str = "thriving-third-sector/assessment";
/// Unreadable saved data is copied under this prefix before anything is written.
pub const KEPT_ASIDE_PREFIX: &str = "thriving-third-sector/unreadable/";

/// gloo's `LocalStorage::raw` panics when storage is disabled; ask first.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn read(key: &str) -> Result<Option<String>, String> {
    if !available() {
        return Err("this browser does not allow the page to use storage".into());
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|e| js_error_message(&e))
}

pub fn write(key: &str, value: &str) -> Result<(), String> {
    if !available() {
        return Err("this browser does not allow the page to use storage".into());
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|e| js_error_message(&e))
}
