//! Asking the browser to keep this site's data when space runs short
//! (`navigator.storage.persist()`), instead of clearing it as it may.

use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in older browsers and on plain-http hosts other than localhost.
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser has already agreed; `None` where it cannot be asked.
pub async fn persisted() -> Option<bool> {
    answer(manager()?.persisted()).await
}

/// Asks the browser to keep the data; `None` where it cannot be asked.
pub async fn persist() -> Option<bool> {
    answer(manager()?.persist()).await
}
