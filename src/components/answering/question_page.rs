use super::answer_field::AnswerField;
use super::choice_part::ChoicePart;
use crate::domain::questionnaire::Question;
use crate::domain::route::{Opening, Route};
use crate::state::AppState;
use leptos::prelude::*;

/// One question: its options, its free text, Back and Continue.
#[component]
pub fn QuestionPage(question: &'static Question) -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = state.questionnaire();
    let (done, total) = (
        q.questions
            .iter()
            .position(|x| x.id == question.id)
            .unwrap_or(0)
            + 1,
        q.questions.len(),
    );
    let back = q
        .previous(question.id)
        .map_or(Route::Tasks, |p| Route::Question(p.id.to_string()));
    let next = q
        .next(question.id)
        .map_or(Route::Check, |n| Route::Question(n.id.to_string()));
    let present = move |_| {
        state.go(Route::Present(Some(Opening::Question(
            question.id.to_string(),
        ))));
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.go(next.clone());
    };
    let parts = question
        .parts
        .iter()
        .map(|part| view! { <ChoicePart part=part/> })
        .collect_view();
    let fields = question
        .fields
        .iter()
        .map(|field| view! { <AnswerField field=field/> })
        .collect_view();
    view! {
        <a href=state.tab().href(&back) class="back-link" data-testid="back">"Back"</a>
        <form class="question" on:submit=on_submit novalidate data-testid=format!("question-{}", question.id)>
            <p class="caption">{format!("{} ({done} of {total}): {}", question.label(), question.title)}</p>
            <h1 id="page-heading" class="heading-l" tabindex="-1">{question.text}</h1>
            {question.hint.map(|h| view! { <p class="hint">{h}</p> })}
            {parts}
            {fields}
            <p class="source">"Source: " {question.source}</p>
            <div class="button-group">
                <button type="submit" class="button" data-testid="continue">"Save and continue"</button>
                <a href=state.tab().href(&Route::Tasks) class="link">"Return to the question list"</a>
                <button type="button" class="button button--secondary" data-testid="present" on:click=present>
                    "Present to a room"
                </button>
            </div>
        </form>
    }
}
