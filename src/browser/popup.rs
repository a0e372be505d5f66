//! A second window of this site, for the projector.

/// Opens (or brings back) the named window at `fragment` of this page.
/// False when the browser blocked it.
pub fn open_window(fragment: &str, name: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let url = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        fragment
    );
    matches!(window.open_with_url_and_target(&url, name), Ok(Some(_)))
}
