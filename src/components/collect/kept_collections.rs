use crate::browser::storage;
use crate::domain::sector::Collection;
use crate::state::COLLECTION_PREFIX;
use leptos::prelude::*;

/// The collections this browser keeps, each a link back to its page.
#[component]
pub fn KeptCollections() -> impl IntoView {
    let kept: Vec<(String, String, usize)> = storage::keys_with_prefix(COLLECTION_PREFIX)
        .unwrap_or_default()
        .iter()
        .filter_map(|key| {
            let c: Collection = serde_json::from_str(&storage::read(key).ok()??).ok()?;
            let i = c.invitation()?;
            Some((i.body, c.invitation, c.survey.responses.len()))
        })
        .collect();
    (!kept.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Kept in this browser"</h2>
            <ul class="list" data-testid="collect-kept">
                {kept.into_iter().map(|(body, fragment, n)| view! {
                    <li><a class="link" href=fragment>{body}</a>{format!(": {}", crate::domain::county::counted(n, "response", "responses"))}</li>
                }).collect_view()}
            </ul>
        }
    })
}
