use crate::components::transfer::export_button::ExportButton;
use crate::state::{AppState, SaveStatus};
use leptos::prelude::*;

/// Shown on every page while answers are not reaching storage.
#[component]
pub fn SaveStatusBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let reason = match state.open().save_status().get() {
            SaveStatus::Saved => return None,
            SaveStatus::Failing(reason) => reason,
        };
        Some(view! {
            <div class="notice notice--warning" role="alert" data-testid="save-warning">
                <p>
                    <strong>"Your answers are not being saved in this browser"</strong>
                    {format!(" ({reason}). ")}
                    "You can keep working, but closing this tab will lose your answers. Download them to keep a copy."
                </p>
                <ExportButton/>
            </div>
        })
    }
}
