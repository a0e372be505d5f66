use super::slide_mode::SlideMode;
use crate::domain::agreed::AgreedAction;
use crate::domain::presentation::{redact_contacts, why_points};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// One standard, large enough for the back of the room: its verdict, why
/// in two or three points, and the action the room agreed, if any.
#[component]
pub fn StandardSlide(index: usize, mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let total = app.standards().standards.len();
    let private = Memo::new(move |_| presentation.view().with(|v| v.private));
    let content = move || {
        app.open().scores().with(|scores| {
            let score = scores.get(index)?;
            let standard = score.standard(app.standards());
            let agreed = app
                .open()
                .assessment()
                .with(|a| a.agreed.get(standard.id.as_str()).cloned());
            Some(view! {
                <p class="slide__progress" data-testid=mode.id("slide-progress")>{format!("Standard {} of {total}", index + 1)}
                    {standard.key_driver.then_some(": the key driver of NI7")}</p>
                <h1 class="slide__heading" id=mode.id("slide-heading")
                    tabindex=mode.interactive().then_some("-1")>{standard.title}</h1>
                <p class=format!("slide__verdict slide__verdict--{}", score.status.css_class())
                    data-testid=mode.id("slide-verdict")>{score.label()}</p>
                <ul class="slide__why" data-testid=mode.id("slide-why")>
                    {why_points(score, standard).into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
                {agreed.map(|a| view! {
                    <p class="slide__agreed" data-testid=mode.id("slide-agreed")>
                        <strong>"Agreed: "</strong>{agreed_words(&a, private.get())}
                    </p>
                })}
            })
        })
    };
    view! { {content} }
}

/// An agreed action as the wall shows it: the room's own decision, with any
/// phone number or email address hidden, and the owner (perhaps a name)
/// only when privacy is off.
pub fn agreed_words(a: &AgreedAction, private: bool) -> String {
    let mut words = redact_contacts(a.action.trim()).0;
    if !a.by.trim().is_empty() {
        words.push_str(&format!("; by {}", redact_contacts(a.by.trim()).0));
    }
    if !private && !a.owner.trim().is_empty() {
        words.push_str(&format!("; owner: {}", redact_contacts(a.owner.trim()).0));
    }
    words
}
