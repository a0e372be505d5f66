use super::backup_reminder::BackupReminder;
use super::notice_banner::NoticeBanner;
use super::save_status_banner::SaveStatusBanner;
use super::site_header::SiteHeader;
use super::unreadable_banner::UnreadableBanner;
use super::update_banner::UpdateBanner;
use crate::state::AppState;
use leptos::prelude::*;

/// What the self-assessment's pages share: the header, the banners about
/// the data, the page's own content (`children`, inside the layout grid)
/// and the footer. `banner` is one more banner, for a page that needs it.
#[component]
pub fn PageLayout(
    update_ready: ReadSignal<bool>,
    /// The content spans the width (no aside).
    #[prop(optional)]
    wide: bool,
    #[prop(optional)] banner: Option<Children>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fragment = Signal::derive(move || state.tab().route().with(|r| r.to_fragment()));
    let body_name = Signal::derive(move || {
        state
            .open()
            .assessment()
            .with(|a| a.display_name().to_string())
    });
    view! {
        <SiteHeader page=state.tab().page() fragment=fragment body_name=body_name/>
        <div class="page">
            <UpdateBanner ready=update_ready reload_note="Your answers are saved in this browser and stay as they are."/>
            <SaveStatusBanner/>
            <UnreadableBanner/>
            <NoticeBanner/>
            {banner.map(|b| b())}
            <BackupReminder/>
            <div class="layout" class:layout--wide=wide>
                {children()}
            </div>
        </div>
        <footer class="app-footer">
            <p>
                "Questions and standards from the Hertfordshire Thriving Third Sector report (Hertfordshire CVS Group, February 2010). "
                "Your answers stay in this browser."
            </p>
        </footer>
    }
}
