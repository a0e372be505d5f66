use crate::domain::county::summary_lines;
use crate::state::CountyState;
use leptos::prelude::*;

/// Who is in the picture, by kind, and where the county is strongest and
/// furthest from the minimum.
#[component]
pub fn CountySummary() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let (q, set) = (state.questionnaire(), state.standards());
    let text = move || state.with_current(|bodies| summary_lines(q, set, bodies));
    view! {
        <section class="county-section county-summary report-section" aria-labelledby="county-summary-heading" data-testid="county-summary">
            <h3 class="heading-m" id="county-summary-heading">"Summary"</h3>
            {move || text().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <p class="hint">
                "Each body counts once, at its latest assessment. Scores follow the same rules as each body's own results page; "
                "no standard is met on a plan."
            </p>
        </section>
    }
}
