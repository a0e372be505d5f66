use super::keys::listen_for_keys;
use super::slide::Slide;
use crate::state::PresentationState;
use leptos::prelude::*;

/// The audience's window, for the projector: the slide alone, kept in step
/// with the facilitator's window.
#[component]
pub fn AudiencePage() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    listen_for_keys(presentation);
    view! {
        <main id="main" class="presentation audience" data-testid="audience-page" tabindex="-1">
            <Slide/>
        </main>
    }
}
