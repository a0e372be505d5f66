//! The whole app when storage holds old, corrupt or newer data, or refuses
//! writes: it keeps working, says so, and loses nothing.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use thriving_third_sector::app::AssessApp;
use thriving_third_sector::browser::storage::{
    record_key, LEGACY_KEY, PRE_MIGRATION_KEY, RECORD_PREFIX, UNREADABLE_PREFIX,
};
use thriving_third_sector::domain::saved::SCHEMA_VERSION;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V1: &str = include_str!("fixtures/v1-saved.json");

#[wasm_bindgen_test]
async fn version_1_data_is_migrated_with_every_answer() {
    reset();
    storage().set_item(LEGACY_KEY, V1).unwrap();
    let app = mount(AssessApp);
    settle().await;
    assert_eq!(storage().get_item(LEGACY_KEY).unwrap(), None);
    assert_eq!(storage().get_item(PRE_MIGRATION_KEY).unwrap(), None);
    let records = keys(RECORD_PREFIX);
    assert_eq!(records.len(), 1, "{records:?}");
    let saved = saved();
    assert!(
        saved.contains(&format!(r#""schema_version":{SCHEMA_VERSION}"#)),
        "{saved}"
    );
    // It keeps the questionnaire it was answered in: options added since
    // are not asked of it.
    assert!(
        saved.contains(r#""questionnaire_version":"2010-appendix5.1","position""#),
        "{saved}"
    );
    assert!(saved.contains("Community Partnerships Officer"), "{saved}");
    assert!(
        saved.contains(r#""q2":["liaison","lsp","subgroups"]"#),
        "{saved}"
    );
    assert_eq!(
        text(&app.root, "header-body-name"),
        "Watford Borough Council and LSP"
    );
    assert!(!exists(&app.root, "notice"));
}

#[wasm_bindgen_test]
async fn corrupt_saved_data_is_kept_aside_and_reported() {
    reset();
    storage()
        .set_item(&record_key("abc"), "{\"schema_version\":2,\"assess")
        .unwrap();
    let app = mount(AssessApp);
    settle().await;
    assert!(text(&app.root, "notice").contains("could not be read"));
    let kept = keys(UNREADABLE_PREFIX);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        storage().get_item(&kept[0]).unwrap().unwrap(),
        "{\"schema_version\":2,\"assess"
    );
    assert!(exists(&app.root, "kept-aside-download"));
    // The app still works: the start page is there and can be filled in.
    assert!(exists(&app.root, "body-name"));
    click(&app.root, "kind-county").await;
    assert!(saved().contains("county"));
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_left_untouched() {
    reset();
    let newer = r#"{"schema_version":42,"questionnaire_version":"x","assessment":{"id":"future"}}"#;
    storage().set_item(&record_key("future"), newer).unwrap();
    let app = mount(AssessApp);
    settle().await;
    assert!(text(&app.root, "notice").contains("newer version"));
    click(&app.root, "kind-county").await;
    assert_eq!(
        storage().get_item(&record_key("future")).unwrap().unwrap(),
        newer
    );
    assert!(keys(UNREADABLE_PREFIX).is_empty());
}

#[wasm_bindgen_test]
async fn a_failing_write_is_reported_and_work_goes_on() {
    reset();
    // Every write refused, as a full quota does.
    let refused = refuse_writes("");
    let app = mount(AssessApp);
    settle().await;
    click(&app.root, "kind-police").await;
    let warning = text(&app.root, "save-warning");
    drop(refused);

    assert!(warning.contains("not being saved"), "{warning}");
    assert!(
        warning.contains("storage for the site is full"),
        "{warning}"
    );
    // The answer is still held in the page, and can be downloaded.
    assert!(checked(&app.root, "kind-police"));
    assert!(exists(&app.root, "export-json"));
}

#[wasm_bindgen_test]
async fn the_open_assessment_not_noted_is_said_once() {
    reset();
    // This browser's note of the open assessment (localStorage), and the
    // tab's (sessionStorage), both refused.
    let _refused = refuse_writes("/current");
    let app = mount(AssessApp);
    settle().await;
    let notice = text(&app.root, "notice");
    assert!(
        notice.contains("could not note which assessment it has open")
            || notice.contains("could not note which assessment is open"),
        "{notice}"
    );
    assert!(notice.contains("storage for the site is full"), "{notice}");
    // The answers themselves are still saved.
    click(&app.root, "kind-police").await;
    assert!(saved().contains("police"));
    assert!(!exists(&app.root, "save-warning"));
}
