use crate::state::CountyState;
use leptos::prelude::*;

/// What the last action did, and every file that could not be read, by name.
#[component]
pub fn CountyNotice() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let failures = move || {
        state.intake().with(|i| {
            i.iter()
                .flat_map(|i| i.failures())
                .map(|(name, e)| view! { <li><strong>{name.to_string()}</strong>": "{e}"."</li> })
                .collect_view()
        })
    };
    view! {
        <div role="status" aria-live="polite" class="screen-only">
            {move || state.notices().notice().get().map(|n| view! {
                <div class="notice" class:notice--error=n.is_error class:notice--success=!n.is_error
                    data-testid="county-notice">
                    <p>{n.text}</p>
                    <ul class="list list--bullet" data-testid="intake-failures">{failures}</ul>
                </div>
            })}
        </div>
    }
}
