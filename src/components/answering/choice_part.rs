use crate::domain::questionnaire::Part;
use crate::state::AppState;
use leptos::prelude::*;

/// One set of options as checkboxes or radios, with an exclusive "none"
/// option set apart after an "or" divider.
#[component]
pub fn ChoicePart(part: &'static Part) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input_type = if part.multiple { "checkbox" } else { "radio" };
    let added = part.options.iter().any(|o| o.supplementary);
    let hint = match (part.multiple, added) {
        (true, true) => {
            Some("Select all that apply. Options marked Added were not in the 2010 questionnaire.")
        }
        (true, false) => Some("Select all that apply."),
        (false, true) => Some("Options marked Added were not in the 2010 questionnaire."),
        (false, false) => None,
    };
    let hint_id = format!("{}-hint", part.id);
    let options = part
        .options
        .iter()
        .map(|option| {
            let id = format!("{}-{}", part.id, option.id);
            let divider = option
                .exclusive
                .then(|| view! { <p class="choices__divider">"or"</p> });
            let on_change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.update_answers(|a| {
                    a.set_option(state.questionnaire, &part.id, &option.id, on)
                });
            };
            let checked = move || {
                state
                    .assessment
                    .with(|a| a.answers.is_selected(&part.id, &option.id))
            };
            let added = option.supplementary.then(|| {
                view! { <span class="tag tag--added" title="Not in the 2010 questionnaire">"Added"</span> }
            });
            view! {
                {divider}
                <div class="choices__item">
                    <input
                        class="choices__input"
                        type=input_type
                        id=id.clone()
                        name=part.id.clone()
                        value=option.id.clone()
                        data-testid=format!("option-{}-{}", part.id, option.id)
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label class="choices__label" for=id>
                        {option.label.clone()}
                        " "
                        {added}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset" aria-describedby=hint.map(|_| hint_id.clone())>
            <legend class="fieldset__legend">{part.label.clone()}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <div class="choices">{options}</div>
        </fieldset>
    }
}
