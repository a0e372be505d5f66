//! A question page in the browser: ticking options scores at once, keeps
//! "none" options exclusive, and saves to localStorage.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use leptos::prelude::*;
use thriving_third_sector::components::answering::question_page::QuestionPage;
use thriving_third_sector::components::results::score_summary::ScoreSummary;
use thriving_third_sector::domain::route::Page;
use thriving_third_sector::domain::saved::SCHEMA_VERSION;
use thriving_third_sector::state::AppState;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn QuestionWithScore(question: &'static str) -> impl IntoView {
    let state = AppState::start(Page::Assess);
    provide_context(state);
    let question = state.questionnaire().question(question).unwrap();
    view! {
        <QuestionPage question=question/>
        <ScoreSummary/>
    }
}

#[wasm_bindgen_test]
async fn ticking_an_option_rescores_at_once() {
    reset();
    let page = mount(|| view! { <QuestionWithScore question="q2"/> });
    assert_eq!(text(&page.root, "count-not-answered"), "13");
    assert_eq!(text(&page.root, "score-percent"), "0");

    click(&page.root, "option-q2-lsp").await;
    // Influence and communication (one channel) are partly met; funding mix
    // draws on Q2 and is not met.
    assert_eq!(text(&page.root, "count-partly"), "2");
    assert_eq!(text(&page.root, "count-not-met"), "1");
    assert_eq!(text(&page.root, "count-not-answered"), "10");

    click(&page.root, "option-q2-liaison").await;
    click(&page.root, "option-q2-regular_meetings").await;
    // Three channels: communication met; influence still partly met.
    assert_eq!(text(&page.root, "count-met"), "1");
    assert_eq!(text(&page.root, "count-partly"), "1");
    assert_eq!(text(&page.root, "score-percent"), "12");
}

#[wasm_bindgen_test]
async fn a_none_option_clears_the_others() {
    reset();
    let page = mount(|| view! { <QuestionWithScore question="q5"/> });
    click(&page.root, "option-q5-meetings").await;
    click(&page.root, "option-q5-reports").await;
    assert!(checked(&page.root, "option-q5-meetings"));

    click(&page.root, "option-q5-none").await;
    assert!(checked(&page.root, "option-q5-none"));
    assert!(!checked(&page.root, "option-q5-meetings"));
    assert!(!checked(&page.root, "option-q5-reports"));

    click(&page.root, "option-q5-ask_vcs").await;
    assert!(!checked(&page.root, "option-q5-none"));
    assert_eq!(text(&page.root, "count-met"), "1");
}

#[wasm_bindgen_test]
async fn every_change_is_saved_to_local_storage() {
    reset();
    let page = mount(|| view! { <QuestionWithScore question="q10"/> });
    click(&page.root, "option-q10-yes").await;
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(find(&page.root, "field-q10_role"));
    input.set_value("Partnerships officer");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    let saved = saved();
    assert!(saved.contains(r#""q10":["yes"]"#), "{saved}");
    assert!(saved.contains("Partnerships officer"), "{saved}");
    assert!(
        saved.contains(&format!(r#""schema_version":{SCHEMA_VERSION}"#)),
        "{saved}"
    );
    // The record knows the questionnaire it was answered in.
    assert!(
        saved.contains(r#""questionnaire_version":"2010-appendix5.3","position""#),
        "{saved}"
    );
}
