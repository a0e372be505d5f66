use crate::state::{AppState, StorageGrant};
use leptos::prelude::*;

/// Where the data lives, in plain words, and whether the browser has agreed
/// to keep it.
#[component]
pub fn StorageStatement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeping = move || {
        match state.grant().get() {
        StorageGrant::NotAsked | StorageGrant::Asking => {
            "When you give an answer, this page asks the browser to keep your answers even if the device runs short of space."
        }
        StorageGrant::Agreed => {
            "This browser has agreed to keep your answers: it will not delete them to free up space. Clearing your browsing data still deletes them."
        }
        StorageGrant::Declined => {
            "This browser has not agreed to keep your answers for good, so it may delete them if the device runs short of space. \
             Browsers agree more readily for a site that is installed, bookmarked or used often; until then, a downloaded copy is the safe one."
        }
        StorageGrant::CannotAsk => {
            "This browser cannot be asked to keep your answers for good, so a downloaded copy is the safe one."
        }
    }
    };
    view! {
        <p class="storage-statement" data-testid="storage-statement">
            "Your answers are saved only in this browser, on this device, as you type. Nothing is sent anywhere. "
            "Clearing your browsing data, or some browsers' automatic clean-up of sites you have not visited for a while, deletes them: "
            "download a copy when you finish a session of work."
        </p>
        <p class="storage-statement" data-testid="storage-keeping">{keeping}</p>
    }
}
