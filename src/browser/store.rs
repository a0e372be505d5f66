//! localStorage and sessionStorage behind one small API with one typed
//! error. Storage can be missing (disabled, some private modes) or full, so
//! every call reports failure as a value, and every caller says so to the
//! user.

use super::js_error_message;
use std::fmt;
use wasm_bindgen::JsValue;

/// Why storage refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not let the page use storage at all.
    Unavailable,
    /// The site's storage is full.
    Quota,
    /// Anything else the browser said.
    Other(String),
}

impl StorageError {
    fn from_js(error: &JsValue) -> StorageError {
        let name = js_sys::Reflect::get(error, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            // Firefox's older name for the same.
            Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StorageError::Quota,
            _ => StorageError::Other(js_error_message(error)),
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => {
                f.write_str("this browser does not allow the page to use storage")
            }
            StorageError::Quota => f.write_str("this browser's storage for the site is full"),
            StorageError::Other(message) => f.write_str(message),
        }
    }
}

/// Which of the browser's stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// Kept in this browser until cleared: the assessments.
    Local,
    /// This tab only, gone with it: what one page hands the next.
    Session,
}

impl Store {
    fn get(self) -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        let store = match self {
            Store::Local => window.local_storage(),
            Store::Session => window.session_storage(),
        };
        store.ok().flatten().ok_or(StorageError::Unavailable)
    }

    pub fn read(self, key: &str) -> Result<Option<String>, StorageError> {
        self.get()?
            .get_item(key)
            .map_err(|e| StorageError::from_js(&e))
    }

    pub fn write(self, key: &str, value: &str) -> Result<(), StorageError> {
        self.get()?
            .set_item(key, value)
            .map_err(|e| StorageError::from_js(&e))
    }

    pub fn remove(self, key: &str) -> Result<(), StorageError> {
        self.get()?
            .remove_item(key)
            .map_err(|e| StorageError::from_js(&e))
    }

    /// Every key that starts with `prefix`.
    pub fn keys_with_prefix(self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let store = self.get()?;
        let count = store.length().map_err(|e| StorageError::from_js(&e))?;
        Ok((0..count)
            .filter_map(|i| store.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect())
    }
}
