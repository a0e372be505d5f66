use crate::browser::{self, download::download};
use crate::domain::county::{collection_json, matrices_csv};
use crate::state::CountyState;
use leptos::prelude::*;

/// The picture's outputs: the matrices as CSV, the set as one JSON
/// collection, and the printed county report.
#[component]
pub fn CountyDownloads() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let (q, set) = (state.questionnaire(), state.standards());
    let save = move |file: &str, mime: &str, text: String| match download(file, mime, &text) {
        Ok(()) => state.notices().tell(format!("Downloaded {file}."), false),
        Err(e) => state
            .notices()
            .tell(format!("The download did not start: {e}."), true),
    };
    let csv = move |_| {
        let text = state.with_current(|bodies| matrices_csv(q, set, bodies));
        save("county-tables.csv", "text/csv;charset=utf-8", text);
    };
    let json = move |_| {
        let with_personal = state.with_personal().get_untracked();
        let text = state.set().with_untracked(|s| {
            let all: Vec<_> = s.bodies().iter().collect();
            collection_json(&all, q, set, &browser::now_iso(), with_personal)
        });
        save("county-set.json", "application/json", text);
    };
    let print = move |_| {
        if let Err(e) = browser::print() {
            state
                .notices()
                .tell(format!("Printing did not start: {e}."), true);
        }
    };
    view! {
        <div class="button-group">
            <button type="button" class="button" data-testid="county-print" on:click=print>
                "Print the county report"
            </button>
            <button type="button" class="button button--secondary" data-testid="county-csv" on:click=csv>
                "Download the tables (CSV)"
            </button>
            <button type="button" class="button button--secondary" data-testid="county-json" on:click=json>
                "Download the whole set (JSON)"
            </button>
        </div>
    }
}
