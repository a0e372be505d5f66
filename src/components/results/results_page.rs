use super::action_list::ActionList;
use super::agreed_actions::AgreedActions;
use super::change_chart::ChangeChart;
use super::gap_chart::GapChart;
use super::ni7_context::Ni7Context;
use super::organisation_snapshot::OrganisationSnapshot;
use super::peer_comparison::PeerComparison;
use super::report_table::ReportTable;
use super::report_title::ReportTitle;
use super::sector_import::SectorImport;
use super::sector_invite::SectorInvite;
use super::sector_view::SectorViewSummary;
use super::standard_result::StandardResult;
use crate::components::answering::answer_list::AnswerList;
use crate::components::transfer::export_button::ExportButton;
use crate::domain::route::{Opening, Route};
use crate::domain::scoring::{Summary, PERCENT_DEFINITION};
use crate::state::AppState;
use leptos::prelude::*;

/// The verdict on every standard, the charts, the next steps and the
/// export; printed, an A4 report with the answers as an appendix.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = move || {
        let s = state.open().scores().with(|s| Summary::of(s));
        format!(
            "{} met, {} partly met, {} not met and {} not yet answered, out of 13 standards: {}% overall.",
            s.met, s.partly_met, s.not_met, s.not_answered, s.percent
        )
    };
    let standards = move || {
        state
            .open()
            .scores()
            .get()
            .into_iter()
            .map(|score| view! { <StandardResult score=score/> })
            .collect_view()
    };
    let present = move |_| state.go(Route::Present(Some(Opening::Results)));
    let print = move |_: ()| {
        if let Err(e) = crate::browser::print() {
            state
                .notices()
                .tell(format!("Printing did not start: {e}."), true);
        }
    };
    // Opened from presentation mode to print: print once drawn.
    if crate::browser::location::take_print_request() {
        set_timeout(move || print(()), std::time::Duration::from_millis(500));
    }
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">"Results"</h1>
        <ReportTitle/>
        <p class="lead" data-testid="results-summary">{summary}</p>
        <p class="hint">{PERCENT_DEFINITION}</p>
        <div class="button-group screen-only">
            <button type="button" class="button button--secondary" data-testid="print" on:click=move |_| print(())>
                "Print or save as PDF"
            </button>
            <button type="button" class="button button--secondary" data-testid="present" on:click=present>
                "Present the results to a room"
            </button>
        </div>
        <GapChart/>
        <Ni7Context/>
        <h2 class="heading-l">"Your next steps"</h2>
        <p>"In order: influence on local decisions first, as the key driver of how the sector rates public bodies (NI7), then the standards not met, then those partly met."</p>
        <ActionList/>
        <AgreedActions/>
        <h2 class="heading-l">"Your organisation in brief"</h2>
        <OrganisationSnapshot/>
        <div class="print-only">
            <ReportTable/>
        </div>
        <h2 class="heading-l">"Compared with Hertfordshire in 2010"</h2>
        <PeerComparison/>
        <h2 class="heading-l">"What has changed"</h2>
        <ChangeChart/>
        <section class="sector" aria-labelledby="sector-heading">
            <h2 class="heading-l" id="sector-heading">"The sector's view"</h2>
            <SectorViewSummary/>
            <SectorImport/>
            <SectorInvite/>
        </section>
        <div class="screen-only">
            <h2 class="heading-l">"Each standard"</h2>
            <p>"The first standard, influence on local decisions, is the key driver of how the sector rates public bodies (NI7), so it comes first."</p>
            <div class="standards">{standards}</div>
            <h2 class="heading-m">"Keep a copy"</h2>
            <ExportButton/>
        </div>
        <section class="print-only report-appendix">
            <h2 class="heading-l">"Appendix: the answers"</h2>
            <AnswerList change_links=false/>
        </section>
    }
}
