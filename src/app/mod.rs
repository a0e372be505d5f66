//! The root component of each of the app's HTML pages, and what they share:
//! page titles and where focus goes on arriving at a page.

mod assess_app;
mod present_app;
mod results_app;

pub use assess_app::AssessApp;
pub use present_app::PresentApp;
pub use results_app::ResultsApp;

use crate::browser;
use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

const PRODUCT: &str = "VCS support self-assessment";

/// Page titles name the page first, for tabs and screen readers.
fn follow_title(state: AppState) {
    let q = state.questionnaire();
    Effect::new(move |_| {
        let page = match state.route().get() {
            Route::Assessments => "Your assessments".to_string(),
            Route::Start => "About your organisation".to_string(),
            Route::Tasks => "Your self-assessment".to_string(),
            Route::Question(id) => q
                .question(&id)
                .map_or_else(String::new, |x| format!("{}: {}", x.label(), x.title)),
            Route::Check => "Check your answers".to_string(),
            Route::Results => "Results".to_string(),
            Route::Present(_) => "Presenting".to_string(),
            Route::Audience => "Audience window".to_string(),
        };
        document().set_title(&format!("{page} - {PRODUCT}"));
    });
}

/// After moving to another page, focus goes to its heading, so keyboard and
/// screen reader users start at the top of it: on a change of fragment, and
/// on arriving from another of the app's pages (not on a fresh visit).
fn focus_on_page_change(state: AppState) {
    let arrived = browser::location::came_from_this_site();
    Effect::new(move |previous: Option<Route>| {
        let route = state.route().get();
        let moved = previous.as_ref().map_or(arrived, |p| *p != route);
        // The audience window is opened for the projector, not to type in.
        if moved && route != Route::Audience {
            // Presentation pages have a slide heading instead.
            request_animation_frame(|| browser::focus_first(&["page-heading", "slide-heading"]));
        }
        route
    });
}
