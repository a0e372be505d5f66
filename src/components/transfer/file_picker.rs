use crate::browser::files;
use leptos::html::Input;
use leptos::prelude::*;

/// A button that opens the file picker for one or more JSON files and
/// hands them to `on_files`.
#[component]
pub fn FilePicker(
    label: &'static str,
    /// Test ids of the button and of the hidden input it opens.
    testid: &'static str,
    input_testid: &'static str,
    /// "button" or "button button--secondary".
    class: &'static str,
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let on_change = move |_| {
        let Some(el) = input.get() else {
            return;
        };
        let list = files::list(el.files());
        // Choosing the same file again must fire another change.
        el.set_value("");
        if !list.is_empty() {
            on_files.run(list);
        }
    };
    view! {
        <input type="file" multiple accept=".json,application/json" class="visually-hidden" tabindex="-1"
            aria-hidden="true" node_ref=input data-testid=input_testid on:change=on_change/>
        <button type="button" class=class data-testid=testid
            on:click=move |_| { if let Some(i) = input.get() { i.click(); } }>
            {label}
        </button>
    }
}
