use crate::domain::answers::Answers;
use crate::domain::questionnaire::Question;
use crate::state::AppState;
use leptos::prelude::*;

/// Every answer given to a question, as text, one line per part or field.
fn answer_lines(question: &Question, answers: &Answers) -> Vec<String> {
    let mut lines = Vec::new();
    for part in question.parts {
        let chosen: Vec<_> = part
            .options
            .iter()
            .filter(|o| answers.is_selected(part.id, o.id))
            .map(|o| o.label)
            .collect();
        if !chosen.is_empty() {
            lines.push(chosen.join("; "));
        }
    }
    for field in question.fields {
        if let Some(text) = answers.text(field.id) {
            lines.push(format!("{}: {}", field.label, text));
        }
    }
    lines
}

/// All the answers, question by question; with `change_links`, each row
/// links back to its question.
#[component]
pub fn AnswerList(change_links: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = state
        .questionnaire()
        .questions
        .iter()
        .map(|question| {
            let lines = move || {
                let lines = state.open().assessment().with(|a| answer_lines(question, &a.answers));
                if lines.is_empty() {
                    view! { <span class="muted">"Not answered"</span> }.into_any()
                } else {
                    lines
                        .into_iter()
                        .map(|l| view! { <p class="summary-list__line">{l}</p> })
                        .collect_view()
                        .into_any()
                }
            };
            let change = change_links.then(|| {
                view! {
                    <dd class="summary-list__actions">
                        <a href=format!("#/q/{}", question.id)>
                            "Change" <span class="visually-hidden">{format!(" {}", question.label())}</span>
                        </a>
                    </dd>
                }
            });
            view! {
                <div class="summary-list__row" data-testid=format!("check-{}", question.id)>
                    <dt class="summary-list__key">{question.label()} ": " {question.title}</dt>
                    <dd class="summary-list__value">{lines}</dd>
                    {change}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary-list">{rows}</dl> }
}
