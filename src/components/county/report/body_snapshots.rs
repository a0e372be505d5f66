use super::lazy_details::LazyDetails;
use super::source_notes::NoteRef;
use super::OPEN_UP_TO;
use crate::domain::county::{capitalise, Notes};
use crate::domain::snapshot::snapshot;
use crate::state::CountyState;
use leptos::prelude::*;

/// A snapshot paragraph per body, in the manner of the report's
/// organisational snapshots; never names or contact details.
#[component]
pub fn BodySnapshots(notes: Memo<Notes>) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let open = state.with_current(|b| b.len() <= OPEN_UP_TO);
    let list = move || {
        state.with_current(|bodies| {
            bodies
                .iter()
                .map(|b| {
                    // "The County Council supports ...", as the report writes it.
                    let text = snapshot(&capitalise(&b.in_sentence), q, &b.assessment.answers);
                    view! {
                        <li class="snapshot" data-testid="body-snapshot">
                            <h4 class="heading-s">{b.label.clone()}</h4>
                            <p>{if text.is_empty() { "No answers yet.".to_string() } else { text }}</p>
                            {(!b.text_evidence.is_empty()).then(|| view! {
                                <p class="hint">"From the report's text, not marked in its tables:"</p>
                                <ul class="list list--bullet hint" data-testid="text-evidence">
                                    {b.text_evidence.iter().map(|e| {
                                        let label = q.option(&e.option).map_or("", |(_, _, o)| o.label);
                                        let number = notes.with(|n| n.number(e.source));
                                        view! { <li>{format!("{label}: \u{201c}{}\u{201d}", e.quote)}{number.map(|n| view! { <NoteRef number=n/> })}</li> }
                                    }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="county-section appendix report-full-only" aria-labelledby="snapshots-heading">
            <h3 class="heading-m" id="snapshots-heading">"Appendix A: snapshots of each body"</h3>
            <LazyDetails summary="Show a snapshot of each body".into() open=open testid="snapshots">
                <ul class="list">{list}</ul>
            </LazyDetails>
        </section>
    }
}
