use crate::domain::action_plan::action_plan;
use crate::state::AppState;
use leptos::prelude::*;

/// Every next step in one ordered list: the key driver first, then the
/// standards not met, then those partly met.
#[component]
pub fn ActionList() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.open().scores().with(|scores| {
            let plan = action_plan(scores, state.standards());
            if plan.is_empty() {
                return view! {
                    <p data-testid="action-list-empty">
                        "No next steps yet: they appear as soon as an answer shows a standard is not met or only partly met."
                    </p>
                }
                .into_any();
            }
            let items = plan
                .into_iter()
                .map(|action| {
                    view! {
                        <li class="action-list__item">
                            <span class="action-list__standard">
                                {action.standard.title} " (" {action.score.label().to_ascii_lowercase()} ")"
                            </span>
                            <span>{action.step.text}</span>
                            <span class="source">"Source: " {action.step.source}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="action-list" data-testid="action-list">{items}</ol> }.into_any()
        })
    }
}
