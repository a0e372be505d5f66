//! The URL fragment that holds the current page.

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to a fragment, adding a history entry (Back works).
pub fn push(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Changes the fragment without a new history entry.
pub fn replace(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(fragment);
    }
}
