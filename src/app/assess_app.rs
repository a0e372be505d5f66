use super::{focus_on_page_change, follow_title};
use crate::components::answering::check_answers::CheckAnswers;
use crate::components::answering::question_page::QuestionPage;
use crate::components::answering::start_page::StartPage;
use crate::components::answering::task_list::TaskList;
use crate::components::layout::page_layout::PageLayout;
use crate::components::layout::update_banner::watch_for_update;
use crate::components::library::assessments_page::AssessmentsPage;
use crate::components::results::score_summary::ScoreSummary;
use crate::components::transfer::import_conflict::ImportConflict;
use crate::domain::route::{Page, Route};
use crate::state::AppState;
use leptos::prelude::*;

/// The self-assessment: assessments, the questions and the check page, with
/// the score so far beside them. The site's first page.
#[component]
pub fn AssessApp() -> impl IntoView {
    let state = AppState::start(Page::Assess);
    provide_context(state);
    let q = state.questionnaire();
    let update_ready = watch_for_update(Page::Assess);
    follow_title(state);
    focus_on_page_change(state);

    let page_for = move |route: Route| match route {
        Route::Assessments => view! { <AssessmentsPage/> }.into_any(),
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Question(id) => match q.question(&id) {
            Some(question) => view! { <QuestionPage question=question/> }.into_any(),
            None => view! { <TaskList/> }.into_any(),
        },
        Route::Check => view! { <CheckAnswers/> }.into_any(),
        Route::Tasks => view! { <TaskList/> }.into_any(),
        // Another page's: the browser is already on its way there.
        Route::Results
        | Route::Present(_)
        | Route::Audience
        | Route::County
        | Route::CountyReport
        | Route::Sector
        | Route::Collect => ().into_any(),
    };
    // The epoch changes when the open assessment is replaced from outside:
    // pages with text fields (set once, so typing never moves the caret) are
    // drawn again to show the new answers; the others follow the signals.
    let page = move || {
        let route = state.tab().route().get();
        if matches!(route, Route::Start | Route::Question(_)) {
            state.open().epoch().track();
        }
        page_for(route)
    };
    view! {
        <PageLayout update_ready=update_ready banner=Box::new(|| view! { <ImportConflict/> }.into_any())>
            <main id="main" class="layout__main" tabindex="-1">{page}</main>
            <aside class="layout__aside" aria-label="Score so far">
                <ScoreSummary/>
            </aside>
        </PageLayout>
    }
}
