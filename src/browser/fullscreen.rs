//! The Fullscreen API: the room's window fills the projector; Escape
//! leaves it. The browser answers a request later (a promise), and refuses
//! one without a key press or click behind it.

use wasm_bindgen::JsCast;

/// Asks for `element` (the whole page when none) to fill the screen, and
/// waits for the browser's answer: an error names why it refused.
pub async fn enter(element: Option<web_sys::Element>) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if document.fullscreen_element().is_some() {
        return Ok(());
    }
    let target = match element {
        Some(e) => e,
        None => document.document_element().ok_or("no page to show")?,
    };
    // Called by name: web-sys drops the promise that says how it went.
    let request = js_sys::Reflect::get(&target, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("this browser has no full screen")?;
    let answer = request
        .call0(&target)
        .map_err(|e| super::js_error_message(&e))?;
    match answer.dyn_into::<js_sys::Promise>() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|e| super::js_error_message(&e)),
        Err(_) => Ok(()),
    }
}

/// Leaves full screen.
pub fn exit() {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.exit_fullscreen();
    }
}

/// Whether something on the page fills the screen.
pub fn is_on() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}
