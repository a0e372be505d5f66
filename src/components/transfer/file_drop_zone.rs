use crate::browser::files;
use leptos::prelude::*;

/// A place to drop files, as an alternative to the file picker; hands the
/// dropped files to `on_files`.
#[component]
pub fn FileDropZone(
    text: &'static str,
    testid: &'static str,
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        let list = files::list(ev.data_transfer().and_then(|dt| dt.files()));
        if !list.is_empty() {
            on_files.run(list);
        }
    };
    view! {
        <div
            class="drop-zone"
            class:drop-zone--over=move || over.get()
            data-testid=testid
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <p>{text}</p>
        </div>
    }
}
