//! Offers text to the user as a file download.

use super::js_error_message;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), String> {
    let run = || -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let parts = js_sys::Array::of1(&JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = window
            .document()
            .ok_or("no document")?
            .create_element("a")?
            .dyn_into()?;
        link.set_href(&url);
        link.set_download(filename);
        link.click();
        // Revoking at once can cancel the download in some browsers.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)?;
        Ok(())
    };
    run().map_err(|e| js_error_message(&e))
}

/// A file name made only of safe characters.
pub fn safe_file_stem(text: &str) -> String {
    let stem: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "assessment".into()
    } else {
        stem.chars().take(60).collect()
    }
}
