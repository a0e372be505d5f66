//! A second window of this site, for the projector.

use wasm_bindgen::{JsCast, JsValue};

/// Asked of the room's window, with the right to go full screen delegated.
pub const FULLSCREEN_MESSAGE: &str = "thriving-third-sector/fullscreen";

/// Opens (or brings back) the named window at `fragment` of this page, as a
/// window of its own `width` by `height` rather than a tab. None when the
/// browser blocked it.
pub fn open_window(fragment: &str, name: &str, width: u32, height: u32) -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let url = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        fragment
    );
    let features = format!("popup,width={width},height={height}");
    window
        .open_with_url_and_target_and_features(&url, name, &features)
        .ok()
        .flatten()
}

/// Passes this window's key press or click on to `other`, so that it can
/// go full screen (Fullscreen Capability Delegation; a plain message where
/// the browser has none, and the room's window asks for a key instead).
pub fn delegate_fullscreen(other: &web_sys::Window) -> bool {
    let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) else {
        return false;
    };
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into()).is_ok();
    if !(set("targetOrigin", &origin) && set("delegate", "fullscreen")) {
        return false;
    }
    let Ok(post) = js_sys::Reflect::get(other, &"postMessage".into()) else {
        return false;
    };
    let Ok(post) = post.dyn_into::<js_sys::Function>() else {
        return false;
    };
    post.call2(other, &JsValue::from_str(FULLSCREEN_MESSAGE), &options)
        .is_ok()
}
