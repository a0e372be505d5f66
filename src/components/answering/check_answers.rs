use crate::domain::answers::Answers;
use crate::domain::questionnaire::Question;
use crate::state::AppState;
use leptos::prelude::*;

/// Every answer given, as text, one line per part or field.
fn answer_lines(question: &Question, answers: &Answers) -> Vec<String> {
    let mut lines = Vec::new();
    for part in &question.parts {
        let chosen: Vec<_> = part
            .options
            .iter()
            .filter(|o| answers.is_selected(&part.id, &o.id))
            .map(|o| o.label.as_str())
            .collect();
        if !chosen.is_empty() {
            lines.push(chosen.join("; "));
        }
    }
    for field in &question.fields {
        if let Some(text) = answers.text(&field.id) {
            lines.push(format!("{}: {}", field.label, text));
        }
    }
    lines
}

/// All answers on one page, each with a link back to change it.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = state.questionnaire;
    let body_rows = move || {
        state.assessment.with(|a| {
            let kind = q
                .body_kind_label(&a.body.kind)
                .unwrap_or("Not given")
                .to_string();
            vec![
                ("Organisation", a.display_name().to_string()),
                ("Kind of body", kind),
                ("Date", a.body.date.clone()),
                ("Completed by", a.body.completed_by.clone()),
            ]
        })
    };
    let rows = q
        .questions
        .iter()
        .map(|question| {
            let lines = move || {
                let lines = state.assessment.with(|a| answer_lines(question, &a.answers));
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
            view! {
                <div class="summary-list__row" data-testid=format!("check-{}", question.id)>
                    <dt class="summary-list__key">{question.label()} ": " {question.title.clone()}</dt>
                    <dd class="summary-list__value">{lines}</dd>
                    <dd class="summary-list__actions">
                        <a href=format!("#/q/{}", question.id)>
                            "Change" <span class="visually-hidden">{format!(" {}", question.label())}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">"Check your answers"</h1>
        <h2 class="heading-m">"About your organisation"</h2>
        <dl class="summary-list" data-testid="check-body">
            {move || body_rows().into_iter().map(|(k, v)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{k}</dt>
                    <dd class="summary-list__value">{v}</dd>
                    <dd class="summary-list__actions">
                        <a href="#/start">"Change" <span class="visually-hidden">{format!(" {k}")}</span></a>
                    </dd>
                </div>
            }).collect_view()}
        </dl>
        <h2 class="heading-m">"Your answers"</h2>
        <dl class="summary-list">{rows}</dl>
        <div class="button-group">
            <a href="#/results" class="button" data-testid="to-results">"See your results"</a>
        </div>
    }
}
