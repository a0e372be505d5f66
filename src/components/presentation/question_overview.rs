use crate::domain::progress::{question_status, QuestionStatus};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// Every question as a button to jump to, marked answered or not yet; the
/// one on the wall marked as current. "G" then a number does the same.
#[component]
pub fn QuestionOverview() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let current = Memo::new(move |_| presentation.view().get().slide.question_index());
    let statuses = Memo::new(move |_| {
        app.open().assessment().with(|a| {
            app.questionnaire()
                .questions
                .iter()
                .map(|q| question_status(q, &a.answers))
                .collect::<Vec<_>>()
        })
    });
    let buttons = app
        .questionnaire()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let status = move || statuses.with(|s| s.get(i).copied().unwrap_or(QuestionStatus::NotStarted));
            let answered = move || status() != QuestionStatus::NotStarted;
            let label = move || {
                format!(
                    "Question {}: {}, {}",
                    i + 1,
                    q.title,
                    if answered() { "answered" } else { "not yet answered" }
                )
            };
            view! {
                <li>
                    <button type="button" class="overview__button" data-testid=format!("overview-{}", i + 1)
                        class:overview__button--answered=answered
                        aria-current=move || (current.get() == Some(i)).then_some("step")
                        aria-label=label title=q.title
                        on:click=move |_| presentation.jump(i)>
                        <span aria-hidden="true">{i + 1}{move || if answered() { "\u{2713}" } else { "" }}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="overview" aria-labelledby="overview-heading" data-testid="question-overview">
            <h2 class="presenter__heading" id="overview-heading">"Questions (\u{2713} answered)"</h2>
            <ol class="overview__list">{buttons}</ol>
        </nav>
    }
}
