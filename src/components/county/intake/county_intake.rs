use super::browser_assessments::BrowserAssessments;
use crate::components::transfer::file_drop_zone::FileDropZone;
use crate::components::transfer::file_picker::FilePicker;
use crate::state::CountyState;
use leptos::prelude::*;

/// The three ways in: exported files (picker or drop), this browser's
/// assessments, and the fifteen Hertfordshire respondents of 2010.
#[component]
pub fn CountyIntake() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let on_files = Callback::new(move |files| leptos::task::spawn_local(state.add_files(files)));
    view! {
        <section class="county-intake screen-only" aria-labelledby="intake-heading">
            <h2 class="heading-l" id="intake-heading">"Add assessments"</h2>
            <p class="hint">
                "Files are read in this browser and never uploaded. The set is held for this tab only, for the report page and a reload, "
                "unless you choose to keep it in this browser; on a shared computer, empty the picture when you are done. "
                "Each file is checked as an import is: files from older versions are brought up to date, "
                "and any file that cannot be read is named."
            </p>
            <div class="button-group">
                <FilePicker label="Choose exported files (JSON)" testid="county-choose-files" input_testid="county-files"
                    class="button" on_files=on_files/>
                <button type="button" class="button button--secondary" data-testid="add-2010"
                    on:click=move |_| state.add_survey_2010()>
                    "Add the 15 Hertfordshire respondents of 2010"
                </button>
            </div>
            <FileDropZone text="Or drop many exported files here at once: single assessments or collections."
                testid="county-drop" on_files=on_files/>
            <BrowserAssessments/>
        </section>
    }
}
