use super::county_intake::CountyIntake;
use super::county_layout::CountyLayout;
use super::county_notice::CountyNotice;
use super::set_aside_list::SetAsideList;
use super::set_panel::SetPanel;
use crate::state::CountyState;
use leptos::prelude::*;

/// The county picture's first page: bring many bodies' results together.
/// The report is a page of its own (`report/`), so that neither page's
/// download carries the other's code.
#[component]
pub fn CountyPage() -> impl IntoView {
    let state = CountyState::start();
    provide_context(state);
    document().set_title("County picture - VCS support self-assessment");
    let has_bodies = Memo::new(move |_| state.set().with(|s| !s.is_empty()));
    view! {
        <CountyLayout to_site="../" worker="../sw.js" is_intake=true>
            <h1 class="heading-xl" id="page-heading" tabindex="-1">"County picture"</h1>
            <p class="lead">
                "Bring together the results that bodies exported from this self-assessment, and see them side by side "
                "as the Hertfordshire report did in 2010: who does what, in words and tables, the gaps across the county, "
                "and the next steps each concerns."
            </p>
            <CountyNotice/>
            {move || has_bodies.get().then(|| view! { <SetPanel/> })}
            <CountyIntake/>
            <SetAsideList/>
        </CountyLayout>
    }
}
