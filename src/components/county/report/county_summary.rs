use crate::domain::county::{counted, list_names, number_words, tally};
use crate::domain::order;
use crate::state::CountyState;
use leptos::prelude::*;

/// Who is in the picture, by kind, and where the county is strongest and
/// furthest from the minimum.
#[component]
pub fn CountySummary() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let (q, set) = (state.questionnaire(), state.standards());
    let text = move || {
        state.with_current(|bodies| {
            let mut kinds: Vec<(String, usize)> = Vec::new();
            for k in q.body_kinds {
                let n = bodies.iter().filter(|b| b.kind() == k.id).count();
                if n > 0 {
                    kinds.push((k.label.to_string(), n));
                }
            }
            let unknown = bodies
                .iter()
                .filter(|b| q.body_kind_label(b.kind()).is_none())
                .count();
            if unknown > 0 {
                kinds.push(("kind not given".into(), unknown));
            }
            let kinds: Vec<String> = kinds.iter().map(|(l, n)| format!("{l}: {n}")).collect();
            let who = format!(
                "{} in the picture. {}.",
                counted(bodies.len(), "body", "bodies"),
                kinds.join("; ")
            );
            let tallies = tally(set, bodies);
            let mut by_met: Vec<usize> = (0..tallies.len()).collect();
            order::sort_by_key(&mut by_met, |&i| {
                (std::cmp::Reverse(tallies[i].met.len()), i)
            });
            let mut by_short: Vec<usize> = (0..tallies.len()).collect();
            order::sort_by_key(&mut by_short, |&i| {
                (
                    std::cmp::Reverse(tallies[i].not_met.len() + tallies[i].partly_met.len()),
                    i,
                )
            });
            // "ten of fifteen", or "all fifteen".
            let share = |n: usize| {
                if n == bodies.len() {
                    format!("all {}", number_words(n))
                } else {
                    format!("{} of {}", number_words(n), number_words(bodies.len()))
                }
            };
            let strong: Vec<String> = by_met
                .iter()
                .take(3)
                .filter(|&&i| !tallies[i].met.is_empty())
                .map(|&i| {
                    format!(
                        "{} (met by {})",
                        set.standards[i].short_title,
                        share(tallies[i].met.len())
                    )
                })
                .collect();
            let gaps: Vec<String> = by_short
                .iter()
                .take(3)
                .filter(|&&i| tallies[i].falling_short() > 0)
                .map(|&i| {
                    format!(
                        "{} (short for {})",
                        set.standards[i].short_title,
                        share(tallies[i].falling_short())
                    )
                })
                .collect();
            let mut lines = vec![who];
            if !strong.is_empty() {
                lines.push(format!("Most often met: {}.", list_names(&strong, "and")));
            }
            if !gaps.is_empty() {
                lines.push(format!(
                    "Most often short of the minimum: {}.",
                    list_names(&gaps, "and")
                ));
            }
            lines
        })
    };
    view! {
        <section class="county-summary" aria-labelledby="county-summary-heading" data-testid="county-summary">
            <h3 class="heading-m" id="county-summary-heading">"Summary"</h3>
            {move || text().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <p class="hint">
                "Each body counts once, at its latest assessment. Scores follow the same rules as each body's own results page; "
                "no standard is met on a plan."
            </p>
        </section>
    }
}
