use leptos::prelude::*;

/// Where the data lives, in plain words.
#[component]
pub fn StorageStatement() -> impl IntoView {
    view! {
        <p class="storage-statement" data-testid="storage-statement">
            "Your answers are saved only in this browser, on this device, as you type. Nothing is sent anywhere. "
            "Clearing your browsing data, or some browsers' automatic clean-up of sites you have not visited for a while, deletes them: "
            "download a copy when you finish a session of work."
        </p>
    }
}
