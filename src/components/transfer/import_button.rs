use crate::browser::js_error_message;
use crate::domain::assessment::Assessment;
use crate::domain::route::Route;
use crate::domain::saved::{decode, MAX_IMPORT_BYTES};
use crate::state::AppState;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// An imported assessment waiting for the user to confirm it may replace
/// the current one.
#[derive(Clone)]
struct Pending {
    file_name: String,
    assessment: Assessment,
}

/// Opens an exported file. A file that cannot be read changes nothing;
/// one that would replace answers already given asks first.
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<Input>::new();
    let pending = RwSignal::new(None::<Pending>);

    let accept = move |p: Pending| {
        let name = p.assessment.display_name().to_string();
        state.replace_assessment(p.assessment);
        state.tell(
            format!("Opened the assessment for {name} from {}.", p.file_name),
            false,
        );
        pending.set(None);
        state.go(Route::Tasks);
    };

    let on_change = move |_| {
        let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else {
            return;
        };
        if let Some(i) = input.get() {
            // Choosing the same file again must fire another change.
            i.set_value("");
        }
        let file_name = file.name();
        if file.size() > MAX_IMPORT_BYTES as f64 {
            state.tell(
                format!("Could not open \"{file_name}\": it is too large to be an assessment. Nothing has been changed."),
                true,
            );
            return;
        }
        leptos::task::spawn_local(async move {
            let text = match JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(e) => {
                    state.tell(
                        format!(
                            "Could not read \"{file_name}\": {}. Nothing has been changed.",
                            js_error_message(&e)
                        ),
                        true,
                    );
                    return;
                }
            };
            match decode(&text, state.questionnaire) {
                Err(e) => state.tell(
                    format!("Could not open \"{file_name}\": {e}. Nothing has been changed."),
                    true,
                ),
                Ok(assessment) => {
                    let p = Pending {
                        file_name,
                        assessment,
                    };
                    if state.assessment.with_untracked(Assessment::is_blank) {
                        accept(p);
                    } else {
                        pending.set(Some(p));
                    }
                }
            }
        });
    };

    let confirm = move || {
        pending.get().map(|p| {
            let current = state.assessment.with_untracked(|a| a.display_name().to_string());
            let incoming = p.assessment.display_name().to_string();
            view! {
                <div class="notice notice--warning" role="alertdialog" aria-labelledby="import-confirm-text" data-testid="import-confirm">
                    <p id="import-confirm-text">
                        {format!("Replace the answers for {current} with those for {incoming} from \"{}\"? The current answers will be lost unless you have downloaded them.", p.file_name)}
                    </p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" data-testid="import-replace"
                            on:click=move |_| accept(p.clone())>"Replace current answers"</button>
                        <button type="button" class="button button--secondary" data-testid="import-cancel"
                            on:click=move |_| pending.set(None)>"Keep current answers"</button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <div class="import">
            <input type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1"
                aria-hidden="true" node_ref=input data-testid="import-file" on:change=on_change/>
            <button type="button" class="button button--secondary" data-testid="import-json"
                on:click=move |_| { if let Some(i) = input.get() { i.click(); } }>
                "Open a downloaded assessment (JSON)"
            </button>
            {confirm}
        </div>
    }
}
