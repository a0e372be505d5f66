use super::answer_list::AnswerList;
use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// All answers on one page, each with a link back to change it.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = state.questionnaire();
    let body_rows = move || {
        state.open().assessment().with(|a| {
            let kind = q
                .body_kind_label(&a.body.kind)
                .unwrap_or("Not given")
                .to_string();
            vec![
                ("Organisation", a.display_name().to_string()),
                ("Kind of body", kind),
                ("Date", a.body.date.clone()),
                ("Completed by", a.body.completed_by.clone()),
            ]
        })
    };
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">"Check your answers"</h1>
        <h2 class="heading-m">"About your organisation"</h2>
        <dl class="summary-list" data-testid="check-body">
            {move || body_rows().into_iter().map(|(k, v)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{k}</dt>
                    <dd class="summary-list__value">{v}</dd>
                    <dd class="summary-list__actions">
                        <a href="#/start">"Change" <span class="visually-hidden">{format!(" {k}")}</span></a>
                    </dd>
                </div>
            }).collect_view()}
        </dl>
        <h2 class="heading-m">"Your answers"</h2>
        <AnswerList change_links=true/>
        <div class="button-group">
            <a href=state.tab().href(&Route::Results) class="button" data-testid="to-results">"See your results"</a>
        </div>
    }
}
