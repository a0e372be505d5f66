use crate::domain::sector::{ItemAnswer, SectorItem, SectorQuestions};
use crate::state::SectorForm;
use leptos::prelude::*;

/// One item from the sector's side: yes, partly, no or don't know.
#[component]
pub fn ItemQuestion(index: usize, item: SectorItem) -> impl IntoView {
    let form = expect_context::<SectorForm>();
    let answer = form.item(index);
    let choices = SectorQuestions::bundled()
        .answers
        .iter()
        .zip(ItemAnswer::ALL)
        .map(|(choice, value)| {
            let id = crate::domain::sector::joined(&["item-", item.standard.as_str(), "-", choice.id]);
            view! {
                <div class="choices__item choices__item--inline">
                    <input class="choices__input" type="radio" name=crate::domain::sector::joined(&["item-", item.standard.as_str()])
                        id=id.clone() data-testid=id.clone()
                        prop:checked=move || answer.get() == Some(value)
                        on:change=move |_| form.set_item(index, value)/>
                    <label class="choices__label" for=id>{choice.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset sector-question" data-testid=crate::domain::sector::joined(&["item-", item.standard.as_str()])>
            <legend class="fieldset__legend">{crate::domain::sector::joined(&[&(index + 2).to_string(), ". ", item.text])}</legend>
            <div class="choices choices--inline">{choices}</div>
        </fieldset>
    }
}
