//! The assessments' keys in localStorage, and the calls on it.

pub use super::store::StorageError;
use super::store::Store;

/// Where version 1 kept its only assessment; migrated on first load.
pub const LEGACY_KEY: &str = "thriving-third-sector/assessment";
/// The legacy data while its migration runs; removed once it succeeds.
pub const PRE_MIGRATION_KEY: &str = "thriving-third-sector/pre-migration/v1";
/// One key per assessment, so two tabs editing different ones never clash.
pub const RECORD_PREFIX: &str = "thriving-third-sector/v2/assessment/";
/// The assessment opened last, to reopen it.
pub const CURRENT_KEY: &str = "thriving-third-sector/v2/current";
/// Unreadable saved data is copied under this prefix before anything else.
pub const UNREADABLE_PREFIX: &str = "thriving-third-sector/unreadable/";

pub fn record_key(id: &str) -> String {
    format!("{RECORD_PREFIX}{id}")
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    Store::Local.read(key)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    Store::Local.write(key, value)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    Store::Local.remove(key)
}

/// Every key that starts with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    Store::Local.keys_with_prefix(prefix)
}
