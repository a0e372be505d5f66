use crate::domain::scoring::{StandardScore, Status};
use leptos::prelude::*;

/// A standard's status for one body in a matrix cell: a short word seen,
/// the full words read aloud, the colour only as a second cue.
#[component]
pub fn StatusCell(score: StandardScore) -> impl IntoView {
    let (short, full) = match score.status {
        Status::Met => ("Met", "Met"),
        Status::PartlyMet if score.planned => ("Plan", "Partly met on a plan alone"),
        Status::PartlyMet => ("Part", "Partly met"),
        Status::NotMet => ("Not", "Not met"),
        Status::NotAnswered => ("\u{2013}", "Not evidenced"),
    };
    // A verdict on fewer questions carries a dagger, explained in the key.
    let fewer = score.on_fewer_questions();
    view! {
        <td class=format!("status-cell status-cell--{}", score.status.css_class())>
            <span aria-hidden="true">{short}{fewer.then_some("\u{2020}")}</span>
            <span class="visually-hidden">
                {full}{fewer.then_some(", on fewer questions: options it reads were not asked")}
            </span>
        </td>
    }
}

/// The key to the short words, shown above every matrix that uses them.
#[component]
pub fn StatusKey() -> impl IntoView {
    view! {
        <p class="hint" data-testid="status-key">
            "Met: met. Part: partly met. Plan: partly met on a plan alone, nothing yet in place. "
            "Not: not met. \u{2013}: not evidenced (the questions it reads were not answered). "
            "\u{2020}: the verdict rests on fewer questions, because options it reads were added "
            "to the questionnaire after the body answered (the 2010 respondents were never asked them)."
        </p>
    }
}
