use super::county_intake::CountyIntake;
use super::county_notice::CountyNotice;
use super::county_report::CountyReport;
use super::county_toolbar::CountyToolbar;
use super::set_aside_list::SetAsideList;
use crate::components::layout::update_banner::{watch_for_update, UpdateBanner};
use crate::state::CountyState;
use leptos::prelude::*;

/// The county view: bring many bodies' results together, then read, print
/// and download the picture.
#[component]
pub fn CountyPage() -> impl IntoView {
    let state = CountyState::start();
    provide_context(state);
    document().set_title("County picture - VCS support self-assessment");
    let has_bodies = Memo::new(move |_| state.set().with(|s| !s.is_empty()));
    let update_ready = watch_for_update("../sw.js");
    view! {
        <a href="#main" class="skip-link">"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a href="../" class="app-header__name">"VCS support self-assessment"</a>
                <nav aria-label="Main">
                    <ul class="app-nav">
                        <li><a href="../#/assessments">"Assessments"</a></li>
                        <li><a href="../#/tasks">"Questions"</a></li>
                        <li><a href="../results/#/results">"Results"</a></li>
                        <li><a href="./" aria-current="page" data-testid="nav-county">"County picture"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <div class="page">
            <UpdateBanner ready=update_ready
                reload_note="Switching reloads this page: a set that is not kept in this browser must be added again."/>
            <main id="main" class="county" tabindex="-1">
                <h1 class="heading-xl" id="page-heading" tabindex="-1">"County picture"</h1>
                <p class="lead screen-only">
                    "Bring together the results that bodies exported from this self-assessment, and see them side by side "
                    "as the Hertfordshire report did in 2010: who does what, in words and tables, the gaps across the county, "
                    "and the next steps each concerns."
                </p>
                <CountyNotice/>
                <CountyIntake/>
                <SetAsideList/>
                {move || has_bodies.get().then(|| view! { <CountyToolbar/> <CountyReport/> })}
            </main>
        </div>
        <footer class="app-footer">
            <p>
                "Questions and standards from the Hertfordshire Thriving Third Sector report (Hertfordshire CVS Group, February 2010). "
                "Files are read in this browser and never uploaded."
            </p>
        </footer>
    }
}
