use super::slide_mode::SlideMode;
use crate::domain::presentation::{
    in_columns, numbered_options, question_pages, redact_contacts, slide_option_label,
    slide_part_label, slide_text,
};
use crate::domain::questionnaire::Question;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// One slide of a question in large type: its options numbered 1 to 9 on
/// this slide, each ticked by its digit; the free text the facilitator put
/// on the wall in place of the options, and nothing personal ever.
#[component]
pub fn QuestionSlide(index: usize, page: usize, mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let q = app.questionnaire();
    let question = &q.questions[index];
    let pages = question_pages(question);
    let range = pages.get(page).cloned().unwrap_or(0..0);
    let numbered = numbered_options(question);
    let parts = question
        .parts
        .iter()
        .enumerate()
        .filter_map(|(part_at, part)| {
            let on_slide: Vec<_> = numbered
                .iter()
                .enumerate()
                .filter(|(i, (p, _))| p.id == part.id && range.contains(i))
                .map(|(i, (_, r))| (i, *r))
                .collect();
            let first = on_slide.first()?.0;
            // The part began on an earlier slide.
            let continued = numbered[..first].iter().any(|(p, _)| p.id == part.id);
            let label = slide_part_label(question, part).map(|l| {
                if continued {
                    format!("{l} (continued)")
                } else {
                    l.to_string()
                }
            });
            let label_id = mode.id(&format!("slide-part-{index}-{part_at}"));
            let options = on_slide
                .into_iter()
                .map(|(at, r)| {
                    let number = at - range.start + 1;
                    let text = slide_option_label(question, part, r.option);
                    let r = StoredValue::new(r);
                    let ticked = move || {
                        r.with_value(|r| {
                            app.open()
                                .assessment()
                                .with(|a| a.answers.is_selected(r.part, r.option))
                        })
                    };
                    let testid = r.with_value(|r| format!("slide-option-{}-{}", r.part, r.option));
                    let inner = move || {
                        view! {
                            <span class="slide__number" aria-hidden="true">{number}</span>
                            <span class="slide__label">{text}</span>
                            <span class="slide__tick" aria-hidden="true">{move || if ticked() { "\u{2713}" } else { "" }}</span>
                        }
                    };
                    if mode.interactive() {
                        view! {
                            <li>
                                <button type="button" class="slide__option" data-testid=testid
                                    aria-pressed=move || ticked().to_string()
                                    on:click=move |_| presentation.toggle_option(index, at)>
                                    {inner()}
                                </button>
                            </li>
                        }
                        .into_any()
                    } else {
                        view! {
                            <li class="slide__option" data-testid=testid data-ticked=move || ticked().to_string()>
                                {inner()}
                                <span class="visually-hidden">{move || if ticked() { ", ticked" } else { ", not ticked" }}</span>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            let many = in_columns(part_count(&numbered, &range, part.id));
            let labelled_by = label.as_ref().and(label_id.clone());
            let named = label.is_none().then_some(question.title);
            Some(view! {
                <div class="slide__part" role="group" aria-labelledby=labelled_by aria-label=named>
                    {label.map(|l| view! { <h2 class="slide__part-label" id=label_id.clone()>{l}</h2> })}
                    <ul class="slide__options" class:slide__options--columns=many>{options}</ul>
                </div>
            })
        })
        .collect_view();
    let total = q.questions.len();
    let progress = if page == 0 {
        format!("Question {} of {total}: {}", index + 1, question.title)
    } else {
        format!(
            "Question {} of {total}: {}, continued",
            index + 1,
            question.title
        )
    };
    let text = slide_text(question);
    let long = text.chars().count() > 120;
    // Shown on purpose: the text takes the options' place. With privacy
    // off: two lines of it under the options, on the question's last slide.
    let shown = Memo::new(move |_| presentation.view().with(|v| v.text_shown(index)));
    let open = Memo::new(move |_| presentation.view().with(|v| !v.private));
    let texts = move || wall_texts(&app, question);
    let shows_text = move || shown.get() && !texts().is_empty();
    let last_page = page + 1 == pages.len();
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>{progress}</p>
        <h1 class="slide__heading" class:slide__heading--long=long
            id=mode.id("slide-heading") tabindex=mode.interactive().then_some("-1")>{text}</h1>
        {move || shows_text().then(|| view! {
            <div class="slide__texts" data-testid=mode.id("slide-texts")>
                {texts().into_iter().map(|(label, text)| {
                    let long = text.chars().count() > 400;
                    view! {
                    <div class="slide__text" class:slide__text--long=long>
                        <h2 class="slide__part-label">{label}</h2><p>{text}</p>
                    </div>
                }}).collect_view()}
            </div>
        })}
        <div class="slide__body" hidden=shows_text>
            {question.parts.is_empty().then(|| view! {
                <p class="slide__aside">"Free text only: the facilitator writes down what the room says."</p>
            })}
            {parts}
            {(page + 1 < pages.len()).then(|| view! { <p class="slide__aside">"Continues on the next slide."</p> })}
            {move || (last_page && open.get()).then(|| texts().into_iter().map(|(label, text)| view! {
                <p class="slide__aside slide__aside--text" data-testid=mode.id("slide-text-brief")>
                    <strong>{label}": "</strong>{text}
                </p>
            }).collect_view())}
        </div>
    }
}

/// How many of a part's options are on the slide.
fn part_count(
    numbered: &[(
        &crate::domain::questionnaire::Part,
        crate::domain::ids::OptionRef,
    )],
    range: &std::ops::Range<usize>,
    part: &str,
) -> usize {
    numbered
        .iter()
        .enumerate()
        .filter(|(i, (p, _))| p.id == part && range.contains(i))
        .count()
}

/// The free text that may go on the wall: never a field of names or
/// contact details, and with any email address or phone number hidden.
pub fn wall_texts(app: &AppState, question: &Question) -> Vec<(&'static str, String)> {
    app.open().assessment().with(|a| {
        question
            .fields
            .iter()
            .filter(|f| !f.personal)
            .filter_map(|f| {
                a.answers
                    .text(f.id)
                    .map(|t| (f.label, redact_contacts(t).0))
            })
            .filter(|(_, t)| !t.trim().is_empty())
            .collect()
    })
}
