use crate::browser::download::{download, safe_file_stem};
use crate::browser::storage;
use crate::state::AppState;
use leptos::prelude::*;

/// Saved data that could not be read: offered for download exactly as it
/// was, and removed only when the user says so.
#[component]
pub fn UnreadableBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let download_all = move |_| {
        for key in state.unreadable().get_untracked() {
            if let Ok(Some(raw)) = storage::read(&key) {
                let stamp = safe_file_stem(&key[storage::UNREADABLE_PREFIX.len()..]);
                if let Err(e) = download(
                    &format!("unreadable-assessment-{stamp}.txt"),
                    "text/plain",
                    &raw,
                ) {
                    state
                        .notices()
                        .tell(format!("The download did not start: {e}."), true);
                }
            }
        }
    };
    let discard = move |_| state.discard_unreadable();
    move || {
        let count = state.unreadable().with(Vec::len);
        (count > 0).then(|| {
            view! {
                <div class="notice notice--warning" data-testid="kept-aside">
                    <p>
                        {format!("{count} saved item(s) could not be read and have been kept aside in this browser. ")}
                        "Download them to keep them, or send them to whoever supports this tool; they may hold answers worth recovering."
                    </p>
                    <div class="button-group">
                        <button type="button" class="button button--secondary" data-testid="kept-aside-download"
                            on:click=download_all>"Download the unreadable data"</button>
                        <button type="button" class="button button--secondary" data-testid="kept-aside-discard"
                            on:click=discard>"Discard it"</button>
                    </div>
                </div>
            }
        })
    }
}
