//! The whole app when storage is corrupt or refuses writes: it keeps
//! working, says so, and loses nothing.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use thriving_third_sector::app::App;
use thriving_third_sector::browser::storage::{ASSESSMENT_KEY, KEPT_ASIDE_PREFIX};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn corrupt_saved_data_is_kept_aside_and_reported() {
    reset();
    storage()
        .set_item(ASSESSMENT_KEY, "{\"schema_version\":1,\"assess")
        .unwrap();
    let app = mount(App);
    settle().await;
    assert!(text(&app.root, "notice").contains("could not be read"));
    let storage = storage();
    let kept: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(KEPT_ASIDE_PREFIX))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        storage.get_item(&kept[0]).unwrap().unwrap(),
        "{\"schema_version\":1,\"assess"
    );
    // The app still works: the start page is there and can be filled in.
    assert!(exists(&app.root, "body-name"));
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_left_untouched() {
    reset();
    let newer = r#"{"schema_version":42,"questionnaire_version":"x","assessment":{}}"#;
    storage().set_item(ASSESSMENT_KEY, newer).unwrap();
    let app = mount(App);
    settle().await;
    assert!(text(&app.root, "notice").contains("newer version"));
    assert!(exists(&app.root, "save-warning"));
    click(&app.root, "kind-county").await;
    assert_eq!(storage().get_item(ASSESSMENT_KEY).unwrap().unwrap(), newer);
}

#[wasm_bindgen_test]
async fn a_failing_write_is_reported_and_work_goes_on() {
    reset();
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap();
    let failing = js_sys::Function::new_no_args(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );
    js_sys::Reflect::set(&prototype, &"setItem".into(), &failing).unwrap();

    let app = mount(App);
    settle().await;
    click(&app.root, "kind-police").await;
    let warning = text(&app.root, "save-warning");
    js_sys::Reflect::set(&prototype, &"setItem".into(), &original).unwrap();

    assert!(warning.contains("not being saved"), "{warning}");
    assert!(warning.contains("quota"), "{warning}");
    // The answer is still held in the page.
    assert!(checked(&app.root, "kind-police"));
}
