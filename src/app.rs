//! The root component: layout, page switching, page titles and focus.

use crate::browser;
use crate::components::answering::check_answers::CheckAnswers;
use crate::components::answering::question_page::QuestionPage;
use crate::components::answering::start_page::StartPage;
use crate::components::answering::task_list::TaskList;
use crate::components::layout::app_header::AppHeader;
use crate::components::layout::backup_reminder::BackupReminder;
use crate::components::layout::kept_aside_banner::KeptAsideBanner;
use crate::components::layout::notice_banner::NoticeBanner;
use crate::components::layout::save_status_banner::SaveStatusBanner;
use crate::components::layout::update_banner::{watch_for_update, UpdateBanner};
use crate::components::library::assessments_page::AssessmentsPage;
use crate::components::presentation::audience_page::AudiencePage;
use crate::components::presentation::present_page::PresentPage;
use crate::components::results::results_page::ResultsPage;
use crate::components::results::score_summary::ScoreSummary;
use crate::components::transfer::import_conflict::ImportConflict;
use crate::domain::route::Route;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

const PRODUCT: &str = "VCS support self-assessment";

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    provide_context(PresentationState::start(state));
    let q = state.questionnaire();
    let update_ready = watch_for_update("sw.js");

    // Page titles name the page first, for tabs and screen readers.
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
            Route::Present => "Presenting".to_string(),
            Route::Audience => "Audience window".to_string(),
        };
        document().set_title(&format!("{page} - {PRODUCT}"));
    });

    // After moving between pages, put focus on the new page's heading so
    // keyboard and screen reader users start at the top of it.
    Effect::new(move |previous: Option<Route>| {
        let route = state.route().get();
        if previous.is_some_and(|p| p != route) {
            // Presentation pages have a slide heading instead.
            request_animation_frame(|| browser::focus_first(&["page-heading", "slide-heading"]));
        }
        route
    });

    let page_for = move |route: Route| match route {
        Route::Assessments => view! { <AssessmentsPage/> }.into_any(),
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Tasks => view! { <TaskList/> }.into_any(),
        Route::Question(id) => match q.question(&id) {
            Some(question) => view! { <QuestionPage question=question/> }.into_any(),
            None => view! { <TaskList/> }.into_any(),
        },
        Route::Check => view! { <CheckAnswers/> }.into_any(),
        Route::Results => view! { <ResultsPage/> }.into_any(),
        // Drawn by `App` itself, outside the usual layout.
        Route::Present | Route::Audience => ().into_any(),
    };

    // The epoch changes when the open assessment is replaced from outside:
    // pages with text fields (set once, so typing never moves the caret) are
    // drawn again to show the new answers; the others follow the signals.
    let page = move || {
        let route = state.route().get();
        if matches!(route, Route::Start | Route::Question(_)) {
            state.epoch().track();
        }
        page_for(route)
    };

    // The presentation page being shown, if any: a memo, so the usual layout
    // is drawn again only on entering or leaving presentation mode.
    let presenting = Memo::new(move |_| {
        state
            .route()
            .with(|r| r.is_presentation().then(|| r.clone()))
    });
    move || {
        match presenting.get() {
        Some(Route::Present) => view! { <PresentPage/> }.into_any(),
        Some(_) => view! { <AudiencePage/> }.into_any(),
        None => view! {
            <AppHeader/>
            <div class="page">
                <UpdateBanner ready=update_ready reload_note="Your answers are saved in this browser and stay as they are."/>
                <SaveStatusBanner/>
                <KeptAsideBanner/>
                <NoticeBanner/>
                <ImportConflict/>
                <BackupReminder/>
                <div class="layout" class:layout--wide=move || state.route().get() == Route::Results>
                    <main id="main" class="layout__main" tabindex="-1">{page}</main>
                    // The results page has the full score: its charts get the width.
                    {move || (state.route().get() != Route::Results).then(|| view! {
                        <aside class="layout__aside" aria-label="Score so far">
                            <ScoreSummary/>
                        </aside>
                    })}
                </div>
            </div>
            <footer class="app-footer">
                <p>
                    "Questions and standards from the Hertfordshire Thriving Third Sector report (Hertfordshire CVS Group, February 2010). "
                    "Your answers stay in this browser."
                </p>
            </footer>
        }
        .into_any(),
    }
    }
}
