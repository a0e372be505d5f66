use crate::domain::presentation::KEYS;
use leptos::prelude::*;

/// Every key, in the presenter's window only, shown and hidden with "?".
#[component]
pub fn KeyHelp() -> impl IntoView {
    view! {
        <section class="key-help" data-testid="key-help" aria-labelledby="key-help-heading">
            <h2 id="key-help-heading" class="presenter__heading" tabindex="-1">"Keys (the room does not see this list)"</h2>
            <dl class="key-help__list">
                {KEYS.iter().map(|(key, what)| view! {
                    <div class="key-help__row"><dt>{*key}</dt><dd>{*what}</dd></div>
                }).collect_view()}
            </dl>
            <p>"The character keys can be switched off below the slide; the arrows, Page Up and Page Down, Home, End and Space always work. Escape is left to the browser: it leaves full screen."</p>
        </section>
    }
}
