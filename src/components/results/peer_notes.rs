use crate::domain::peers::PeerSet;
use leptos::prelude::*;

/// How each 2010 respondent was read from the report, with every note that
/// changes how its answers read (the PCT's meetings, Watford's year...).
#[component]
pub fn PeerNotes() -> impl IntoView {
    let peers = PeerSet::bundled();
    let rows = peers
        .peers
        .iter()
        .filter(|p| !p.notes.is_empty())
        .map(|p| {
            view! {
                <dt data-testid=format!("peer-notes-{}", p.id)>{p.name}</dt>
                {p.notes.iter().map(|n| view! { <dd>{*n}</dd> }).collect_view()}
            }
        })
        .collect_view();
    view! {
        <details class="details" data-testid="peer-notes">
            <summary class="details__summary">"How each 2010 respondent was read from the report"</summary>
            <dl class="details__text peer-notes">{rows}</dl>
        </details>
    }
}
