//! The county picture in the browser: the 2010 respondents added on one
//! page are drawn as matrices on the report's, the filter redraws them,
//! the set is held for the tab, and keeping it stores it.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use leptos::prelude::*;
use thriving_third_sector::app::{CountyApp, CountyReportApp};
use thriving_third_sector::state::BROWSER_SET_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn the_2010_respondents_fill_the_matrices_and_the_filter_narrows_them() {
    reset();
    let empty = mount(|| view! { <CountyReportApp/> });
    settle().await;
    assert!(exists(&empty.root, "county-none"), "no set in this tab yet");
    drop(empty);
    let intake = mount(|| view! { <CountyApp/> });
    settle().await;
    assert!(!exists(&intake.root, "county-set"), "nothing until added");
    click(&intake.root, "add-2010").await;
    settle().await;
    let set = find(&intake.root, "county-set");
    assert_eq!(set.get_attribute("data-bodies").as_deref(), Some("15"));
    assert!(
        !exists(&intake.root, "county-report"),
        "the report is a page of its own"
    );
    drop(intake);

    let page = mount(|| view! { <CountyReportApp/> });
    settle().await;
    let report = find(&page.root, "county-report");
    assert_eq!(report.get_attribute("data-bodies").as_deref(), Some("15"));
    // Thirteen standards by fifteen bodies, each a status in words.
    assert_eq!(
        count(&page.root, "[data-testid=standards-matrix] tbody td"),
        13 * 15
    );
    let grants = page
        .root
        .query_selector("[data-testid=matrix-q1] [data-testid=row-grants] [data-testid=row-count]")
        .unwrap()
        .unwrap();
    assert_eq!(grants.text_content().unwrap(), "13");

    let select: web_sys::HtmlSelectElement = find(&page.root, "county-filter").dyn_into().unwrap();
    select.set_value("councils");
    select
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("change", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
    assert_eq!(report.get_attribute("data-bodies").as_deref(), Some("11"));
    assert_eq!(
        count(&page.root, "[data-testid=standards-matrix] tbody td"),
        13 * 11
    );
    assert!(
        text(&page.root, "analysis-q1").contains("All 11 councils report grants or other funding.")
    );
}

#[wasm_bindgen_test]
async fn a_kept_set_is_stored_and_forgotten_on_request() {
    reset();
    let page = mount(|| view! { <CountyApp/> });
    settle().await;
    click(&page.root, "add-2010").await;
    assert!(
        storage().get_item(BROWSER_SET_KEY).unwrap().is_none(),
        "not stored unless kept"
    );
    let held = window()
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("thriving-third-sector/handover/county-set/v2")
        .unwrap()
        .unwrap();
    assert!(held.contains("Welwyn Hatfield"), "held for this tab only");
    click(&page.root, "county-keep").await;
    let kept = storage().get_item(BROWSER_SET_KEY).unwrap().unwrap();
    assert!(kept.contains("\"thriving-third-sector-collection\""));
    assert!(kept.contains("Welwyn Hatfield"));
    click(&page.root, "county-keep").await;
    assert!(storage().get_item(BROWSER_SET_KEY).unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_set_the_tab_or_the_browser_refuses_to_hold_is_said() {
    reset();
    let page = mount(|| view! { <CountyApp/> });
    settle().await;
    {
        // The tab's copy, for the report page.
        let _refused = refuse_writes("county-set");
        click(&page.root, "add-2010").await;
        settle().await;
        let notice = text(&page.root, "county-notice");
        assert!(notice.contains("this tab could not hold it"), "{notice}");
        assert!(notice.contains("storage for the site is full"), "{notice}");
    }
    // The copy kept in this browser.
    let _refused = refuse_writes(BROWSER_SET_KEY);
    click(&page.root, "county-keep").await;
    settle().await;
    let notice = text(&page.root, "county-notice");
    assert!(
        notice.contains("could not be stored in this browser"),
        "{notice}"
    );
    assert!(storage().get_item(BROWSER_SET_KEY).unwrap().is_none());
}
