use super::appendix_matrices::AppendixMatrices;
use super::body_snapshots::BodySnapshots;
use super::county_analysis::CountyAnalysis;
use super::county_chart::CountyChart;
use super::county_next_steps::CountyNextSteps;
use super::county_summary::CountySummary;
use super::good_practice_section::GoodPracticeSection;
use super::report_front::ReportFront;
use super::report_text_section::ReportTextSection;
use super::respondent_list::RespondentList;
use super::round_changes::RoundChanges;
use super::running_header::RunningHeader;
use super::sector_section::SectorSection;
use super::source_notes::SourceNotes;
use super::spread_chart::SpreadChart;
use super::standards_matrix::StandardsMatrix;
use crate::domain::county::{county_next_steps, report_notes, TextField};
use crate::state::{CountyState, PrintForm};
use leptos::prelude::*;

/// The county report as a document, in the order it prints: the front and
/// contents, introduction and method, summary, the standards, the Analysis,
/// recommendations, good practice, conclusion and sources, then the
/// appendices. The board report prints all but the sections marked for the
/// full report only.
#[component]
pub fn CountyReport() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let count = Memo::new(move |_| state.with_current(|b| b.len()));
    // One numbering of sources for the recommendations, snapshots and notes.
    let notes = Memo::new(move |_| {
        state.with_current(|bodies| report_notes(&county_next_steps(set, bodies), bodies))
    });
    let form = move || match state.print_form().get() {
        PrintForm::Board => "board",
        PrintForm::Full => "full",
    };
    view! {
        <article class="county-report" data-testid="county-report" data-bodies=move || count.get()
            data-print=form>
            <RunningHeader/>
            <ReportFront/>
            {move || if count.get() == 0 {
                view! { <p data-testid="county-empty">"No body in the set is of this kind. Choose another in \u{201c}Bodies shown\u{201d}."</p> }.into_any()
            } else {
                view! {
                    <ReportTextSection field=TextField::Introduction heading="Introduction"
                        heading_id="introduction-heading" testid="report-introduction"/>
                    <ReportTextSection field=TextField::Method heading="Method"
                        heading_id="method-heading" testid="report-method">
                        <RespondentList/>
                    </ReportTextSection>
                    <CountySummary/>
                    <CountyChart/>
                    <StandardsMatrix/>
                    <SectorSection/>
                    <SpreadChart/>
                    <CountyAnalysis/>
                    <CountyNextSteps notes=notes/>
                    <GoodPracticeSection/>
                    <RoundChanges/>
                    <ReportTextSection field=TextField::Conclusion heading="Conclusion"
                        heading_id="conclusion-heading" testid="report-conclusion"/>
                    <SourceNotes notes=notes/>
                    <BodySnapshots notes=notes/>
                    <AppendixMatrices/>
                }.into_any()
            }}
        </article>
    }
}
