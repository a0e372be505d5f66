use super::slide_mode::SlideMode;
use crate::browser::location;
use crate::charts::qr::qr_svg;
use crate::domain::pages::Page;
use crate::domain::sector::date_in_words;
use crate::state::AppState;
use leptos::prelude::*;

/// The latest invitation's link as a QR code filling the wall, so that a
/// room of sector representatives can answer on their phones there and
/// then. Without an invitation, where to make one.
#[component]
pub fn InviteSlide(mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let content = move || {
        let invitation = app.open().assessment().with(|a| a.sector_invitation());
        let Some(invitation) = invitation else {
            return view! {
                <p data-testid=mode.id("slide-invite-none")>"No invitation has been made yet. On the results page, choose \u{201c}Ask the sector for its view\u{201d}, then come back to this slide."</p>
            }
            .into_any();
        };
        if !invitation.is_open(&crate::browser::today()) {
            let closed = invitation
                .closes
                .as_deref()
                .and_then(date_in_words)
                .unwrap_or_default();
            return view! {
                <p data-testid=mode.id("slide-invite-closed")>{format!("The invitation closed on {closed}, so its link takes no answers now. On the results page, make a new invitation, then come back to this slide.")}</p>
            }
            .into_any();
        }
        let url = location::invitation_link(&invitation, Page::Sector, Page::Present);
        // Drawn from the link alone: no user text as markup.
        let qr = qr_svg(&url, "QR code of the link to the sector's questions");
        let names = match (&invitation.collector, invitation.named) {
            (Some(c), named) => format!(
                "Your answers go to {c}, which passes {} only totals, from five answers to each question, and the comments you agree to pass on.{}",
                invitation.body,
                if named { " Your organisation's name is asked for, if you give it: only the collector sees it." } else { " Your name is not asked." }
            ),
            (None, true) => format!("Your organisation's name is asked for, if you give it, and {} sees it with your answers.", invitation.body),
            (None, false) => format!(
                "Your answers go to {}, who sees each response. Your name is not asked.",
                invitation.body
            ),
        };
        let closes = invitation
            .closes
            .as_deref()
            .and_then(date_in_words)
            .map(|d| format!(" Open until the end of {d}."));
        view! {
            <div class="slide__invite">
                <div class="slide__qr" data-testid=mode.id("slide-invite-qr") inner_html=qr></div>
                <div class="slide__invite-words">
                    <p>{format!("Point your phone's camera at the code to give {} your organisation's view. About five minutes.", invitation.body)}</p>
                    <p>{names}{closes}</p>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>"Ask the sector"</p>
        <h1 class="slide__heading slide__heading--small" id=mode.id("slide-heading")
            tabindex=mode.interactive().then_some("-1")>"Give your view"</h1>
        {content}
    }
}
