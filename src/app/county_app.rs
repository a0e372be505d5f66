use crate::components::county::county_layout::CountyLayout;
use crate::components::county::county_notice::CountyNotice;
use crate::components::county::intake::county_intake::CountyIntake;
use crate::components::county::intake::set_aside_list::SetAsideList;
use crate::components::county::intake::set_panel::SetPanel;
use crate::domain::pages::Page;
use crate::state::CountyState;
use leptos::prelude::*;

/// The county picture's first page: bring many bodies' results together.
/// The report is a page of its own (`report/`), so that neither page's
/// download carries the other's code.
#[component]
pub fn CountyApp() -> impl IntoView {
    let state = CountyState::start();
    provide_context(state);
    let has_bodies = Memo::new(move |_| state.set().with(|s| !s.is_empty()));
    view! {
        <CountyLayout page=Page::County>
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
