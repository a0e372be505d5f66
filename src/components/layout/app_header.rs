use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Product name and the links between the main pages.
#[component]
pub fn AppHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let skip = move |ev: leptos::ev::MouseEvent| {
        // The fragment holds the page, so the skip link moves focus itself.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a href="#main" class="skip-link" on:click=skip>"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a href=state.href(&Route::Tasks) class="app-header__name">"VCS support self-assessment"</a>
                <nav aria-label="Main">
                    <ul class="app-nav">
                        <li><a href=state.href(&Route::Assessments) data-testid="nav-assessments">"Assessments"</a></li>
                        <li><a href=state.href(&Route::Start)>"About you"</a></li>
                        <li><a href=state.href(&Route::Tasks) data-testid="nav-tasks">"Questions"</a></li>
                        <li><a href=state.href(&Route::Check)>"Check answers"</a></li>
                        <li><a href=state.href(&Route::Results) data-testid="nav-results">"Results"</a></li>
                        // The facilitator's page, a binary of its own.
                        <li><a href=format!("{}county/", state.page().to_site()) data-testid="nav-county">"County picture"</a></li>
                    </ul>
                </nav>
            </div>
            <p class="app-header__body" data-testid="header-body-name">
                {move || state.assessment().with(|a| a.display_name().to_string())}
            </p>
        </header>
    }
}
