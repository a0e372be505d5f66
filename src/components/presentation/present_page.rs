use super::keys::listen_for_keys;
use super::presentation_controls::PresentationControls;
use super::presenter_notes::PresenterNotes;
use super::slide::Slide;
use crate::components::layout::notice_banner::NoticeBanner;
use crate::state::PresentationState;
use leptos::prelude::*;

/// The facilitator's window: the slide as the room sees it, the controls,
/// and notes for the facilitator alone.
#[component]
pub fn PresentPage() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    listen_for_keys(presentation);
    view! {
        <div class="presentation presenter" data-testid="present-page">
            <NoticeBanner/>
            <main id="main" class="presenter__stage" tabindex="-1">
                <Slide/>
            </main>
            <PresentationControls/>
            <PresenterNotes/>
        </div>
    }
}
