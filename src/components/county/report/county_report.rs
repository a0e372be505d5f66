use super::appendix_matrices::AppendixMatrices;
use super::body_snapshots::BodySnapshots;
use super::county_analysis::CountyAnalysis;
use super::county_chart::CountyChart;
use super::county_next_steps::CountyNextSteps;
use super::county_summary::CountySummary;
use super::round_changes::RoundChanges;
use super::spread_chart::SpreadChart;
use super::standards_matrix::StandardsMatrix;
use crate::state::CountyState;
use leptos::prelude::*;

/// The county report, in the order it prints: summary, the charts of each
/// standard and of where each body sits, standards matrix, the Analysis,
/// next steps, change between rounds, snapshots, and Appendix 1's tables as
/// an appendix.
#[component]
pub fn CountyReport() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let count = Memo::new(move |_| state.with_current(|b| b.len()));
    let title = move || {
        let filter = state.filter().get();
        format!("County report: {}", filter.label(state.questionnaire()))
    };
    view! {
        <article class="county-report" data-testid="county-report" data-bodies=move || count.get()>
            <h2 class="heading-l county-report__title">{title}</h2>
            {move || if count.get() == 0 {
                view! { <p data-testid="county-empty">"No body in the set is of this kind. Choose another in \u{201c}Bodies shown\u{201d}."</p> }.into_any()
            } else {
                view! {
                    <CountySummary/>
                    <CountyChart/>
                    <SpreadChart/>
                    <StandardsMatrix/>
                    <CountyAnalysis/>
                    <CountyNextSteps/>
                    <RoundChanges/>
                    <BodySnapshots/>
                    <AppendixMatrices/>
                }.into_any()
            }}
        </article>
    }
}
