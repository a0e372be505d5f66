use crate::browser::files;
use crate::components::transfer::file_drop_zone::FileDropZone;
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
    let bring_files = move |chosen: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut read = Vec::with_capacity(chosen.len());
            for file in &chosen {
                read.push((file.name(), files::read_text(file).await));
            }
            app.bring_in_sector("", read);
        });
    };
    let on_files = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let chosen = files::list(input.files());
        input.set_value("");
        bring_files(chosen);
    };
    view! {
        <section class="sector-import screen-only" aria-labelledby="sector-import-heading">
            <h3 class="heading-m" id="sector-import-heading">"Bring responses in"</h3>
            <div class="form-group">
                <label class="label" for="sector-codes">"Paste response codes, or a whole email with codes in it"</label>
                <textarea class="textarea" id="sector-codes" rows="4" data-testid="sector-codes"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" data-testid="sector-bring-in" on:click=bring>"Bring in the codes"</button>
            <div class="form-group">
                <label class="label" for="sector-files">"Or choose response files"</label>
                <input type="file" id="sector-files" accept=".json,application/json" multiple=true
                    data-testid="sector-files" on:change=on_files/>
            </div>
            <FileDropZone text="Or drop many response files here at once." testid="sector-drop"
                on_files=Callback::new(bring_files)/>
        </section>
    }
}
