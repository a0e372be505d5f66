use crate::domain::questionnaire::{Field, FieldKind};
use crate::state::AppState;
use leptos::prelude::*;

/// A free-text answer. Saved on every keystroke; the value is set once when
/// the page opens so that typing never moves the caret.
#[component]
pub fn AnswerField(field: &'static Field) -> impl IntoView {
    let state = expect_context::<AppState>();
    let initial = state
        .open()
        .assessment()
        .with_untracked(|a| a.answers.texts.get(field.id).cloned().unwrap_or_default());
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.update_answers(|a| a.set_text(field.id, &value));
    };
    let hint_id = format!("{}-hint", field.id);
    let hint = field.personal.then(|| {
        view! {
            <p class="hint" id=hint_id.clone()>
                "Personal data: it stays in this browser, and you can leave it out when you export."
            </p>
        }
    });
    let described = field.personal.then(|| hint_id.clone());
    let input = match field.kind {
        FieldKind::Short => view! {
            <input
                class="input"
                type="text"
                id=field.id
                name=field.id
                autocomplete="off"
                aria-describedby=described
                data-testid=format!("field-{}", field.id)
                prop:value=initial
                on:input=on_input
            />
        }
        .into_any(),
        FieldKind::Long => view! {
            <textarea
                class="textarea"
                rows="5"
                id=field.id
                name=field.id
                aria-describedby=described
                data-testid=format!("field-{}", field.id)
                prop:value=initial
                on:input=on_input
            ></textarea>
        }
        .into_any(),
    };
    view! {
        <div class="form-group">
            <label class="label" for=field.id>{field.label}</label>
            {hint}
            {input}
        </div>
    }
}
