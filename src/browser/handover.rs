//! What one page of the app hands to the next in the same tab: the notice
//! on show when the user moved on (an import that opened the results page
//! still says what it did). sessionStorage: this tab only, gone with it.

const NOTICE_KEY: &str = "thriving-third-sector/handover/notice";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Leaves a notice for the next page. Best effort: without session storage
/// the notice is lost, never the data.
pub fn put_notice(text: &str, is_error: bool) {
    if let Some(s) = session() {
        let mark = if is_error { '!' } else { '-' };
        let _ = s.set_item(NOTICE_KEY, &format!("{mark}{text}"));
    }
}

/// The notice left by the previous page, once: (text, is_error).
pub fn take_notice() -> Option<(String, bool)> {
    let s = session()?;
    let value = s.get_item(NOTICE_KEY).ok().flatten()?;
    let _ = s.remove_item(NOTICE_KEY);
    let mut chars = value.chars();
    let is_error = chars.next()? == '!';
    Some((chars.as_str().to_string(), is_error))
}
