use crate::state::AppState;
use leptos::prelude::*;

/// Whose assessment this is: heads the results on screen and the report in print.
#[component]
pub fn ReportTitle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = move || {
        state.open().assessment().with(|a| {
            let mut parts = vec![a.display_name().to_string()];
            if let Some(kind) = state.questionnaire().body_kind_label(&a.body.kind) {
                parts.push(kind.to_string());
            }
            parts.push(if a.body.date.is_empty() {
                "undated".to_string()
            } else {
                format!("assessed {}", a.body.date)
            });
            if !a.body.completed_by.trim().is_empty() {
                parts.push(format!("completed by {}", a.body.completed_by.trim()));
            }
            parts.join(" · ")
        })
    };
    view! {
        <p class="report-title" data-testid="report-title">{line}</p>
        <p class="print-only report-source">
            "Self-assessment against the minimum support recommended by the Hertfordshire Thriving Third Sector report (February 2010)."
        </p>
    }
}
