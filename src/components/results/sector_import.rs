use crate::browser::{self, files};
use crate::components::transfer::file_drop_zone::FileDropZone;
use crate::components::transfer::file_picker::FilePicker;
use crate::domain::county::counted;
use crate::domain::sector::SectorIntake;
use crate::state::AppState;
use leptos::prelude::*;

/// Brings the sector's responses in: codes pasted (one, many, or a whole
/// email thread, comments included), or response files chosen, many at
/// once. What became of each is said beside the box, where focus moves;
/// text that was refused stays in the box to be put right. Responses that
/// arrived after the closing date wait apart until the officer counts them.
#[component]
pub fn SectorImport() -> impl IntoView {
    let app = expect_context::<AppState>();
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<SectorIntake>);
    let show = move |intake: SectorIntake| {
        outcome.set(Some(intake));
        // Once the summary is drawn.
        request_animation_frame(|| browser::focus_first(&["sector-intake"]));
    };
    let bring = move |_| {
        let intake = app.bring_in_sector(&pasted.get_untracked(), Vec::new());
        if intake.problems().is_empty() {
            pasted.set(String::new());
        }
        show(intake);
    };
    // Chosen or dropped, many at once: every file read, then all brought in.
    let bring_files = Callback::new(move |chosen: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            show(app.bring_in_sector("", files::read_all(&chosen).await));
        });
    });
    let late = Memo::new(move |_| app.open().assessment().with(|a| a.sector.late_uncounted()));
    let said = move || {
        outcome.get().map(|intake| {
            let problems = intake.problems().join(". ");
            view! {
                <div class="notice" id="sector-intake" tabindex="-1" role="status" data-testid="sector-intake">
                    <p>{intake.summary()}</p>
                    <p data-testid="sector-intake-problems">{(!problems.is_empty()).then(|| problems + ".")}</p>
                </div>
            }
        })
    };
    view! {
        <section class="sector-import screen-only" aria-labelledby="sector-import-heading">
            <h3 class="heading-m" id="sector-import-heading">"Bring responses in"</h3>
            <div class="form-group">
                <label class="label" for="sector-codes">"Paste response codes, or a whole email with codes in it"</label>
                <p class="hint" id="sector-codes-hint">"Comments and names in an email from the sector's page come in with their code. A response changed and sent again replaces the earlier one."</p>
                <textarea class="textarea" id="sector-codes" rows="4" data-testid="sector-codes" aria-describedby="sector-codes-hint"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" data-testid="sector-bring-in" on:click=bring>"Bring in the codes"</button>
            {said}
            <FilePicker label="Or choose response files, or a collector's summary" testid="sector-choose" input_testid="sector-files"
                class="button button--secondary" on_files=bring_files/>
            <FileDropZone text="Or drop many response files, or a collector's summary, here at once." testid="sector-drop"
                on_files=bring_files/>
            {move || (late.get() > 0).then(|| view! {
                <div class="form-group" data-testid="sector-late">
                    <p>{format!(
                        "{} answered after the closing date: kept, not counted.",
                        counted(late.get(), "response", "responses")
                    )}</p>
                    <button type="button" class="button button--secondary" data-testid="sector-count-late"
                        on:click=move |_| app.count_late_sector_responses()>
                        "Count them all the same"
                    </button>
                </div>
            })}
        </section>
    }
}
