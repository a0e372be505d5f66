use super::{focus_on_page_change, follow_title};
use crate::components::layout::page_layout::PageLayout;
use crate::components::layout::update_banner::watch_for_update;
use crate::components::results::results_page::ResultsPage;
use crate::domain::route::{Page, Route};
use crate::state::AppState;
use leptos::prelude::*;

/// The results in full, a page of its own (`results/`) so that the first
/// question never waits for its charts. The charts get the width.
#[component]
pub fn ResultsApp() -> impl IntoView {
    let state = AppState::start(Page::Results);
    provide_context(state);
    let update_ready = watch_for_update(Page::Results);
    follow_title(state);
    focus_on_page_change(state);
    let page =
        move || (state.tab().route().get() == Route::Results).then(|| view! { <ResultsPage/> });
    view! {
        <PageLayout update_ready=update_ready wide=true>
            <main id="main" class="layout__main" tabindex="-1">{page}</main>
        </PageLayout>
    }
}
