use crate::browser;
use crate::components::sector::sector_page::SectorPage;
use crate::domain::pages::PRODUCT;
use crate::domain::sector::{date_in_words, Invitation};
use crate::state::SectorForm;
use leptos::prelude::*;

/// The sector's page (`sector/`), opened from an invitation link: its
/// fragment, never sent to any server, says which body asks. No menu: the
/// officer's pages are not for the organisations answering.
#[component]
pub fn SectorApp() -> impl IntoView {
    // Another invitation pasted into this tab changes only the fragment:
    // read afresh, so the page never shows one body's link as another's.
    browser::location::reload_on_new_fragment();
    let today = browser::today();
    let content = match Invitation::from_fragment(&browser::location::fragment()) {
        Err(e) => view! {
            <h1 class="heading-xl">"This link cannot be opened"</h1>
            <p data-testid="sector-invitation-error">
                {format!("The link you followed is not a whole invitation: {e}. Ask whoever sent it for the link again, or copy all of it.")}
            </p>
        }
        .into_any(),
        Ok(invitation) => {
            let open = invitation.is_open(&today);
            let random = (js_sys::Math::random() * 1_099_511_627_776.0) as u64;
            let form = SectorForm::new(invitation.clone(), &today, random);
            // A code finished in time is still shown after the closing
            // date, to be sent.
            if open || form.finished_in_time() {
                document().set_title(&crate::domain::sector::joined(&["Your view of ", &invitation.body]));
                provide_context(form);
                view! { <SectorPage/> }.into_any()
            } else {
                view! {
                    <h1 class="heading-xl">{crate::domain::sector::joined(&[invitation.body.as_str(), " is no longer taking answers"])}</h1>
                    <p data-testid="sector-closed">
                        {format!("The invitation closed on {}: no answers are taken now.", invitation.closes.as_deref().and_then(date_in_words).unwrap_or_default())}
                    </p>
                }
                .into_any()
            }
        }
    };
    view! {
        <a href="#main" class="skip-link">"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <span class="app-header__name">{PRODUCT}</span>
            </div>
        </header>
        <main id="main" class="page sector" tabindex="-1">{content}</main>
    }
}
