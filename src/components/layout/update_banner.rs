use crate::browser::worker;
use crate::domain::pages::Page;
use leptos::prelude::*;
use std::time::Duration;

/// A moment after the page is usable: keeping every file for offline use
/// downloads every page, which must not compete with the first load.
const REGISTER_AFTER: Duration = Duration::from_secs(3);

/// Registers the service worker that keeps the app for offline use, from
/// `page`'s folder, and returns whether a newer build is installed and
/// waiting.
pub fn watch_for_update(page: Page) -> ReadSignal<bool> {
    let (ready, set_ready) = signal(false);
    let script = page.worker();
    set_timeout(
        move || worker::register(&script, move || set_ready.set(true)),
        REGISTER_AFTER,
    );
    ready
}

/// Says that a newer version has arrived, and switches to it on request by
/// reloading the page; `reload_note` says what a reload means for the
/// page's work. Left alone, the new version starts the next time every tab
/// of the app has been closed.
#[component]
pub fn UpdateBanner(ready: ReadSignal<bool>, reload_note: &'static str) -> impl IntoView {
    move || {
        ready.get().then(|| {
            view! {
                <aside class="notice" aria-label="New version" data-testid="update-banner">
                    <p role="status">
                        "A new version of this tool is ready. " {reload_note}
                    </p>
                    <button type="button" class="button" data-testid="update-take" on:click=move |_| worker::take_update()>
                        "Use the new version"
                    </button>
                </aside>
            }
        })
    }
}
