//! A presentation slide in the browser: clicking a numbered option ticks it
//! and saves it, free text stays hidden until shown, the score stays off.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use leptos::prelude::*;
use thriving_third_sector::browser::location;
use thriving_third_sector::components::layout::notice_banner::NoticeBanner;
use thriving_third_sector::components::presentation::presentation_controls::PresentationControls;
use thriving_third_sector::components::presentation::slide::Slide;
use thriving_third_sector::domain::questionnaire::Questionnaire;
use thriving_third_sector::domain::route::Page;
use thriving_third_sector::state::{AppState, PresentationState};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn SlideOn(question: usize) -> impl IntoView {
    // Begun as the question page begins it: the URL names the question.
    let id = Questionnaire::bundled().questions[question].id;
    location::replace(&format!("#/present/q/{id}"));
    let state = AppState::start(Page::Present);
    provide_context(state);
    provide_context(PresentationState::start(state));
    state.update_answers(|a| a.set_text("q2_notes", "Quarterly meetings"));
    view! { <Slide/> <PresentationControls/> }
}

fn pressed(root: &web_sys::HtmlElement, testid: &str) -> bool {
    find(root, testid).get_attribute("aria-pressed").as_deref() == Some("true")
}

#[wasm_bindgen_test]
async fn clicking_an_option_ticks_and_saves_it() {
    reset();
    let page = mount(|| view! { <SlideOn question=1/> });
    settle().await;
    assert_eq!(
        text(&page.root, "slide-progress"),
        "Question 2 of 14 \u{00b7} Question 2: Working in partnership"
    );
    assert!(!pressed(&page.root, "slide-option-q2-lsp"));
    click(&page.root, "slide-option-q2-lsp").await;
    assert!(pressed(&page.root, "slide-option-q2-lsp"));
    assert!(saved().contains(r#""q2":["lsp"]"#), "{}", saved());
    // An exclusive option clears the others, as on the question page.
    click(&page.root, "slide-option-q2-none").await;
    assert!(!pressed(&page.root, "slide-option-q2-lsp"));
    assert!(pressed(&page.root, "slide-option-q2-none"));
    // No score on the wall while the room answers.
    assert!(!exists(&page.root, "score-summary"));
}

#[wasm_bindgen_test]
async fn free_text_is_hidden_until_shown() {
    reset();
    let page = mount(|| view! { <SlideOn question=1/> });
    settle().await;
    assert!(exists(&page.root, "slide-text-hidden"));
    let wall = page.root.text_content().unwrap_or_default();
    assert!(!wall.contains("Quarterly meetings"), "{wall}");
    click(&page.root, "present-show-text").await;
    assert!(text(&page.root, "slide-texts").contains("Quarterly meetings"));
    click(&page.root, "present-show-text").await;
    assert!(exists(&page.root, "slide-text-hidden"));
}

#[component]
fn PresenterOn(question: usize) -> impl IntoView {
    let id = Questionnaire::bundled().questions[question].id;
    location::replace(&format!("#/present/q/{id}"));
    let state = AppState::start(Page::Present);
    provide_context(state);
    provide_context(PresentationState::start(state));
    view! { <NoticeBanner/> <Slide/> <PresentationControls/> }
}

#[wasm_bindgen_test]
async fn presentation_settings_the_tab_refuses_are_said() {
    reset();
    let page = mount(|| view! { <PresenterOn question=0/> });
    settle().await;
    let _refused = refuse_writes("handover/presentation");
    click(&page.root, "present-next").await;
    settle().await;
    let notice = text(&page.root, "notice");
    assert!(notice.contains("Presentation mode's settings"), "{notice}");
    // Said once, not at every slide.
    click(&page.root, "present-next").await;
    settle().await;
    assert!(text(&page.root, "notice").contains("Presentation mode's settings"));
}
