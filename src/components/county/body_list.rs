use crate::domain::county::counted;
use crate::state::CountyState;
use leptos::prelude::*;

/// Every assessment in the set, every round, each with a way to take it out.
#[component]
pub fn BodyList() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let rows = move || {
        state.set().with(|s| {
            s.bodies()
                .iter()
                .map(|b| {
                    (
                        b.assessment.id.clone(),
                        b.label.clone(),
                        q.body_kind_label(b.kind())
                            .unwrap_or("Kind not given")
                            .to_string(),
                        b.date().to_string(),
                        b.source.label(),
                    )
                })
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
                        <th scope="col">"From"</th><th scope="col"><span class="visually-hidden">"Action"</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=rows key=|r| r.0.clone() let:r>
                            {
                                let (id, label, kind, date, source) = r;
                                let remove_label = format!("Take {label} ({date}) out of the picture");
                                view! {
                                    <tr data-testid="body-row">
                                        <th scope="row">{label}</th><td>{kind}</td><td>{date}</td><td>{source}</td>
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
