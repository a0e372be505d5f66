use super::browser_assessments::BrowserAssessments;
use crate::browser::files;
use crate::state::CountyState;
use leptos::html::Input;
use leptos::prelude::*;

/// The three ways in: exported files (picker or drop), this browser's
/// assessments, and the fifteen Hertfordshire respondents of 2010.
#[component]
pub fn CountyIntake() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let input = NodeRef::<Input>::new();
    let over = RwSignal::new(false);
    let on_change = move |_| {
        let Some(el) = input.get() else {
            return;
        };
        let list = files::list(el.files());
        // Choosing the same files again must fire another change.
        el.set_value("");
        if !list.is_empty() {
            leptos::task::spawn_local(state.add_files(list));
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        let list = files::list(ev.data_transfer().and_then(|dt| dt.files()));
        if !list.is_empty() {
            leptos::task::spawn_local(state.add_files(list));
        }
    };
    view! {
        <section class="county-intake screen-only" aria-labelledby="intake-heading">
            <h2 class="heading-l" id="intake-heading">"Add assessments"</h2>
            <p class="hint">
                "Files are read in this browser and never uploaded. Nothing is stored unless you choose to keep the set. "
                "Each file is checked as an import is: files from older versions are brought up to date, "
                "and any file that cannot be read is named."
            </p>
            <div class="button-group">
                <input type="file" multiple accept=".json,application/json" class="visually-hidden" tabindex="-1"
                    aria-hidden="true" node_ref=input data-testid="county-files" on:change=on_change/>
                <button type="button" class="button" data-testid="county-choose-files"
                    on:click=move |_| { if let Some(i) = input.get() { i.click(); } }>
                    "Choose exported files (JSON)"
                </button>
                <button type="button" class="button button--secondary" data-testid="add-2010"
                    on:click=move |_| state.add_survey_2010()>
                    "Add the 15 Hertfordshire respondents of 2010"
                </button>
            </div>
            <div
                class="drop-zone"
                class:drop-zone--over=move || over.get()
                data-testid="county-drop"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
                on:dragleave=move |_| over.set(false)
                on:drop=on_drop
            >
                <p>"Or drop many exported files here at once: single assessments or collections."</p>
            </div>
            <BrowserAssessments/>
        </section>
    }
}
