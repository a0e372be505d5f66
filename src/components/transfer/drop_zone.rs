use crate::browser::files;
use crate::state::AppState;
use leptos::prelude::*;

/// A place to drop exported files, as an alternative to the file picker.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = expect_context::<AppState>();
    let over = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        let files = files::list(ev.data_transfer().and_then(|dt| dt.files()));
        if !files.is_empty() {
            leptos::task::spawn_local(state.import_files(files));
        }
    };
    view! {
        <div
            class="drop-zone"
            class:drop-zone--over=move || over.get()
            data-testid="drop-zone"
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <p>"Or drop downloaded assessment files here."</p>
        </div>
    }
}
