use crate::domain::county::{part_matrices, part_sentences};
use crate::state::CountyState;
use leptos::prelude::*;

/// The Analysis, regenerated from the data, question by question; the
/// standards are counted once, in "Meeting the standards".
#[component]
pub fn CountyAnalysis() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let by_question = move || {
        let filter = state.filter().get();
        state.with_current(|bodies| {
            let matrices = part_matrices(q, bodies);
            q.questions
                .iter()
                .filter(|question| !question.parts.is_empty())
                .map(|question| {
                    let sentences: Vec<String> = matrices
                        .iter()
                        .filter(|m| m.question.id == question.id)
                        .flat_map(|m| part_sentences(m, bodies, &filter))
                        .collect();
                    view! {
                        <h4 class="heading-s">{format!("{}: {}", question.label(), question.title)}</h4>
                        <ul class="list list--bullet" data-testid=format!("analysis-{}", question.id)>
                            {sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                        </ul>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="county-section report-section" aria-labelledby="analysis-heading">
            <h3 class="heading-m" id="analysis-heading">"Analysis"</h3>
            <p class="hint">
                "Generated from the answers in the picture. \u{201c}Report\u{201d} means chose that answer; "
                "bodies are named when five or fewer are concerned."
            </p>
            {by_question}
        </section>
    }
}
