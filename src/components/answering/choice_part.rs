use crate::domain::questionnaire::Part;
use crate::state::AppState;
use leptos::prelude::*;

/// One set of options as checkboxes or radios, with an exclusive "none"
/// option set apart after an "or" divider.
#[component]
pub fn ChoicePart(part: &'static Part) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input_type = if part.multiple { "checkbox" } else { "radio" };
    let added = part.options.iter().any(|o| o.added_since_2010());
    let mut hints = Vec::new();
    if part.multiple {
        hints.push("Select all that apply.");
    }
    if added {
        hints.push("Options marked Added were not in the 2010 questionnaire.");
    }
    if part.plans {
        hints.push(
            "These are plans: a plan can lift a standard from not met to partly met, never to met.",
        );
    }
    let hint = (!hints.is_empty()).then(|| hints.join(" "));
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
                    a.set_option(state.questionnaire(), part.id, option.id, on)
                });
            };
            let checked = move || {
                state
                    .open().assessment()
                    .with(|a| a.answers.is_selected(part.id, option.id))
            };
            let added = option.added_since_2010().then(|| {
                view! { <span class="tag tag--added" title="Not in the 2010 questionnaire">"Added"</span> }
            });
            let plan_tag = (option.plan && !part.plans)
                .then(|| view! { <span class="tag tag--plan">"Plan"</span> });
            let note = option
                .note
                .map(|n| view! { <span class="hint choices__note">{n}</span> });
            view! {
                {divider}
                <div class="choices__item">
                    <input
                        class="choices__input"
                        type=input_type
                        id=id.clone()
                        name=part.id
                        value=option.id
                        data-testid=format!("option-{}-{}", part.id, option.id)
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label class="choices__label" for=id>
                        {option.label}
                        " "
                        {added}
                        {plan_tag}
                        {note}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset" aria-describedby=hint.as_ref().map(|_| hint_id.clone())>
            <legend class="fieldset__legend">{part.label}</legend>
            {hint.clone().map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <div class="choices">{options}</div>
        </fieldset>
    }
}
