use super::collect_import::CollectImport;
use super::summary_preview::SummaryPreview;
use crate::domain::sector::{date_in_words, Invitation};
use crate::state::CollectDesk;
use leptos::prelude::*;

/// One invitation's collection: who asked and who collects, what is kept
/// where, the responses brought in, and the summary passed on.
#[component]
pub fn CollectPage(invitation: Invitation) -> impl IntoView {
    let desk = expect_context::<CollectDesk>();
    let collector = invitation.collector.clone().unwrap_or_default();
    let closes = invitation
        .closes
        .as_deref()
        .and_then(date_in_words)
        .map(|d| format!(" The invitation takes answers until the end of {d}."));
    view! {
        <h1 class="heading-xl" data-testid="collect-heading">{format!("Collecting for {}", invitation.body)}</h1>
        <p class="lead">{format!(
            "{} named {collector} to collect the sector's answers to its invitation. Organisations send you their response codes, files or emails; bring them in here, then pass {} the summary.{}",
            invitation.body, invitation.body, closes.unwrap_or_default()
        )}</p>
        <p class="hint">"The responses are kept in this browser only, under this invitation, and go nowhere else. Anyone with the invitation's link can answer: responses are not verified."</p>
        <p class="error-message" role="alert">{move || desk.unkept().get()}</p>
        <CollectImport/>
        <SummaryPreview/>
    }
}
