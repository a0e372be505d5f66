//! What one page of the app hands to the next in the same tab: the notice
//! on show when the user moved on (an import that opened the results page
//! still says what it did), the assessment this tab has open (another tab
//! opening a different one must not change it), presentation mode's
//! settings, the changes since the last download, and the county set
//! between the county picture's two pages. sessionStorage: this tab only,
//! gone with it. Without it each page starts afresh; every write that fails
//! is said to the user by its caller.

use super::store::{StorageError, Store};
use crate::domain::county::{decode_held, encode_held};

const NOTICE_KEY: &str = "thriving-third-sector/handover/notice";
const CURRENT_KEY: &str = "thriving-third-sector/handover/current";
const PRESENTATION_KEY: &str = "thriving-third-sector/handover/presentation";
const AUDIENCE_KEY: &str = "thriving-third-sector/handover/audience-opened";
const CHANGES_KEY: &str = "thriving-third-sector/handover/changes-since-backup";
const COUNTY_SET_KEY: &str = "thriving-third-sector/handover/county-set/v2";
const COUNTY_REPORT_KEY: &str = "thriving-third-sector/handover/county-report";
const COUNTY_IN_BROWSER_KEY: &str = "thriving-third-sector/handover/county-kept";

const SESSION: Store = Store::Session;

/// What a tab handed over, if it can be read: a tab whose storage cannot
/// be read starts afresh, which its writes have already said.
fn read(key: &str) -> Option<String> {
    SESSION.read(key).ok().flatten()
}

/// Leaves a notice for the next page.
pub fn put_notice(text: &str, is_error: bool) -> Result<(), StorageError> {
    let mark = if is_error { '!' } else { '-' };
    SESSION.write(NOTICE_KEY, &format!("{mark}{text}"))
}

/// The notice left by the previous page, once: (text, is_error). One that
/// cannot be cleared says it may show again.
pub fn take_notice() -> Option<(String, bool)> {
    let value = read(NOTICE_KEY)?;
    let mut chars = value.chars();
    let is_error = chars.next()? == '!';
    let mut text = chars.as_str().to_string();
    if let Err(e) = SESSION.remove(NOTICE_KEY) {
        text += &format!(" (This tab could not clear this message ({e}), so it may show again on its next page.)");
    }
    Some((text, is_error))
}

/// The id of the assessment this tab has open.
pub fn current() -> Option<String> {
    read(CURRENT_KEY)
}

pub fn put_current(id: &str) -> Result<(), StorageError> {
    SESSION.write(CURRENT_KEY, id)
}

/// Presentation mode's state as JSON, and whether this tab opened an
/// room's window.
pub fn presentation() -> Option<(String, bool)> {
    Some((read(PRESENTATION_KEY)?, read(AUDIENCE_KEY).is_some()))
}

pub fn put_presentation(json: &str, audience_opened: bool) -> Result<(), StorageError> {
    SESSION.write(PRESENTATION_KEY, json)?;
    write_flag(AUDIENCE_KEY, audience_opened)
}

/// A yes/no, held as the key's presence.
fn write_flag(key: &str, on: bool) -> Result<(), StorageError> {
    if on {
        SESSION.write(key, "1")
    } else {
        SESSION.remove(key)
    }
}

/// Changes made in this tab since its last download.
pub fn changes_since_backup() -> u32 {
    read(CHANGES_KEY).and_then(|n| n.parse().ok()).unwrap_or(0)
}

pub fn put_changes_since_backup(n: u32) -> Result<(), StorageError> {
    SESSION.write(CHANGES_KEY, &n.to_string())
}

/// The county set this tab holds, as a JSON collection ("" once emptied
/// here), with where each of its assessments came from, a line each.
/// None if this tab has never held one.
pub fn county_set() -> Option<(String, String)> {
    decode_held(&read(COUNTY_SET_KEY)?)
}

/// Holds the county set for this tab's other county page, with where its
/// assessments came from, as one value.
pub fn put_county_set(json: &str, sources: &str) -> Result<(), StorageError> {
    SESSION.write(COUNTY_SET_KEY, &encode_held(json, sources))
}

/// Whether this tab stores its county set in the browser.
pub fn county_in_browser() -> bool {
    read(COUNTY_IN_BROWSER_KEY).is_some()
}

pub fn put_county_in_browser(on: bool) -> Result<(), StorageError> {
    write_flag(COUNTY_IN_BROWSER_KEY, on)
}

/// The county report's texts as this tab last wrote them: held on every
/// keystroke, where the whole set is held only when a text is left.
pub fn county_report() -> Option<String> {
    read(COUNTY_REPORT_KEY)
}

pub fn put_county_report(json: &str) -> Result<(), StorageError> {
    SESSION.write(COUNTY_REPORT_KEY, json)
}
