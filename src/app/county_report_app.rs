use crate::components::county::county_layout::CountyLayout;
use crate::components::county::county_notice::CountyNotice;
use crate::components::county::report::county_report::CountyReport;
use crate::components::county::report::county_toolbar::CountyToolbar;
use crate::domain::pages::Page;
use crate::state::CountyState;
use leptos::prelude::*;

/// The county report's page (`county/report/`): the set this tab holds, or
/// the kept one, shown, filtered, printed and downloaded.
#[component]
pub fn CountyReportApp() -> impl IntoView {
    let state = CountyState::start();
    provide_context(state);
    let has_bodies = Memo::new(move |_| state.set().with(|s| !s.is_empty()));
    view! {
        <CountyLayout page=Page::CountyReport>
            <h1 class="heading-xl" id="page-heading" tabindex="-1">"County report"</h1>
            <p class="screen-only">
                <a href=Page::County.href(Page::CountyReport, "") data-testid="county-add-more">"Add or take out assessments"</a>
            </p>
            <CountyNotice/>
            {move || if has_bodies.get() {
                view! { <CountyToolbar/> <CountyReport/> }.into_any()
            } else {
                view! {
                    <p data-testid="county-none">
                        "No assessments are in the picture in this tab. "
                        <a href=Page::County.href(Page::CountyReport, "")>"Add assessments"</a>" first: exported files, this browser's assessments or the 2010 respondents."
                    </p>
                }.into_any()
            }}
        </CountyLayout>
    }
}
