//! Presentation mode's components in the browser: an option clicked on the
//! presenter's slide ticks and saves; free text typed in the presenter's
//! panel stays off the slide until shown, contact details hidden even then;
//! an agreed action is saved with the assessment; the score stays off.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use leptos::prelude::*;
use thriving_third_sector::browser::location;
use thriving_third_sector::components::layout::notice_banner::NoticeBanner;
use thriving_third_sector::components::presentation::agreed_action_form::AgreedActionForm;
use thriving_third_sector::components::presentation::free_text_panel::FreeTextPanel;
use thriving_third_sector::components::presentation::presentation_controls::PresentationControls;
use thriving_third_sector::components::presentation::slide::Slide;
use thriving_third_sector::components::presentation::slide_mode::SlideMode;
use thriving_third_sector::domain::questionnaire::Questionnaire;
use thriving_third_sector::domain::route::Page;
use thriving_third_sector::state::{AppState, PresentationState};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The presenter's slide, controls and free-text panel for one question,
/// begun as the question page begins it: the URL names the question.
#[component]
fn PresenterOn(question: usize) -> impl IntoView {
    let id = Questionnaire::bundled().questions[question].id;
    location::replace(&format!("#/present/q/{id}"));
    let state = AppState::start(Page::Present);
    provide_context(state);
    let presentation = PresentationState::start(state);
    provide_context(presentation);
    let shown = Signal::derive(move || presentation.view().get().slide);
    view! {
        <NoticeBanner/>
        // The presenter's slide first: test ids find it before the wall's.
        <Slide shown=shown mode=SlideMode::Stage/>
        <div class="slide-on-wall"><Slide shown=shown mode=SlideMode::Wall/></div>
        <PresentationControls/>
        <FreeTextPanel index=question/>
    }
}

fn pressed(root: &web_sys::HtmlElement, testid: &str) -> bool {
    find(root, testid).get_attribute("aria-pressed").as_deref() == Some("true")
}

fn wall(root: &web_sys::HtmlElement) -> String {
    root.query_selector(".slide-on-wall")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn clicking_an_option_ticks_and_saves_it() {
    reset();
    let page = mount(|| view! { <PresenterOn question=1/> });
    settle().await;
    assert!(
        text(&page.root, "slide-progress").starts_with("Question 2 of 14: Working in partnership")
    );
    assert!(!pressed(&page.root, "slide-option-q2-lsp"));
    click(&page.root, "slide-option-q2-lsp").await;
    assert!(pressed(&page.root, "slide-option-q2-lsp"));
    assert!(saved().contains(r#""q2":["lsp"]"#), "{}", saved());
    // The wall shows the tick too, as words for a screen reader.
    assert!(wall(&page.root).contains(", ticked"));
    assert!(
        !exists(&page.root, "score-summary"),
        "no score while the room answers"
    );
}

#[wasm_bindgen_test]
async fn free_text_reaches_the_wall_only_when_shown_and_never_a_phone_number() {
    reset();
    let page = mount(|| view! { <PresenterOn question=1/> });
    settle().await;
    type_into(
        &page.root,
        "present-text-q2_notes",
        "Quarterly meetings: ring 07700 900123",
    )
    .await;
    assert!(saved().contains("Quarterly meetings"), "saved as typed");
    assert!(text(&page.root, "present-text-preview").contains("[contact detail hidden]"));
    assert!(
        !wall(&page.root).contains("Quarterly meetings"),
        "private by default"
    );
    click(&page.root, "present-show-text").await;
    let shown = wall(&page.root);
    assert!(
        shown.contains("Quarterly meetings: ring [contact detail hidden]"),
        "{shown}"
    );
    assert!(!shown.contains("07700"), "{shown}");
    click(&page.root, "present-show-text").await;
    assert!(!wall(&page.root).contains("Quarterly meetings"));
}

#[component]
fn ActionOn() -> impl IntoView {
    location::replace("#/present/results");
    let state = AppState::start(Page::Present);
    provide_context(state);
    provide_context(PresentationState::start(state));
    view! { <AgreedActionForm index=0/> }
}

#[wasm_bindgen_test]
async fn an_agreed_action_is_saved_with_the_assessment() {
    reset();
    let page = mount(|| view! { <ActionOn/> });
    settle().await;
    type_into(&page.root, "agreed-action", "Offer the CVS a seat").await;
    type_into(&page.root, "agreed-by", "March").await;
    let saved = saved();
    assert!(
        saved.contains(r#""agreed":{"influence":{"action":"Offer the CVS a seat","by":"March"}}"#),
        "{saved}"
    );
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
