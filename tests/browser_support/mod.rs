//! Page-object helpers for the component tests in headless Chromium.
#![allow(dead_code)]

use leptos::prelude::*;
use thriving_third_sector::browser::storage::RECORD_PREFIX;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// A mounted component; unmounts when dropped.
pub struct Mounted<M: leptos::tachys::view::Mountable> {
    pub root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<M>,
}

impl<M: leptos::tachys::view::Mountable> Drop for Mounted<M> {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Mounts a view into a fresh section of the test page.
pub fn mount<F, N>(f: F) -> Mounted<N::State>
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let root: HtmlElement = document()
        .create_element("section")
        .unwrap()
        .unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), f);
    Mounted {
        root,
        _handle: handle,
    }
}

/// Starts each test from empty storage on the start page.
pub fn reset() {
    storage().clear().unwrap();
    // What a page hands to the next in this tab, too.
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    window().location().set_hash("").unwrap();
}

pub fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Every key in localStorage that starts with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Every saved assessment record, joined.
pub fn saved() -> String {
    keys(RECORD_PREFIX)
        .iter()
        .map(|k| storage().get_item(k).unwrap().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn find(root: &HtmlElement, testid: &str) -> HtmlElement {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid {testid}"))
        .unchecked_into()
}

pub fn exists(root: &HtmlElement, testid: &str) -> bool {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .is_some()
}

pub fn text(root: &HtmlElement, testid: &str) -> String {
    find(root, testid)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

pub fn checked(root: &HtmlElement, testid: &str) -> bool {
    find(root, testid)
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

/// Clicks, then lets Leptos run its effects.
pub async fn click(root: &HtmlElement, testid: &str) {
    find(root, testid).click();
    settle().await;
}

/// Types into a text input or text area as a user does (an `input` event),
/// then lets Leptos run its effects.
pub async fn type_into(root: &HtmlElement, testid: &str, value: &str) {
    let element = find(root, testid);
    // `value` is the same property on inputs and text areas.
    js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
    element
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

/// Waits for effects and a frame, so that saves and redraws have happened.
pub async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Makes both browser stores refuse, as a full quota does, every write to a
/// key containing `part`, until dropped.
pub struct RefusedWrites {
    prototype: wasm_bindgen::JsValue,
    original: wasm_bindgen::JsValue,
}

pub fn refuse_writes(part: &str) -> RefusedWrites {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap();
    let refusing = js_sys::Function::new_with_args(
        "original, part",
        "return function (key, value) { \
           if (String(key).includes(part)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); \
           return original.call(this, key, value); };",
    )
    .call2(&wasm_bindgen::JsValue::NULL, &original, &part.into())
    .unwrap();
    js_sys::Reflect::set(&prototype, &"setItem".into(), &refusing).unwrap();
    RefusedWrites {
        prototype,
        original,
    }
}

impl Drop for RefusedWrites {
    fn drop(&mut self) {
        js_sys::Reflect::set(&self.prototype, &"setItem".into(), &self.original).unwrap();
    }
}
