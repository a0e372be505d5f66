use crate::browser;
use crate::components::collect::collect_page::CollectPage;
use crate::components::collect::kept_collections::KeptCollections;
use crate::domain::pages::PRODUCT;
use crate::domain::sector::Invitation;
use crate::state::CollectDesk;
use leptos::prelude::*;

/// The collector's page (`collect/`), opened from the link the body gave
/// its collector: the fragment is the invitation, as the sector's page
/// reads it. No menu: the officer's pages are the body's, not the
/// collector's.
#[component]
pub fn CollectApp() -> impl IntoView {
    // Another collector's link pasted into this tab changes only the
    // fragment: read afresh, so one invitation's responses never show as
    // another's.
    browser::location::reload_on_new_fragment();
    let fragment = browser::location::fragment();
    let content = match Invitation::from_fragment(&fragment) {
        Err(_) if fragment.trim_start_matches('#').is_empty() => view! {
            <h1 class="heading-xl">"Collecting the sector's view"</h1>
            <p>"Open the link the body gave you for its invitation: it brings you here, to that invitation's responses."</p>
            <KeptCollections/>
        }
        .into_any(),
        Err(e) => view! {
            <h1 class="heading-xl">"This link cannot be opened"</h1>
            <p data-testid="collect-invitation-error">
                {format!("The link you followed is not a whole collector's link: {e}. Ask the body that sent it for the link again, or copy all of it.")}
            </p>
        }
        .into_any(),
        Ok(invitation) if invitation.collector.is_none() => view! {
            <h1 class="heading-xl">"This invitation names no collector"</h1>
            <p data-testid="collect-no-collector">
                {format!("Answers to it go to {} itself, not to a collector. Open it on the sector's page to answer it.", invitation.body)}
            </p>
        }
        .into_any(),
        Ok(invitation) => {
            document().set_title(&format!("Collecting for {}", invitation.body));
            provide_context(CollectDesk::open(&invitation));
            view! { <CollectPage invitation=invitation/> }.into_any()
        }
    };
    view! {
        <a href="#main" class="skip-link">"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <span class="app-header__name">{PRODUCT}</span>
            </div>
        </header>
        <main id="main" class="page" tabindex="-1">{content}</main>
    }
}
