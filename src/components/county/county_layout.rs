use crate::components::layout::update_banner::{watch_for_update, UpdateBanner};
use leptos::prelude::*;

/// What both county pages share: the header that leads back to the
/// self-assessment, the update banner and the footer. `to_site` is the
/// relative way to the site's folder from the page.
#[component]
pub fn CountyLayout(
    to_site: &'static str,
    worker: &'static str,
    /// The page adding assessments is the menu's "County picture".
    is_intake: bool,
    children: Children,
) -> impl IntoView {
    let update_ready = watch_for_update(worker);
    // The report is within the county picture: its item is current too.
    let current = if is_intake { "page" } else { "true" };
    view! {
        <a href="#main" class="skip-link">"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a href=to_site class="app-header__name">"VCS support self-assessment"</a>
                <nav aria-label="Main">
                    <ul class="app-nav">
                        <li><a href=format!("{to_site}#/assessments")>"Assessments"</a></li>
                        <li><a href=format!("{to_site}#/tasks")>"Questions"</a></li>
                        <li><a href=format!("{to_site}results/#/results")>"Results"</a></li>
                        <li><a href=format!("{to_site}county/") aria-current=current data-testid="nav-county">"County picture"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <div class="page">
            <UpdateBanner ready=update_ready
                reload_note="Switching reloads this page: the set open in this tab stays."/>
            <main id="main" class="county" tabindex="-1">
                {children()}
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
