use crate::domain::county::Notes;
use crate::state::CountyState;
use leptos::prelude::*;

/// The sources the report's notes number, in full, at its end.
#[component]
pub fn SourceNotes(notes: Memo<Notes>) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let entries = move || {
        notes.with(|n| {
            n.entries(set)
                .into_iter()
                .enumerate()
                .map(|(i, text)| view! { <li id=format!("note-{}", i + 1)>{text}</li> })
                .collect_view()
        })
    };
    view! {
        <section class="county-section report-section" aria-labelledby="sources-heading" data-testid="source-notes">
            <h3 class="heading-m" id="sources-heading">"Sources"</h3>
            <p>"The numbered notes in the recommendations and the snapshots refer to these documents. \u{201c}This tool\u{2019}s advice\u{201d} is a suggestion of this self-assessment tool, not of the documents."</p>
            <ol class="list list--number source-notes">{entries}</ol>
        </section>
    }
}

/// A note's number after the sentence it supports, linked to its source.
#[component]
pub fn NoteRef(number: usize) -> impl IntoView {
    view! {
        <sup class="note-ref">
            <a href=format!("#note-{number}") aria-label=format!("source note {number}")>{number}</a>
        </sup>
    }
}
