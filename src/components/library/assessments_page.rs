use super::assessment_row::AssessmentRow;
use crate::components::layout::storage_statement::StorageStatement;
use crate::components::transfer::drop_zone::DropZone;
use crate::components::transfer::export_button::ExportAllButton;
use crate::components::transfer::import_button::ImportButton;
use crate::domain::pages::Page;
use crate::state::AppState;
use leptos::prelude::*;

/// Every assessment held in this browser, to open, rename, re-assess,
/// delete, download or add to.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Keyed by id, so a row keeps its own state (an open rename form) when
    // another row, or another tab, changes the list.
    let ids = move || {
        state.open().library().with(|l| {
            l.by_last_change()
                .into_iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">"Your assessments"</h1>
        <StorageStatement/>
        <table class="table assessments" data-testid="assessment-list">
            <caption class="table__caption">"Assessments held in this browser, most recently changed first"</caption>
            <thead>
                <tr>
                    <th scope="col">"Organisation"</th>
                    <th scope="col">"Kind"</th>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Progress"</th>
                    <th scope="col">"Last changed"</th>
                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                </tr>
            </thead>
            <tbody>
                <For each=ids key=|id| id.clone() let:id>
                    <AssessmentRow id=id/>
                </For>
            </tbody>
        </table>
        <div class="button-group">
            <button type="button" class="button" data-testid="new-assessment" on:click=move |_| { state.create(); }>
                "Start a new assessment"
            </button>
        </div>
        <h2 class="heading-m">"Download them all"</h2>
        <p>"One file with every assessment here: to back them all up, or to send a workshop's results to the facilitator."</p>
        <ExportAllButton/>
        <h2 class="heading-m">"Add assessments from files"</h2>
        <p>"Open files downloaded from this tool, one or many at a time, including files with several assessments."</p>
        <ImportButton/>
        <DropZone/>
        <h2 class="heading-m">"Many bodies side by side"</h2>
        <p>
            "Facilitators: the "<a href=Page::County.href(state.tab().page(), "") data-testid="assessments-county">"county picture"</a>
            " puts many bodies' results side by side, from their exported files, the assessments here, "
            "or the Hertfordshire respondents of 2010."
        </p>
    }
}
