use super::chart_slide::ChartSlide;
use super::key_help::KeyHelp;
use super::question_slide::QuestionSlide;
use super::standard_slide::StandardSlide;
use crate::domain::presentation::Slide as Shown;
use crate::state::PresentationState;
use leptos::prelude::*;

/// What the room sees: a question, the chart or a standard; the list of
/// keys over it on request; or nothing at all.
#[component]
pub fn Slide() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    let view = presentation.view();
    let shown = Memo::new(move |_| view.get().slide);
    let help = Memo::new(move |_| view.get().help);
    let blank = Memo::new(move |_| view.get().blank);
    let content = move || match shown.get() {
        Shown::Question(i) => view! { <QuestionSlide index=i/> }.into_any(),
        Shown::Chart => view! { <ChartSlide/> }.into_any(),
        Shown::Standard(i) => view! { <StandardSlide index=i/> }.into_any(),
    };
    view! {
        <div class="slide" data-testid="slide">
            <div class="slide__content" class:slide__content--hidden=move || blank.get()>{content}</div>
            {move || help.get().then(|| view! { <KeyHelp/> })}
            {move || blank.get().then(|| view! {
                <div class="slide__blank" id="slide-blank" tabindex="-1" data-testid="slide-blank">
                    <p class="visually-hidden">"The screen is blank. Press B, or the Blank button, to bring the slide back."</p>
                </div>
            })}
        </div>
    }
}
