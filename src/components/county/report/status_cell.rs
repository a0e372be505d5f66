use crate::domain::county::{score_name, status_short, STATUS_KEY};
use crate::domain::scoring::StandardScore;
use leptos::prelude::*;

/// A standard's status for one body in a matrix cell: a short word seen,
/// the full words read aloud, the colour only as a second cue.
#[component]
pub fn StatusCell(score: StandardScore) -> impl IntoView {
    let (short, full) = (
        status_short(score.status, score.planned),
        score_name(&score),
    );
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
            {STATUS_KEY}
            " \u{2020}: the verdict rests on fewer questions, because options it reads were added "
            "to the questionnaire after the body answered (the 2010 respondents were never asked them)."
        </p>
    }
}
