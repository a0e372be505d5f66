use crate::browser::files;
use crate::state::AppState;
use leptos::html::Input;
use leptos::prelude::*;

/// Opens one or more downloaded files (single assessments or collections).
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<Input>::new();
    let on_change = move |_| {
        let Some(el) = input.get() else {
            return;
        };
        let files = files::list(el.files());
        // Choosing the same file again must fire another change.
        el.set_value("");
        if !files.is_empty() {
            leptos::task::spawn_local(state.import_files(files));
        }
    };
    view! {
        <div class="import">
            <input type="file" multiple accept=".json,application/json" class="visually-hidden" tabindex="-1"
                aria-hidden="true" node_ref=input data-testid="import-file" on:change=on_change/>
            <button type="button" class="button button--secondary" data-testid="import-json"
                on:click=move |_| { if let Some(i) = input.get() { i.click(); } }>
                "Open downloaded assessments (JSON)"
            </button>
        </div>
    }
}
