//! Thin wrappers over browser APIs, each returning errors instead of panicking.

pub mod channel;
pub mod download;
pub mod files;
pub mod fullscreen;
pub mod location;
pub mod popup;
pub mod storage;

/// The current time as ISO 8601, from the browser's clock.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    now_iso().chars().take(10).collect()
}

/// A readable message from a JavaScript error value.
pub fn js_error_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Sends every panic's message and place to the console, and tells the user
/// on the page. A release build aborts on panic, and without this the
/// console shows only "unreachable" and the page simply stops answering.
// Inlined into the binary: with LTO, a release build of the native binary
// (the benchmark) cannot link to it otherwise.
#[inline]
pub fn report_panics_to_console() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("The self-assessment stopped because of a defect: {info}").into(),
        );
        show_stopped_notice();
    }));
}

#[inline]
fn show_stopped_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Ok(notice)) = (document.body(), document.create_element("p")) else {
        return;
    };
    notice.set_class_name("notice notice--error");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(
        "Something went wrong and this page has stopped working. Answers given before this are kept in this browser: reload the page to carry on.",
    ));
    let _ = body.prepend_with_node_1(&notice);
}
