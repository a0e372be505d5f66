use crate::state::AppState;
use leptos::prelude::*;

/// What NI7 measured, the figures, and why influence leads: the context a
/// reader needs to weigh the verdicts.
#[component]
pub fn Ni7Context() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ni7 = state.standards().ni7();
    view! {
        <section class="ni7-context" data-testid="ni7-context" aria-labelledby="ni7-heading">
            <h2 class="heading-m" id="ni7-heading">"What the sector measured, and why influence comes first"</h2>
            {ni7.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <p class="source">"Sources: " {ni7.source}</p>
        </section>
    }
}
