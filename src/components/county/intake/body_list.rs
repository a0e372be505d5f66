use crate::domain::county::{counted, CountyBody};
use crate::domain::questionnaire::Questionnaire;
use crate::state::CountyState;
use leptos::prelude::*;

/// One row: the copy of an assessment in the picture, as it is now.
#[derive(Debug, Clone, PartialEq)]
struct BodyRow {
    id: String,
    /// The copy, not only the assessment: after a swap the row is new.
    key: String,
    label: String,
    kind: String,
    date: String,
    changed: String,
    source: String,
}

impl BodyRow {
    fn of(b: &CountyBody, q: &Questionnaire) -> BodyRow {
        let a = &b.assessment;
        BodyRow {
            id: a.id.clone(),
            key: format!(
                "{}|{}|{}|{}",
                a.id,
                a.revision,
                a.updated_at,
                b.source.tag()
            ),
            label: b.label.clone(),
            kind: q
                .body_kind_label(b.kind())
                .unwrap_or("Kind not given")
                .to_string(),
            date: b.date().to_string(),
            changed: format!("{} (revision {})", a.last_changed(), a.revision),
            source: b.source.label(),
        }
    }
}

/// Every assessment in the set, every round, each with a way to take it out.
#[component]
pub fn BodyList() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let rows = move || {
        state.set().with(|s| {
            s.bodies()
                .iter()
                .map(|b| BodyRow::of(b, q))
                .collect::<Vec<_>>()
        })
    };
    let count = move || state.set().with(|s| s.bodies().len());
    view! {
        <details class="details" data-testid="body-list">
            <summary class="details__summary">{move || format!("The {} in the set, every round", counted(count(), "assessment", "assessments"))}</summary>
            <div class="details__text">
                <div class="table-scroll" tabindex="0" role="region" aria-label="Assessments in the set">
                <table class="table">
                    <caption class="visually-hidden">"Assessments in the set"</caption>
                    <thead><tr>
                        <th scope="col">"Body"</th><th scope="col">"Kind"</th><th scope="col">"Date"</th>
                        <th scope="col">"Last changed"</th><th scope="col">"From"</th><th scope="col"><span class="visually-hidden">"Action"</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=rows key=|r| r.key.clone() let:r>
                            {
                                let remove_label = format!("Take {} ({}) out of the picture", r.label, r.date);
                                let id = r.id;
                                view! {
                                    <tr data-testid="body-row">
                                        <th scope="row">{r.label}</th><td>{r.kind}</td><td>{r.date}</td>
                                        <td data-testid="body-changed">{r.changed}</td><td data-testid="body-source">{r.source}</td>
                                        <td>
                                            <button type="button" class="button button--secondary button--small"
                                                aria-label=remove_label on:click=move |_| state.remove(&id)>
                                                "Take out"
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
                </div>
            </div>
        </details>
    }
}
