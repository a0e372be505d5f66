use crate::browser::files;
use crate::components::transfer::file_drop_zone::FileDropZone;
use crate::components::transfer::file_picker::FilePicker;
use crate::state::AppState;
use leptos::prelude::*;

/// Brings the sector's responses in: codes pasted (one, many, or a whole
/// email thread), or response files chosen, many at once.
#[component]
pub fn SectorImport() -> impl IntoView {
    let app = expect_context::<AppState>();
    let pasted = RwSignal::new(String::new());
    let bring = move |_| {
        app.bring_in_sector(&pasted.get_untracked(), Vec::new());
        pasted.set(String::new());
    };
    // Chosen or dropped, many at once: every file read, then all brought in.
    let bring_files = Callback::new(move |chosen: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            app.bring_in_sector("", files::read_all(&chosen).await);
        });
    });
    view! {
        <section class="sector-import screen-only" aria-labelledby="sector-import-heading">
            <h3 class="heading-m" id="sector-import-heading">"Bring responses in"</h3>
            <div class="form-group">
                <label class="label" for="sector-codes">"Paste response codes, or a whole email with codes in it"</label>
                <textarea class="textarea" id="sector-codes" rows="4" data-testid="sector-codes"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" data-testid="sector-bring-in" on:click=bring>"Bring in the codes"</button>
            <FilePicker label="Or choose response files" testid="sector-choose" input_testid="sector-files"
                class="button button--secondary" on_files=bring_files/>
            <FileDropZone text="Or drop many response files here at once." testid="sector-drop"
                on_files=bring_files/>
        </section>
    }
}
