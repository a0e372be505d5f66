//! What one page of the app hands to the next in the same tab: the notice
//! on show when the user moved on (an import that opened the results page
//! still says what it did), the assessment this tab has open (another tab
//! opening a different one must not change it), presentation mode's
//! settings, the changes since the last download, and the county set
//! between the county picture's two pages. sessionStorage: this tab only,
//! gone with it. Best effort, but for the county set: without session
//! storage each page starts afresh, and the county report page cannot be
//! given the set (which is said).

const NOTICE_KEY: &str = "thriving-third-sector/handover/notice";
const CURRENT_KEY: &str = "thriving-third-sector/handover/current";
const PRESENTATION_KEY: &str = "thriving-third-sector/handover/presentation";
const AUDIENCE_KEY: &str = "thriving-third-sector/handover/audience-opened";
const CHANGES_KEY: &str = "thriving-third-sector/handover/changes-since-backup";
const COUNTY_SET_KEY: &str = "thriving-third-sector/handover/county-set";
const COUNTY_SOURCES_KEY: &str = "thriving-third-sector/handover/county-sources";
const COUNTY_KEPT_KEY: &str = "thriving-third-sector/handover/county-kept";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

fn write(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// Leaves a notice for the next page.
pub fn put_notice(text: &str, is_error: bool) {
    let mark = if is_error { '!' } else { '-' };
    write(NOTICE_KEY, &format!("{mark}{text}"));
}

/// The notice left by the previous page, once: (text, is_error).
pub fn take_notice() -> Option<(String, bool)> {
    let value = read(NOTICE_KEY)?;
    if let Some(s) = session() {
        let _ = s.remove_item(NOTICE_KEY);
    }
    let mut chars = value.chars();
    let is_error = chars.next()? == '!';
    Some((chars.as_str().to_string(), is_error))
}

/// The id of the assessment this tab has open.
pub fn current() -> Option<String> {
    read(CURRENT_KEY)
}

pub fn put_current(id: &str) {
    write(CURRENT_KEY, id);
}

/// Presentation mode's state as JSON, and whether this tab opened an
/// audience window.
pub fn presentation() -> Option<(String, bool)> {
    Some((read(PRESENTATION_KEY)?, read(AUDIENCE_KEY).is_some()))
}

pub fn put_presentation(json: &str, audience_opened: bool) {
    write(PRESENTATION_KEY, json);
    write_flag(AUDIENCE_KEY, audience_opened);
}

/// A yes/no, held as the key's presence.
fn write_flag(key: &str, on: bool) {
    match (on, session()) {
        (true, _) => write(key, "1"),
        (false, Some(s)) => {
            let _ = s.remove_item(key);
        }
        (false, None) => {}
    }
}

/// Changes made in this tab since its last download.
pub fn changes_since_backup() -> u32 {
    read(CHANGES_KEY).and_then(|n| n.parse().ok()).unwrap_or(0)
}

pub fn put_changes_since_backup(n: u32) {
    write(CHANGES_KEY, &n.to_string());
}

/// The county set this tab holds, as a JSON collection ("" once emptied
/// here), with where each of its assessments came from, a line each.
/// None if this tab has never held one.
pub fn county_set() -> Option<(String, String)> {
    Some((
        read(COUNTY_SET_KEY)?,
        read(COUNTY_SOURCES_KEY).unwrap_or_default(),
    ))
}

/// Holds the county set for this tab's other county page. Unlike the rest,
/// a failure here (a set too big for the tab's storage) is reported.
pub fn put_county_set(json: &str, sources: &str) -> Result<(), String> {
    let s = session().ok_or("this browser does not allow the page to use storage")?;
    s.set_item(COUNTY_SOURCES_KEY, sources)
        .and_then(|()| s.set_item(COUNTY_SET_KEY, json))
        .map_err(|e| super::js_error_message(&e))
}

/// Whether this tab keeps its county set in the browser.
pub fn county_kept() -> bool {
    read(COUNTY_KEPT_KEY).is_some()
}

pub fn put_county_kept(on: bool) {
    write_flag(COUNTY_KEPT_KEY, on);
}
