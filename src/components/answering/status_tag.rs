use crate::domain::progress::QuestionStatus;
use leptos::prelude::*;

/// A question's status in the task list, in words (never colour alone).
#[component]
pub fn StatusTag(status: QuestionStatus, optional: bool, testid: String) -> impl IntoView {
    let (text, class) = match (status, optional) {
        (QuestionStatus::NotStarted, true) => ("Optional", "tag tag--grey"),
        (QuestionStatus::NotStarted, false) => ("Not started", "tag tag--grey"),
        (QuestionStatus::InProgress, _) => ("In progress", "tag tag--blue"),
        (QuestionStatus::Completed, _) => ("Completed", "tag tag--done"),
    };
    view! { <strong class=class data-testid=testid>{text}</strong> }
}
