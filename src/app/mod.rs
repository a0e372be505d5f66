//! The root component of each page of `seeds/pages.json`, mounted by its
//! binary, and what the officer's pages share: page titles and where focus
//! goes on arriving at a page.

mod assess_app;
mod collect_app;
mod county_app;
mod county_report_app;
mod present_app;
mod results_app;
mod sector_app;

pub use assess_app::AssessApp;
pub use collect_app::CollectApp;
pub use county_app::CountyApp;
pub use county_report_app::CountyReportApp;
pub use present_app::PresentApp;
pub use results_app::ResultsApp;
pub use sector_app::SectorApp;

use crate::browser;
use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Page titles name the page first, for tabs and screen readers.
fn follow_title(state: AppState) {
    let q = state.questionnaire();
    Effect::new(move |_| {
        let route = state.tab().route().get();
        let heading = match &route {
            Route::Assessments => Some("Your assessments".to_string()),
            Route::Tasks => Some("Your self-assessment".to_string()),
            Route::Start => Some("About your organisation".to_string()),
            Route::Question(id) => q
                .question(id)
                .map(|x| format!("{}: {}", x.label(), x.title)),
            Route::Check => Some("Check your answers".to_string()),
            Route::Audience => Some("Room's window".to_string()),
            // The page's own title, from the list of pages.
            Route::Results
            | Route::Present(_)
            | Route::County
            | Route::CountyReport
            | Route::Sector
            | Route::Collect => None,
        };
        document().set_title(&route.page().document_title(heading.as_deref()));
    });
}

/// After moving to another page, focus goes to its heading, so keyboard and
/// screen reader users start at the top of it: on a change of fragment, and
/// on arriving from another of the app's pages (not on a fresh visit).
fn focus_on_page_change(state: AppState) {
    let arrived = browser::location::came_from_this_site();
    Effect::new(move |previous: Option<Route>| {
        let route = state.tab().route().get();
        let moved = previous.as_ref().map_or(arrived, |p| *p != route);
        // The room's window is opened for the projector, not to type in.
        if moved && route != Route::Audience {
            // Presentation pages have a slide heading instead.
            request_animation_frame(|| browser::focus_first(&["page-heading", "slide-heading"]));
        }
        route
    });
}
