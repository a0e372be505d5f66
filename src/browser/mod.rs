//! Thin wrappers over browser APIs, each returning errors instead of panicking.

pub mod download;
pub mod location;
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

/// Sends every panic's message and place to the console. A release build
/// aborts on panic, and without this the console shows only "unreachable".
pub fn report_panics_to_console() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("The self-assessment stopped because of a defect: {info}").into(),
        );
    }));
}
