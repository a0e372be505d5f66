//! The Fullscreen API: the page fills the projector; Escape leaves it.

/// Enters fullscreen, or leaves it if already there. An error names why the
/// browser refused.
pub fn toggle() -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return Ok(());
    }
    let root = document.document_element().ok_or("no page to show")?;
    root.request_fullscreen()
        .map_err(|e| super::js_error_message(&e))
}

/// Fills the screen, if not already. An error names why the browser refused
/// (without a key press or click here, or one passed on, it always does).
pub fn enter() -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if document.fullscreen_element().is_some() {
        return Ok(());
    }
    let root = document.document_element().ok_or("no page to show")?;
    root.request_fullscreen()
        .map_err(|e| super::js_error_message(&e))
}

/// Whether the page fills the screen.
pub fn is_on() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}
