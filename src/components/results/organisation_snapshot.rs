use crate::domain::snapshot::snapshot;
use crate::state::AppState;
use leptos::prelude::*;

/// The body described in the manner of the report's organisational snapshots.
#[component]
pub fn OrganisationSnapshot() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        state.open().assessment().with(|a| {
            let text = snapshot(a.display_name(), state.questionnaire(), &a.answers);
            if text.is_empty() {
                "Answer some questions to see a description of your organisation's support here."
                    .to_string()
            } else {
                text
            }
        })
    };
    view! { <p class="snapshot" data-testid="snapshot">{text}</p> }
}
