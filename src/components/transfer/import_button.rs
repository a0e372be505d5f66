use super::file_picker::FilePicker;
use crate::state::AppState;
use leptos::prelude::*;

/// Opens one or more downloaded files (single assessments or collections).
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_files = Callback::new(move |files| leptos::task::spawn_local(state.import_files(files)));
    view! {
        <div class="import">
            <FilePicker label="Open downloaded assessments (JSON)" testid="import-json" input_testid="import-file"
                class="button button--secondary" on_files=on_files/>
        </div>
    }
}
