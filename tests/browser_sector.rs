//! The sector's questionnaire and the results page's import box in the
//! browser: the link's fragment opens the questions for one body, the
//! answers come out as a code that carries them, a closed invitation takes
//! none; codes pasted in an email are brought in once each, and a foreign
//! or mistyped one is refused with a message that says so.
#![cfg(target_arch = "wasm32")]

mod browser_support;
use browser_support::*;
use leptos::prelude::*;
use thriving_third_sector::app::{ResultsApp, SectorApp};
use thriving_third_sector::domain::sector::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Starts from empty storage, once `reset`'s own change of fragment has
/// been announced: the sector's page reloads on a new fragment.
async fn start() {
    reset();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Unmounts a page. The sector's page reloads on a new fragment for the
/// rest of its life, and a real one is never unmounted; here it would
/// reload the tests' page when the runner next changes the fragment.
fn leave<T>(page: T) {
    drop(page);
    window().set_onhashchange(None);
}

/// Sets the fragment as a link opened afresh would, with no `hashchange`.
fn set_fragment(fragment: &str) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .unwrap();
}

fn invitation(named: bool, closes: Option<&str>) -> Invitation {
    Invitation {
        id: InvitationId::from_bits(0xABCDE_12345),
        body: "Dacorum Borough Council".into(),
        kind: "district".into(),
        closes: closes.map(String::from),
        reply_to: None,
        named,
        collector: None,
    }
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn the_questions_for_one_body_give_a_code_that_carries_the_answers() {
    start().await;
    let invited = invitation(false, Some("2099-12-31"));
    set_fragment(&invited.to_fragment());
    let page = mount(|| view! { <SectorApp/> });
    settle().await;
    assert!(text(&page.root, "sector-heading").contains("Dacorum Borough Council"));
    assert_eq!(
        text(&page.root, "sector-closes"),
        "Answers are taken until the end of 31 December 2099."
    );
    // NI7's five points and "don't know"; thirteen items of four choices.
    assert_eq!(count(&page.root, "input[name=ni7]"), 6);
    assert_eq!(count(&page.root, "fieldset[data-testid^=item-]"), 13);
    assert_eq!(
        count(&page.root, "fieldset[data-testid^=item-] input[type=radio]"),
        52
    );
    assert!(
        !exists(&page.root, "sector-organisation"),
        "anonymous unless asked"
    );
    click(&page.root, "ni7-positive").await;
    click(&page.root, "item-officer-no").await;
    click(&page.root, "item-influence-partly").await;
    type_into(&page.root, "sector-comment", "Grants help <b>a lot</b>").await;
    click(&page.root, "sector-finish").await;
    let code = text(&page.root, "sector-code");
    let read = SectorResponse::from_code(code.trim()).expect("the code shown reads");
    assert_eq!(read.invitation_tag, invited.id.tag());
    assert_eq!(read.ni7, Some(1), "positive influence");
    let q = SectorQuestions::bundled();
    let at = |standard: &str| {
        q.items
            .iter()
            .position(|i| i.standard.as_str() == standard)
            .unwrap()
    };
    assert_eq!(read.items[at("officer")], Some(ItemAnswer::No));
    assert_eq!(read.items[at("influence")], Some(ItemAnswer::Partly));
    assert_eq!(
        read.items.iter().flatten().count(),
        2,
        "the rest unanswered"
    );
    // What was written is text, never markup.
    assert_eq!(page.root.query_selector("b").unwrap(), None);
    leave(page);
}

#[wasm_bindgen_test]
async fn the_answers_are_kept_in_the_tab_and_read_back_on_the_next_mount() {
    start().await;
    let invited = invitation(false, None);
    let key = format!("vcs-sector-{}", invited.id);
    let session = window().session_storage().unwrap().unwrap();
    session.remove_item(&key).unwrap();
    session.remove_item(&format!("{key}-id")).unwrap();
    set_fragment(&invited.to_fragment());
    let page = mount(|| view! { <SectorApp/> });
    settle().await;
    click(&page.root, "ni7-neither").await;
    click(&page.root, "item-compact-yes").await;
    type_into(&page.root, "sector-comment", "Kept").await;
    settle().await;
    let kept = KeptAnswers::from_text(&session.get_item(&key).unwrap().unwrap()).unwrap();
    assert_eq!(
        (kept.ni7, kept.comment.as_str(), kept.finished),
        (Some(2), "Kept", None)
    );
    click(&page.root, "sector-finish").await;
    let code = text(&page.root, "sector-code");
    leave(page);
    // As after a reload: the same answers, finished, the same code.
    let again = mount(|| view! { <SectorApp/> });
    settle().await;
    assert_eq!(text(&again.root, "sector-code"), code);
    leave(again);
    let kept = KeptAnswers::from_text(&session.get_item(&key).unwrap().unwrap()).unwrap();
    assert!(
        kept.finished.is_some_and(|d| d > 0),
        "the day it was finished"
    );
    // Storage that holds something else starts afresh, never wrongly.
    session.set_item(&key, "K1garbage").unwrap();
    let fresh = mount(|| view! { <SectorApp/> });
    settle().await;
    assert!(exists(&fresh.root, "sector-form"));
    leave(fresh);
    session.remove_item(&key).unwrap();
    set_fragment("#");
}

#[wasm_bindgen_test]
async fn a_named_invitation_says_who_sees_the_name_and_a_closed_one_takes_nothing() {
    start().await;
    set_fragment(&invitation(true, None).to_fragment());
    let page = mount(|| view! { <SectorApp/> });
    settle().await;
    assert!(exists(&page.root, "sector-organisation"));
    assert!(
        page.root
            .text_content()
            .unwrap()
            .contains("Dacorum Borough Council sees your organisation's name beside your answers"),
        "says who sees the name"
    );
    leave(page);

    set_fragment(&invitation(false, Some("2020-01-31")).to_fragment());
    let closed = mount(|| view! { <SectorApp/> });
    settle().await;
    assert!(text(&closed.root, "sector-closed").contains("closed on 31 January 2020"));
    assert!(!exists(&closed.root, "sector-form"), "no answers taken");
    leave(closed);
    set_fragment("#");
}

#[wasm_bindgen_test]
async fn a_code_finished_in_time_is_still_shown_after_the_closing_date() {
    start().await;
    let closed = invitation(false, Some("2020-01-31"));
    let key = format!("vcs-sector-{}", closed.id);
    let session = window().session_storage().unwrap().unwrap();
    let kept = |day: &str| KeptAnswers {
        id: 77,
        ni7: Some(0),
        finished: day_number(day),
        ..KeptAnswers::default()
    };
    set_fragment(&closed.to_fragment());
    session
        .set_item(&key, &kept("2020-01-30").to_text())
        .unwrap();
    let page = mount(|| view! { <SectorApp/> });
    settle().await;
    let code = text(&page.root, "sector-code");
    let read = SectorResponse::from_code(code.trim()).unwrap();
    assert_eq!(
        read.day,
        day_number("2020-01-30").unwrap(),
        "dated as finished"
    );
    assert!(
        !exists(&page.root, "sector-change"),
        "a change would be late"
    );
    assert!(!exists(&page.root, "sector-closed"));
    leave(page);
    // Finished after the closing date: nothing to send.
    session
        .set_item(&key, &kept("2020-02-02").to_text())
        .unwrap();
    let late = mount(|| view! { <SectorApp/> });
    settle().await;
    assert!(exists(&late.root, "sector-closed"));
    leave(late);
    session.remove_item(&key).unwrap();
    set_fragment("#");
}

#[wasm_bindgen_test]
async fn codes_pasted_in_an_email_come_in_once_and_a_foreign_or_mistyped_one_is_refused() {
    start().await;
    set_fragment("#/results");
    let page = mount(|| view! { <ResultsApp/> });
    settle().await;
    assert!(text(&page.root, "sector-count").contains("No responses from the sector yet"));
    click(&page.root, "sector-invite").await;
    let link: web_sys::HtmlInputElement = find(&page.root, "sector-link").dyn_into().unwrap();
    let link = link.value();
    let fragment = &link[link.find('#').expect("a fragment")..];
    let invited = Invitation::from_fragment(fragment).expect("the link reads");
    let response = |n: u64, tag: u32| SectorResponse {
        invitation_tag: tag,
        id: 1000 + n,
        day: day_number("2026-11-30").unwrap(),
        revision: 0,
        ni7: Some(0),
        items: [None; 13],
        kind: None,
        size: None,
    };
    let one = response(1, invited.id.tag()).to_code();
    let two = response(2, invited.id.tag()).to_code();
    let foreign = response(3, invited.id.tag() ^ 1).to_code();
    let mut mistyped = two.clone();
    mistyped.replace_range(8..9, if &two[8..9] == "A" { "B" } else { "A" });
    type_into(
        &page.root,
        "sector-codes",
        &format!(
            "Hi,\n{one}\n> {}\nfrom next door: {foreign}\n",
            one.to_lowercase()
        ),
    )
    .await;
    click(&page.root, "sector-bring-in").await;
    let said = text(&page.root, "sector-intake");
    assert!(
        said.starts_with("1 response added, 1 already in, counted once. 1 refused"),
        "{said}"
    );
    assert!(
        said.contains("answers an invitation this assessment did not make"),
        "{said}"
    );
    assert!(text(&page.root, "sector-count").starts_with("1 response from the sector"));
    type_into(&page.root, "sector-codes", &mistyped).await;
    click(&page.root, "sector-bring-in").await;
    let said = text(&page.root, "sector-intake");
    assert!(
        said.contains("a character has been mistyped or changed"),
        "{said}"
    );
    assert!(text(&page.root, "sector-count").starts_with("1 response from the sector"));
    type_into(&page.root, "sector-codes", &two).await;
    click(&page.root, "sector-bring-in").await;
    assert!(text(&page.root, "sector-count").starts_with("2 responses from the sector"));
    assert!(
        exists(&page.root, "sector-too-few"),
        "no figures under five"
    );
    drop(page);
    set_fragment("#");
}
