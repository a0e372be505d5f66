use super::lazy_details::LazyDetails;
use super::OPEN_UP_TO;
use crate::domain::snapshot::snapshot;
use crate::state::CountyState;
use leptos::prelude::*;

/// A snapshot paragraph per body, in the manner of the report's
/// organisational snapshots; never names or contact details.
#[component]
pub fn BodySnapshots() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let open = state.with_current(|b| b.len() <= OPEN_UP_TO);
    let list = move || {
        state.with_current(|bodies| {
            bodies
                .iter()
                .map(|b| {
                    let text = snapshot(&b.label, q, &b.assessment.answers);
                    view! {
                        <li class="snapshot" data-testid="body-snapshot">
                            <h4 class="heading-s">{b.label.clone()}</h4>
                            <p>{if text.is_empty() { "No answers yet.".to_string() } else { text }}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="county-section" aria-labelledby="snapshots-heading">
            <h3 class="heading-m" id="snapshots-heading">"Snapshots of each body"</h3>
            <LazyDetails summary="Show a snapshot of each body".into() open=open testid="snapshots">
                <ul class="list">{list}</ul>
            </LazyDetails>
        </section>
    }
}
