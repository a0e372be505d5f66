use crate::domain::county::TextField;
use crate::state::CountyState;
use leptos::prelude::*;

/// A section of the report's own words (introduction, method, conclusion):
/// the facilitator's text, or the one generated from the set. Always text,
/// never markup. `children` follow the words (the method's respondents).
#[component]
pub fn ReportTextSection(
    field: TextField,
    heading: &'static str,
    /// The heading's id, which the contents link to: "method-heading".
    heading_id: &'static str,
    testid: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let (q, set) = (state.questionnaire(), state.standards());
    let paragraphs = move || {
        state
            .report()
            .with(|r| state.with_current(|bodies| r.paragraphs(field, q, set, bodies)))
    };
    let generated = move || state.report().with(|r| r.get(field).trim().is_empty());
    view! {
        <section class="county-section report-section" aria-labelledby=heading_id data-testid=testid>
            <h3 class="heading-m" id=heading_id>{heading}</h3>
            <div class="report-text" data-generated=move || generated().to_string()>
                {move || paragraphs().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
            {children.map(|c| c())}
        </section>
    }
}
