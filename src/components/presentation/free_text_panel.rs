use super::question_slide::wall_texts;
use crate::domain::presentation::HIDDEN_CONTACT;
use crate::domain::questionnaire::FieldKind;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// The current question's free text, typed in the presenter's window and
/// saved as it is typed. While private it stays here: the facilitator sees
/// what the room's window would show, and puts it there only on purpose.
/// Names and contact details never go on the wall.
#[component]
pub fn FreeTextPanel(index: usize) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let question = &app.questionnaire().questions[index];
    let fields = question
        .fields
        .iter()
        .map(|field| {
            let id = format!("present-text-{}", field.id);
            let value = move || {
                app.open()
                    .assessment()
                    .with(|a| a.answers.text(field.id).unwrap_or_default().to_string())
            };
            let save = move |ev: leptos::ev::Event| {
                let text = event_target_value(&ev);
                app.update_answers(|a| a.set_text(field.id, &text));
            };
            let label = if field.personal {
                format!("{} (never on the room's window)", field.label)
            } else {
                field.label.to_string()
            };
            let input = match field.kind {
                FieldKind::Long => view! {
                    <textarea class="textarea presenter__textarea" id=id.clone() data-testid=id.clone() rows="2"
                        prop:value=value on:input=save></textarea>
                }
                .into_any(),
                FieldKind::Short => view! {
                    <input class="input" type="text" id=id.clone() data-testid=id.clone()
                        prop:value=value on:input=save/>
                }
                .into_any(),
            };
            view! {
                <div class="presenter__field">
                    <label class="label" for=id>{label}</label>
                    {input}
                </div>
            }
        })
        .collect_view();
    let view = presentation.view();
    let private = Memo::new(move |_| view.get().private);
    let shown = Memo::new(move |_| view.get().text_shown(index));
    let wall = move || wall_texts(&app, question);
    let preview = move || {
        let texts = wall();
        if texts.is_empty() {
            return view! { <p class="hint">"Nothing written yet that could be shown to the room."</p> }.into_any();
        }
        let hidden = texts.iter().any(|(_, t)| t.contains(HIDDEN_CONTACT));
        view! {
            <div class="presenter__wall-text" data-testid="present-text-preview">
                <p class="hint">{if shown.get() {
                    "On the room's window now, in place of the options:"
                } else if private.get() {
                    "The room's window would show:"
                } else {
                    "On the room's window, two lines of it under the options of the question's last slide:"
                }}</p>
                {texts.into_iter().map(|(label, t)| view! { <p><strong>{label}": "</strong>{t}</p> }).collect_view()}
                {hidden.then(|| view! { <p class="hint">"Phone numbers and email addresses are hidden on the room's window. Names cannot be found: check before showing."</p> })}
            </div>
        }
        .into_any()
    };
    view! {
        <section class="presenter__texts" aria-labelledby="present-text-heading" data-testid="present-free-text">
            <h2 class="presenter__heading" id="present-text-heading">"Free text for this question"</h2>
            {fields}
            {move || (!question.fields.is_empty()).then(preview)}
            {move || (private.get() && !wall().is_empty()).then(|| view! {
                <button type="button" class="button button--secondary button--toggle" data-testid="present-show-text"
                    aria-pressed=move || shown.get().to_string()
                    on:click=move |_| presentation.toggle_text()>
                    {move || if shown.get() { "Take it off the projector" } else { "Show on the projector" }}
                </button>
            })}
        </section>
    }
}
