use crate::domain::presentation::KEYS;
use leptos::prelude::*;

/// Every key, over the slide, shown and hidden with "?".
#[component]
pub fn KeyHelp() -> impl IntoView {
    view! {
        <section class="key-help" data-testid="key-help" aria-labelledby="key-help-heading">
            <h2 id="key-help-heading" class="key-help__heading" tabindex="-1">"Keys"</h2>
            <dl class="key-help__list">
                {KEYS.iter().map(|(key, what)| view! {
                    <div class="key-help__row"><dt>{*key}</dt><dd>{*what}</dd></div>
                }).collect_view()}
            </dl>
            <p>"Single-key shortcuts can be switched off in the presenter's controls. Escape is left to the browser: it leaves full screen."</p>
        </section>
    }
}
