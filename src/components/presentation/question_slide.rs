use crate::domain::presentation::numbered_options;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// One question in large type: its options numbered across its parts, each
/// a button to tick; free text only when the facilitator shows it.
#[component]
pub fn QuestionSlide(index: usize) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let q = app.questionnaire();
    let question = &q.questions[index];
    let numbered = numbered_options(question);
    let parts = question
        .parts
        .iter()
        .map(|part| {
            let label_id = format!("slide-part-{}", part.id);
            let options = numbered
                .iter()
                .enumerate()
                .filter(|(_, (p, _))| p.id == part.id)
                .map(|(i, (_, r))| {
                    let number = i + 1;
                    let label = part.option(r.option).map(|o| o.label).unwrap_or_default();
                    let testid = format!("slide-option-{}-{}", r.part, r.option);
                    let r = StoredValue::new(*r);
                    let pressed = move || {
                        r.with_value(|r| app.open().assessment().with(|a| a.answers.is_selected(r.part, r.option)))
                    };
                    view! {
                        <li>
                            <button type="button" class="slide__option" data-testid=testid
                                aria-pressed=move || if pressed() { "true" } else { "false" }
                                on:click=move |_| presentation.toggle_option(index, number)>
                                <span class="slide__number" aria-hidden="true">{number}</span>
                                <span class="slide__label">{label}</span>
                                <span class="slide__tick" aria-hidden="true">{move || if pressed() { "\u{2713}" } else { "" }}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let many = part.options.len() > 6;
            view! {
                <div class="slide__part" role="group" aria-labelledby=label_id.clone()>
                    <h2 class="slide__part-label" id=label_id.clone()>{part.label}</h2>
                    <ul class="slide__options" class:slide__options--columns=many>{options}</ul>
                </div>
            }
        })
        .collect_view();
    // (private, text shown): a memo, so the blank screen or the help going
    // over the slide does not redraw the text.
    let privacy = Memo::new(move |_| {
        presentation
            .view()
            .with(|v| (v.private, v.text_visible(index)))
    });
    let text = move || {
        let (private, shown) = privacy.get();
        app.open().assessment().with(|a| {
            let given: Vec<_> = question
                .fields
                .iter()
                .filter(|f| !f.personal || !private)
                .filter_map(|f| a.answers.text(f.id).map(|t| (f.label, t.to_string())))
                .collect();
            if given.is_empty() {
                None
            } else if shown {
                Some(
                    view! {
                        <div class="slide__texts" data-testid="slide-texts">
                            {given.into_iter().map(|(label, text)| view! {
                                <div class="slide__text"><h2 class="slide__part-label">{label}</h2><p>{text}</p></div>
                            }).collect_view()}
                        </div>
                    }
                    .into_any(),
                )
            } else {
                Some(
                    view! { <p class="slide__private" data-testid="slide-text-hidden">"Free text is hidden while projecting."</p> }
                        .into_any(),
                )
            }
        })
    };
    view! {
        <p class="slide__progress" data-testid="slide-progress">
            {format!("Question {} of {}", index + 1, q.questions.len())}
            <span class="slide__caption">{format!(" \u{00b7} {}: {}", question.label(), question.title)}</span>
        </p>
        <h1 id="slide-heading" class="slide__heading" tabindex="-1">{question.text}</h1>
        {question.parts.is_empty().then(|| view! { <p class="slide__private">"This question takes free text only."</p> })}
        {parts}
        {text}
    }
}
