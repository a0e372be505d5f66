use crate::state::{AppState, Resolution};
use leptos::prelude::*;

/// Asks what to do with an import that would replace an assessment held.
#[component]
pub fn ImportConflict() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let pending = state.tab().pending_imports().with(|p| p.first().cloned())?;
        let held = state
            .open()
            .library()
            .with_untracked(|l| {
                l.get(&pending.assessment.id)
                    .map(|a| (a.display_name().to_string(), a.last_changed()))
            })
            .unwrap_or_default();
        let text = format!(
            "\"{}\" holds the assessment for {}, which you already have (as {}, last changed {}). Replace yours with the file's version, keep both, or leave yours as it is?",
            pending.file_name,
            pending.assessment.display_name(),
            held.0,
            held.1
        );
        let choose = move |c: Resolution| move |_| state.resolve_import(c);
        Some(view! {
            <div class="notice notice--warning" role="alertdialog" aria-labelledby="import-confirm-text" data-testid="import-confirm">
                <p id="import-confirm-text">{text}</p>
                <div class="button-group">
                    <button type="button" class="button button--warning" data-testid="import-replace"
                        on:click=choose(Resolution::Replace)>"Replace mine"</button>
                    <button type="button" class="button button--secondary" data-testid="import-keep-both"
                        on:click=choose(Resolution::KeepBoth)>"Keep both"</button>
                    <button type="button" class="button button--secondary" data-testid="import-cancel"
                        on:click=choose(Resolution::Skip)>"Leave mine as it is"</button>
                </div>
            </div>
        })
    }
}
