use crate::components::transfer::export_button::ExportButton;
use crate::state::{AppState, BACKUP_NUDGE_AFTER};
use leptos::prelude::*;

/// After a session of work, a reminder that the answers live only here.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        (state.tab().changes_since_backup().get() >= BACKUP_NUDGE_AFTER).then(|| {
            view! {
                <aside class="notice" aria-label="Backup reminder" data-testid="backup-reminder">
                    <p>
                        "You have made a good number of changes since your last download. Your answers are only in this browser: "
                        "download a copy to keep them safe."
                    </p>
                    <ExportButton/>
                </aside>
            }
        })
    }
}
