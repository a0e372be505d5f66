use crate::domain::change::Direction;
use crate::domain::county::{round_changes, standard_movements, status_name};
use crate::state::CountyState;
use leptos::prelude::*;

/// When the set holds two rounds of a body, what moved: per body, then
/// across the county per standard. Drawn only when there are rounds.
#[component]
pub fn RoundChanges() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let content = move || {
        let filter = state.filter().get();
        state.set().with(|s| {
            let rounds = s.rounds(&filter);
            let changes = round_changes(&rounds);
            if changes.is_empty() {
                return None;
            }
            let bodies = changes
                .iter()
                .map(|c| {
                    let moved: Vec<String> = c
                        .moved()
                        .map(|m| {
                            let title = &set.standard(m.standard_id).map_or("", |s| s.short_title);
                            let arrow = if m.direction == Direction::Up { "up" } else { "down" };
                            format!("{title} {arrow} ({} to {})", status_name(m.before).to_ascii_lowercase(), status_name(m.after).to_ascii_lowercase())
                        })
                        .collect();
                    let text = if moved.is_empty() {
                        "nothing moved.".to_string()
                    } else {
                        format!("{}.", moved.join("; "))
                    };
                    view! {
                        <li data-testid="round-body">
                            <strong>{c.after.label.clone()}</strong>
                            {format!(", {} to {}: ", c.before.date(), c.after.date())}
                            {text}
                        </li>
                    }
                })
                .collect_view();
            let rows = standard_movements(set, &changes)
                .into_iter()
                .zip(set.standards)
                .map(|(m, s)| view! {
                    <tr>
                        <th scope="row">{s.title}</th>
                        <td class="num">{m.up}</td><td class="num">{m.down}</td>
                        <td class="num">{m.same}</td><td class="num">{m.not_comparable}</td>
                    </tr>
                })
                .collect_view();
            Some(view! {
                <section class="county-section report-section report-full-only" aria-labelledby="rounds-heading" data-testid="round-changes">
                    <h3 class="heading-m" id="rounds-heading">"Change between rounds"</h3>
                    <p class="hint">{format!(
                        "{} assessed more than once; each latest round is compared with the one before it.",
                        if changes.len() == 1 { "One body was".to_string() } else { format!("{} bodies were", changes.len()) }
                    )}</p>
                    <ul class="list list--bullet">{bodies}</ul>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rounds-heading">
                    <table class="table" data-testid="round-table">
                        <caption class="table__caption">"Across the county: bodies that moved on each standard"</caption>
                        <thead><tr>
                            <th scope="col">"Standard"</th><th scope="col" class="num">"Up"</th>
                            <th scope="col" class="num">"Down"</th><th scope="col" class="num">"Same"</th>
                            <th scope="col" class="num">"Not comparable"</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    </div>
                </section>
            })
        })
    };
    view! { {content} }
}
