use crate::browser::download::{download, safe_file_stem};
use crate::browser::now_iso;
use crate::domain::saved::encode_export;
use crate::state::AppState;
use leptos::prelude::*;

/// Downloads the assessment and its scores as JSON, with or without names
/// and contact details.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let with_personal = RwSignal::new(true);
    // Several export buttons can share a page; ids must stay unique.
    let id = format!("include-personal-{}", next_id());
    let on_click = move |_| {
        let now = now_iso();
        let (json, stem) = state.assessment.with(|a| {
            let json = encode_export(
                a,
                state.questionnaire,
                state.standards,
                &now,
                with_personal.get_untracked(),
            );
            (json, safe_file_stem(a.display_name()))
        });
        let name = format!(
            "vcs-self-assessment-{stem}-{}.json",
            &now[..10.min(now.len())]
        );
        match download(&name, "application/json", &json) {
            Ok(()) => state.tell(
                format!("Downloaded {name}. Keep it somewhere safe: it is your backup."),
                false,
            ),
            Err(e) => state.tell(format!("The download did not start: {e}."), true),
        }
    };
    view! {
        <div class="export">
            <div class="choices__item choices__item--small">
                <input class="choices__input" type="checkbox" id=id.clone()
                    prop:checked=move || with_personal.get()
                    on:change=move |ev| with_personal.set(event_target_checked(&ev))/>
                <label class="choices__label" for=id>"Include names and contact details"</label>
            </div>
            <button type="button" class="button button--secondary" data-testid="export-json" on:click=on_click>
                "Download answers and scores (JSON)"
            </button>
        </div>
    }
}

fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
