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
    view! {
        <td class=format!("status-cell status-cell--{}", score.status.css_class())>
            <span aria-hidden="true">{short}</span>
            <span class="visually-hidden">{full}</span>
        </td>
    }
}

/// The key to the short words, shown above every matrix that uses them.
#[component]
pub fn StatusKey() -> impl IntoView {
    view! {
        <p class="hint" data-testid="status-key">
            "Met: met. Part: partly met. Plan: partly met on a plan alone, nothing yet in place. "
            "Not: not met. \u{2013}: not evidenced (the questions it reads were not answered)."
        </p>
    }
}
