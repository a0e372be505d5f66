use super::agreed_action_form::AgreedActionForm;
use super::audience_status::AudienceStatus;
use super::facilitation_notes::FacilitationNotes;
use super::free_text_panel::FreeTextPanel;
use super::key_help::KeyHelp;
use super::keys::listen_for_keys;
use super::presentation_controls::PresentationControls;
use super::presenter_clock::PresenterClock;
use super::question_overview::QuestionOverview;
use super::slide::Slide;
use super::slide_mode::SlideMode;
use crate::components::layout::notice_banner::NoticeBanner;
use crate::domain::presentation::Slide as Shown;
use crate::state::PresentationState;
use leptos::prelude::*;

/// The facilitator's window, laid out for a 1366×768 laptop with nothing
/// below the fold: the slide as the room sees it and the next one small,
/// the controls, the clock, every question to jump to, and notes for
/// running the discussion that the room never sees.
#[component]
pub fn PresentPage() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    listen_for_keys(presentation);
    let view = presentation.view();
    let shown = Memo::new(move |_| view.get().slide);
    let next = Memo::new(move |_| presentation.deck().after(shown.get()));
    let help = Memo::new(move |_| view.get().help);
    let blank = Memo::new(move |_| view.get().blank);
    let go_to = presentation.go_to();
    let is_standard = Memo::new(move |_| match shown.get() {
        Shown::Standard(i) => Some(i),
        _ => None,
    });
    let is_question = Memo::new(move |_| shown.get().question_index());
    view! {
        <div class="presentation presenter" data-testid="present-page">
            <NoticeBanner/>
            <header class="presenter__bar">
                <AudienceStatus/>
                // One live region, always there, so that what appears in it
                // is announced: the blank screen, and "G" and its number.
                <div class="presenter__live" role="status">
                    {move || blank.get().then(|| view! {
                        <p class="presenter__blank" data-testid="presenter-blank">"The room sees a blank screen. Any navigation key brings the slide back."</p>
                    })}
                    {move || go_to.get().map(|g| view! {
                        <p class="presenter__goto" data-testid="present-goto">
                            {format!("Go to question: {}", if g.typed() == 0 { String::new() } else { g.typed().to_string() })}
                            " (type its number; Enter if it could go on; Escape cancels)"
                        </p>
                    })}
                </div>
                <PresenterClock/>
            </header>
            <main id="main" class="presenter__main" tabindex="-1">
                <h1 class="visually-hidden">"Presenter's view"</h1>
                <section class="presenter__stage" aria-label="The slide the room sees">
                    <Slide shown=shown mode=SlideMode::Stage/>
                    <PresentationControls/>
                </section>
                <section class="presenter__side" aria-label="Next slide and questions">
                    <h2 class="presenter__heading">"Next"</h2>
                    <div class="presenter__next" aria-hidden="true">
                        {move || match next.get() {
                            Some(slide) => view! { <Slide shown=slide mode=SlideMode::Preview/> }.into_any(),
                            None => view! { <p class="presenter__end" data-testid="slide-preview-none">{move || if shown.get().is_revealed() { "The last slide" } else { "The recap is last: R reveals the results" }}</p> }.into_any(),
                        }}
                    </div>
                    <p class="visually-hidden" data-testid="next-slide-words">{move || next.get().map_or("No next slide".to_string(), |s| format!("Next: {}", describe(s)))}</p>
                    <QuestionOverview/>
                </section>
                // Focusable: it scrolls on its own when the notes are long.
                <section class="presenter__notes" aria-label="Facilitator's notes" data-testid="presenter-notes" tabindex="0">
                    {move || help.get().then(|| view! { <KeyHelp/> })}
                    {move || is_question.get().map(|i| view! { <FreeTextPanel index=i/> })}
                    {move || is_standard.get().map(|i| view! { <AgreedActionForm index=i/> })}
                    <FacilitationNotes/>
                </section>
            </main>
        </div>
    }
}

/// The next slide in words, for screen readers (the preview is a picture).
fn describe(slide: Shown) -> String {
    match slide {
        Shown::Question { index, page: 0 } => format!("question {}", index + 1),
        Shown::Question { index, .. } => format!("question {}, continued", index + 1),
        Shown::Recap => "what the room decided".into(),
        Shown::Chart => "the results chart".into(),
        Shown::Standard(i) => format!("standard {}", i + 1),
        Shown::Sector => "the sector's view".into(),
        Shown::Invite => "the invitation to the sector, as a QR code".into(),
        Shown::Actions => "the room's actions".into(),
    }
}
