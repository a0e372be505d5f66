use crate::domain::agreed::{AgreedField, MAX_AGREED_CHARS};
use crate::state::AppState;
use leptos::prelude::*;

/// What the room agreed to do about the standard on the wall, who owns it
/// and by when: saved with the assessment as it is typed, and shown in the
/// results, the print, the JSON and the CSV as the action plan.
#[component]
pub fn AgreedActionForm(index: usize) -> impl IntoView {
    let app = expect_context::<AppState>();
    let Some(standard) = app.standards().standards.get(index) else {
        return ().into_any();
    };
    let id = standard.id.as_str();
    let field = move |field: AgreedField,
                      testid: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>| {
        let value = move || {
            app.open().assessment().with(|a| {
                a.agreed
                    .get(id)
                    .map(|x| x.get(field).to_string())
                    .unwrap_or_default()
            })
        };
        let save = move |ev: leptos::ev::Event| app.set_agreed(id, field, &event_target_value(&ev));
        let hint_id = hint.map(|_| format!("{testid}-hint"));
        view! {
            <div class="presenter__field">
                <label class="label" for=testid>{label}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                <input class="input" type="text" id=testid data-testid=testid maxlength=MAX_AGREED_CHARS
                    aria-describedby=hint_id.clone() prop:value=value on:input=save/>
            </div>
        }
    };
    view! {
        <section class="presenter__agreed" aria-labelledby="agreed-heading" data-testid="agreed-form">
            <h2 class="presenter__heading" id="agreed-heading">{format!("The room's action: {}", standard.short_title)}</h2>
            {field(AgreedField::Action, "agreed-action", "What the room agreed to do", None)}
            {field(AgreedField::Owner, "agreed-owner", "Owner", Some("A role is best: a name stays off the room's window while private."))}
            {field(AgreedField::By, "agreed-by", "By when", None)}
        </section>
    }
    .into_any()
}
