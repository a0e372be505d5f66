use crate::domain::sector::SectorQuestions;
use crate::state::SectorForm;
use leptos::prelude::*;

/// The NI7 question, as the national survey asked it, of this one body.
#[component]
pub fn Ni7Question() -> impl IntoView {
    let form = expect_context::<SectorForm>();
    let ni7 = &SectorQuestions::bundled().ni7;
    let options = ni7
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let id = crate::domain::sector::joined(&["ni7-", o.id]);
            let i = i as u8;
            view! {
                <div class="choices__item">
                    <input class="choices__input" type="radio" name="ni7" id=id.clone() data-testid=id.clone()
                        prop:checked=move || form.ni7().get() == Some(i)
                        on:change=move |_| form.set_ni7(i)/>
                    <label class="choices__label" for=id>{o.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset sector-question" data-testid="sector-ni7">
            <legend class="fieldset__legend">"1. "{ni7.asked_of_one_body}</legend>
            <p class="hint">"The national survey behind NI7 asked how the local statutory bodies in an area influence an organisation's success; here it is asked about this body alone."</p>
            <div class="choices">{options}</div>
        </fieldset>
    }
}
