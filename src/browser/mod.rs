//! Thin wrappers over browser APIs, each returning errors instead of panicking.

pub mod channel;
pub mod download;
pub mod files;
pub mod fullscreen;
pub mod handover;
pub mod location;
pub mod persist;
pub mod popup;
pub mod storage;
pub mod store;
pub mod worker;

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

/// Moves focus to the first of these elements that the page has, so that
/// keyboard and screen reader users carry on from a heading.
pub fn focus_first(ids: &[&str]) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = ids.iter().find_map(|id| document.get_element_by_id(id));
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Opens the browser's print dialogue, for the printed reports.
pub fn print() -> Result<(), String> {
    web_sys::window()
        .ok_or_else(|| "no window".to_string())?
        .print()
        .map_err(|e| js_error_message(&e))
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
