use super::status_tag::StatusTag;
use crate::components::transfer::export_button::ExportButton;
use crate::components::transfer::import_button::ImportButton;
use crate::domain::progress::{completed_count, question_status};
use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Every question with its status, and the way on to checking and results.
#[component]
pub fn TaskList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = state.questionnaire();
    let progress = move || {
        let (done, total) = state
            .open()
            .assessment()
            .with(|a| completed_count(q, &a.answers));
        format!("You have completed {done} of {total} questions.")
    };
    let items = q
        .questions
        .iter()
        .map(|question| {
            let status = move || {
                let status = state
                    .open()
                    .assessment()
                    .with(|a| question_status(question, &a.answers));
                view! {
                    <StatusTag status=status optional=question.is_optional()
                        testid=format!("status-{}", question.id)/>
                }
            };
            let number = if question.number.is_empty() {
                String::new()
            } else {
                format!("{}. ", question.number)
            };
            view! {
                <li class="task-list__item">
                    <a class="task-list__link" href=format!("#/q/{}", question.id)
                        data-testid=format!("task-{}", question.id)>
                        {number}{question.title}
                    </a>
                    {status}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">"Your self-assessment"</h1>
        <p class="lead" data-testid="progress">{progress}</p>
        <ol class="task-list">{items}</ol>
        <div class="button-group">
            <a href="#/check" class="button" data-testid="to-check">"Check your answers"</a>
            <a href=state.tab().href(&Route::Results) class="button button--secondary">"See your results"</a>
        </div>
        <h2 class="heading-m">"Keep a copy"</h2>
        <p>"Download your answers and scores as a file to keep a backup, send them to a facilitator, or carry on in another browser."</p>
        <ExportButton/>
        <ImportButton/>
    }
}
