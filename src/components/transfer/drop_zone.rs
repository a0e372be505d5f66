use super::file_drop_zone::FileDropZone;
use crate::state::AppState;
use leptos::prelude::*;

/// A place to drop exported files, as an alternative to the file picker.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_files = Callback::new(move |files| leptos::task::spawn_local(state.import_files(files)));
    view! {
        <FileDropZone text="Or drop downloaded assessment files here." testid="drop-zone" on_files=on_files/>
    }
}
