use crate::browser::{self, files};
use crate::components::transfer::file_drop_zone::FileDropZone;
use crate::components::transfer::file_picker::FilePicker;
use crate::domain::county::counted;
use crate::domain::sector::SectorIntake;
use crate::state::CollectDesk;
use leptos::prelude::*;

/// Brings responses in for the collector, as the body's results page
/// would: codes pasted (a whole email thread will do), or response files.
/// What became of each is said beside the box, where focus moves; refused
/// text stays in the box.
#[component]
pub fn CollectImport() -> impl IntoView {
    let desk = expect_context::<CollectDesk>();
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<SectorIntake>);
    let show = move |intake: SectorIntake| {
        outcome.set(Some(intake));
        request_animation_frame(|| browser::focus_first(&["collect-intake"]));
    };
    let bring = move |_| {
        let intake = desk.bring_in(&pasted.get_untracked(), Vec::new());
        if intake.problems().is_empty() {
            pasted.set(String::new());
        }
        show(intake);
    };
    let bring_files = Callback::new(move |chosen: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            show(desk.bring_in("", files::read_all(&chosen).await));
        });
    });
    let late = Memo::new(move |_| desk.collection().with(|c| c.survey.late_uncounted()));
    let said = move || {
        outcome.get().map(|intake| {
            let problems = intake.problems().join(". ");
            view! {
                <div class="notice" id="collect-intake" tabindex="-1" role="status" data-testid="collect-intake">
                    <p>{intake.summary()}</p>
                    <p>{(!problems.is_empty()).then(|| problems + ".")}</p>
                </div>
            }
        })
    };
    view! {
        <section aria-labelledby="collect-import-heading">
            <h2 class="heading-m" id="collect-import-heading">"Bring in the responses"</h2>
            <div class="form-group">
                <label class="label" for="collect-codes">"Paste response codes, or a whole email with codes in it"</label>
                <p class="hint" id="collect-codes-hint">"Comments come in with their code, and whether the organisation agreed that you pass them on. A response changed and sent again replaces the earlier one."</p>
                <textarea class="textarea" id="collect-codes" rows="4" aria-describedby="collect-codes-hint"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" on:click=bring>"Bring in the codes"</button>
            {said}
            <FilePicker label="Or choose response files" testid="collect-choose" input_testid="collect-files"
                class="button button--secondary" on_files=bring_files/>
            <FileDropZone text="Or drop many response files here at once." testid="collect-drop"
                on_files=bring_files/>
            {move || (late.get() > 0).then(|| view! {
                <div class="form-group">
                    <p>{format!(
                        "{} answered after the closing date: kept, not counted.",
                        counted(late.get(), "response", "responses")
                    )}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| desk.count_late()>
                        "Count them all the same"
                    </button>
                </div>
            })}
        </section>
    }
}
