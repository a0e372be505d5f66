use super::lazy_details::LazyDetails;
use super::option_matrix::{OptionMatrix, WrittenAnswers};
use super::OPEN_UP_TO;
use crate::domain::questionnaire::Questionnaire;
use crate::state::CountyState;
use leptos::prelude::*;

/// Appendix 1, regenerated: per question, a matrix per part (option by
/// body, with counts), and what each body wrote on request.
#[component]
pub fn AppendixMatrices() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let open = state.with_current(|b| b.len() <= OPEN_UP_TO);
    view! {
        <section class="county-section appendix appendix--wide report-full-only" aria-labelledby="appendix-heading">
            <h3 class="heading-m" id="appendix-heading">"Appendix B: survey responses"</h3>
            <LazyDetails summary="Show the tables of answers, option by body".into() open=open testid="appendix">
                {appendix_questions(q)}
            </LazyDetails>
        </section>
    }
}

/// Every question's tables; built only when the appendix is open.
fn appendix_questions(q: &'static Questionnaire) -> impl IntoView {
    q.questions
        .iter()
        .map(|question| {
            let parts = question
                .parts
                .iter()
                .map(|part| view! { <OptionMatrix part_id=part.id.to_string()/> })
                .collect_view();
            view! {
                <section class="appendix-question" data-testid=format!("appendix-{}", question.id)>
                    <h4 class="heading-s">{format!("{}: {}", question.label(), question.title)}</h4>
                    {parts}
                    <WrittenAnswers question_id=question.id.to_string()/>
                </section>
            }
        })
        .collect_view()
}
