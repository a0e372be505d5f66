use crate::components::layout::site_header::SiteHeader;
use crate::components::layout::update_banner::{watch_for_update, UpdateBanner};
use crate::domain::pages::Page;
use leptos::prelude::*;

/// What both county pages share: the site's header, the update banner and
/// the footer.
#[component]
pub fn CountyLayout(page: Page, children: Children) -> impl IntoView {
    let update_ready = watch_for_update(page);
    view! {
        <SiteHeader page=page/>
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
