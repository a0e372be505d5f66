use crate::state::{AppState, NoticeAction};
use leptos::prelude::*;

/// The outcome of the last action (an import, a download), until dismissed.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notices().notice().get().map(|notice| {
            let (class, role) = if notice.is_error {
                ("notice notice--error", "alert")
            } else {
                ("notice notice--success", "status")
            };
            view! {
                <div class=class role=role data-testid="notice">
                    <p>{notice.text}</p>
                    {(notice.action == Some(NoticeAction::UndoDelete)).then(|| view! {
                        <button type="button" class="button" data-testid="undo-delete"
                            on:click=move |_| state.undo_delete()>"Undo"</button>
                    })}
                    <button type="button" class="button button--secondary" on:click=move |_| state.notices().dismiss()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
