use super::status_cell::{StatusCell, StatusKey};
use super::MAX_BODY_COLUMNS;
use crate::domain::county::overall;
use crate::domain::scoring::PERCENT_DEFINITION;
use crate::state::CountyState;
use leptos::prelude::*;

/// The thirteen standards by body, each status in words: standards as rows
/// and bodies as columns for a few bodies, the other way round for many.
#[component]
pub fn StandardsMatrix() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let table = move || {
        state.with_current(|bodies| {
            if bodies.len() <= MAX_BODY_COLUMNS {
                let head = bodies
                    .iter()
                    .map(|b| view! { <th scope="col" class="matrix__body"><span>{b.label.clone()}</span></th> })
                    .collect_view();
                let rows = set
                    .standards
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let cells = bodies
                            .iter()
                            .map(|b| view! { <StatusCell score=b.scores[i].clone()/> })
                            .collect_view();
                        view! { <tr><th scope="row">{s.short_title}</th>{cells}</tr> }
                    })
                    .collect_view();
                let overall_row = bodies
                    .iter()
                    .map(|b| view! { <td class="num" data-testid="overall-cell">{format!("{}%", overall(b))}</td> })
                    .collect_view();
                view! {
                    <table class="table matrix" data-testid="standards-matrix">
                        <caption class="table__caption">"Standards (rows) by body (columns), with each body's overall figure"</caption>
                        <thead><tr><th scope="col">"Standard"</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                        <tfoot><tr><th scope="row">"Overall figure"</th>{overall_row}</tr></tfoot>
                    </table>
                }
                .into_any()
            } else {
                let head = set
                    .standards
                    .iter()
                    .map(|s| view! { <th scope="col" class="matrix__body"><span>{s.short_title}</span></th> })
                    .collect_view();
                let rows = bodies
                    .iter()
                    .map(|b| {
                        let cells = b
                            .scores
                            .iter()
                            .map(|s| view! { <StatusCell score=s.clone()/> })
                            .collect_view();
                        view! {
                            <tr>
                                <th scope="row">{b.label.clone()}</th>
                                {cells}
                                <td class="num" data-testid="overall-cell">{format!("{}%", overall(b))}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="table matrix" data-testid="standards-matrix">
                        <caption class="table__caption">"Bodies (rows) by standard (columns), with each body's overall figure"</caption>
                        <thead><tr><th scope="col">"Body"</th>{head}<th scope="col" class="matrix__body"><span>"Overall figure"</span></th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="county-section report-section print-wide" aria-labelledby="standards-matrix-heading">
            <h3 class="heading-m" id="standards-matrix-heading">"Each body against the thirteen standards"</h3>
            <StatusKey/>
            <p class="hint">{PERCENT_DEFINITION}</p>
            <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="standards-matrix-heading">
                {table}
            </div>
        </section>
    }
}
