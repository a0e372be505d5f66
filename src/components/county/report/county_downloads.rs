use crate::browser::{self, download::download};
use crate::domain::county::{answers_csv, collection_json, free_text_csv, standards_csv};
use crate::state::CountyState;
use leptos::prelude::*;

/// Which long file for analysts.
#[derive(Clone, Copy)]
enum Long {
    Answers,
    Standards,
    FreeText,
}

/// The picture's files: the set as one JSON collection with the report's
/// texts, and long files for analysts.
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
    // File names carry the filter: "county-answers-councils.csv".
    let named = move |what: &str| {
        format!(
            "county-{what}-{}.csv",
            state.filter().get_untracked().value()
        )
    };
    // The analysts' long files: every round of the bodies the filter shows.
    let long = move |which: Long| {
        let filter = state.filter().get_untracked();
        let with_personal = state.with_personal().get_untracked();
        let text = state.set().with_untracked(|s| {
            let rounds = s.every_round(&filter);
            match which {
                Long::Answers => answers_csv(q, &rounds),
                Long::Standards => standards_csv(q, set, &rounds),
                Long::FreeText => free_text_csv(q, &rounds, with_personal),
            }
        });
        let what = match which {
            Long::Answers => "answers",
            Long::Standards => "standards",
            Long::FreeText => "free-text",
        };
        save(&named(what), "text/csv;charset=utf-8", text);
    };
    let json = move |_| {
        let with_personal = state.with_personal().get_untracked();
        let text = state.set().with_untracked(|s| {
            let all: Vec<_> = s.bodies().iter().collect();
            state.report().with_untracked(|report| {
                collection_json(&all, q, set, &browser::now_iso(), with_personal, report)
            })
        });
        save("county-set.json", "application/json", text);
    };
    view! {
        <div class="button-group">
            <button type="button" class="button button--secondary" data-testid="county-json" on:click=json>
                "Download the whole set (JSON)"
            </button>
        </div>
        <p><strong>"For analysts: one row per observation"</strong></p>
        <div class="button-group">
            <button type="button" class="button button--secondary" data-testid="county-answers-csv" on:click=move |_| long(Long::Answers)>
                "Answers, by body, round and option (CSV)"
            </button>
            <button type="button" class="button button--secondary" data-testid="county-standards-csv" on:click=move |_| long(Long::Standards)>
                "Standards, by body and round (CSV)"
            </button>
            <button type="button" class="button button--secondary" data-testid="county-free-text-csv" on:click=move |_| long(Long::FreeText)>
                "Free text, by body and round (CSV)"
            </button>
        </div>
    }
}
