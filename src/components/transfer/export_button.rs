use crate::browser::download::{download, safe_file_stem};
use crate::browser::now_iso;
use crate::domain::assessment::Assessment;
use crate::domain::csv::to_csv;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{encode_export, encode_export_all};
use crate::domain::standards::StandardSet;
use crate::state::AppState;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
}

/// Downloads the open assessment as JSON to open again, or CSV for a
/// spreadsheet, with or without names and contact details and what
/// organisations wrote: without unless asked, so that a file passed on
/// carries nothing personal by default.
#[component]
pub fn ExportButton() -> impl IntoView {
    export_controls(false, |current, _, q, set, now, personal| {
        encode_export(current, q, set, now, personal)
    })
}

/// The same for every assessment held, the JSON as one collection. A
/// component of its own, so that the pages that export one assessment do
/// not carry the collection's encoder and its labels.
#[component]
pub fn ExportAllButton() -> impl IntoView {
    export_controls(true, |_, list, q, set, now, personal| {
        encode_export_all(list, q, set, now, personal)
    })
}

/// Writes the JSON of the open assessment or of a list.
type JsonOf = fn(&Assessment, &[&Assessment], &Questionnaire, &StandardSet, &str, bool) -> String;

fn export_controls(all: bool, json_of: JsonOf) -> impl IntoView {
    let state = expect_context::<AppState>();
    let with_personal = RwSignal::new(false);
    // Several export controls can share a page; ids must stay unique.
    let id = format!("include-personal-{}", next_id());
    let export = move |format: Format| {
        let now = now_iso();
        let personal = with_personal.get_untracked();
        let (q, set) = (state.questionnaire(), state.standards());
        let current = state.open().assessment().get_untracked();
        let stem = if all {
            "all-assessments".to_string()
        } else {
            safe_file_stem(current.display_name())
        };
        let (contents, mime, ext) = state.open().library().with_untracked(|library| {
            let list: Vec<&Assessment> = if all {
                library.by_last_change()
            } else {
                vec![&current]
            };
            match format {
                Format::Json => (
                    json_of(&current, &list, q, set, &now, personal),
                    "application/json",
                    "json",
                ),
                Format::Csv => (
                    to_csv(&list, q, set, personal),
                    "text/csv;charset=utf-8",
                    "csv",
                ),
            }
        });
        let name = format!(
            "vcs-self-assessment-{stem}-{}.{ext}",
            now.get(..10).unwrap_or("")
        );
        match download(&name, mime, &contents) {
            Ok(()) => {
                if !personal {
                    state.passed_on_without_names(all, &now);
                }
                state.backed_up();
                let what = if format == Format::Json {
                    "Keep it somewhere safe: it is your backup, and can be opened here again."
                } else {
                    "It opens in a spreadsheet; to restore answers, use the JSON download."
                };
                state
                    .notices()
                    .tell(format!("Downloaded {name}. {what}"), false);
            }
            Err(e) => state
                .notices()
                .tell(format!("The download did not start: {e}."), true),
        }
    };
    let (json_label, csv_label) = if all {
        (
            "Download all assessments (JSON)",
            "Download all as a spreadsheet (CSV)",
        )
    } else {
        (
            "Download answers and scores (JSON)",
            "Download as a spreadsheet (CSV)",
        )
    };
    view! {
        <div class="export">
            <div class="choices__item choices__item--small">
                <input class="choices__input" type="checkbox" id=id.clone()
                    aria-describedby=format!("{id}-hint")
                    prop:checked=move || with_personal.get()
                    on:change=move |ev| with_personal.set(event_target_checked(&ev))/>
                <label class="choices__label" for=id.clone()>"Include names and contact details, and what organisations wrote to you"</label>
                <p class="hint" id=format!("{id}-hint")>"For your own records: it also carries each sector response as it came. Without it, a file you pass on carries the sector’s responses only as a summary from five answers."</p>
            </div>
            <div class="button-group">
                <button type="button" class="button button--secondary"
                    data-testid=if all { "export-all-json" } else { "export-json" }
                    on:click=move |_| export(Format::Json)>{json_label}</button>
                <button type="button" class="button button--secondary"
                    data-testid=if all { "export-all-csv" } else { "export-csv" }
                    on:click=move |_| export(Format::Csv)>{csv_label}</button>
            </div>
        </div>
    }
}

fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
