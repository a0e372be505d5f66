use super::slide_mode::SlideMode;
use crate::domain::progress::{question_status, QuestionStatus};
use crate::state::AppState;
use leptos::prelude::*;

/// What the room decided, question by question, before the scores are
/// revealed: how many options it ticked, or that it has not answered yet.
/// Counts only: free text stays in the presenter's window.
#[component]
pub fn RecapSlide(mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let rows = move || {
        app.open().assessment().with(|a| {
            app.questionnaire()
                .questions
                .iter()
                .enumerate()
                .map(|(i, question)| {
                    let ticked: usize = question
                        .parts
                        .iter()
                        .map(|p| a.answers.selected(p.id).count())
                        .sum();
                    let status = question_status(question, &a.answers);
                    let words = match (status, ticked) {
                        (QuestionStatus::NotStarted, _) => "not yet answered".to_string(),
                        (_, 0) => "written answer".to_string(),
                        (_, 1) => "1 ticked".to_string(),
                        (_, n) => format!("{n} ticked"),
                    };
                    let open = status == QuestionStatus::NotStarted;
                    view! {
                        <li class="recap__row" class:recap__row--open=open>
                            <span class="recap__number">{i + 1}</span>
                            <span class="recap__title">{question.title}</span>
                            <span class="recap__count">{words}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>"Before the results: what the room answered"</p>
        <h1 class="slide__heading slide__heading--small" id=mode.id("slide-heading")
            tabindex=mode.interactive().then_some("-1")>"What the room decided"</h1>
        <ol class="recap" data-testid=mode.id("slide-recap")>{rows}</ol>
    }
}
