use super::{focus_on_page_change, follow_title};
use crate::components::layout::update_banner::watch_for_update;
use crate::components::presentation::audience_page::AudiencePage;
use crate::components::presentation::present_page::PresentPage;
use crate::domain::route::{Page, Route};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// Presentation mode, a page of its own (`present/`): the facilitator's
/// window and the audience's, each the slide in large type, without the
/// usual layout.
#[component]
pub fn PresentApp() -> impl IntoView {
    let state = AppState::start(Page::Present);
    provide_context(state);
    provide_context(PresentationState::start(state));
    // Kept up to date from here too, but no banner on the projector: it
    // shows on the other pages.
    let _ = watch_for_update(Page::Present);
    follow_title(state);
    focus_on_page_change(state);
    move || match state.tab().route().get() {
        Route::Present(_) => view! { <PresentPage/> }.into_any(),
        Route::Audience => view! { <AudiencePage/> }.into_any(),
        // Another page's: the browser is already on its way there.
        _ => ().into_any(),
    }
}
