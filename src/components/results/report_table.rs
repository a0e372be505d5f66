use crate::state::AppState;
use leptos::prelude::*;

/// Every standard with its status, evidence and next steps in one table:
/// the body of the printed report.
#[component]
pub fn ReportTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state.open().scores().with(|scores| {
            scores
                .iter()
                .map(|score| {
                    let standard = score.standard(state.standards());
                    let evidence: Vec<String> = score
                        .evidence
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    let steps = score
                        .next_steps(standard)
                        .iter()
                        .map(|s| view! { <li>{s.text} " (" {s.source} ")"</li> })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{standard.title}</th>
                            <td>{score.label()}</td>
                            <td>{if evidence.is_empty() { "None".to_string() } else { evidence.join("; ") }}</td>
                            <td><ul class="report-table__steps">{steps}</ul></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <table class="table report-table" data-testid="report-table">
            <caption class="table__caption">"Standards, evidence and next steps"</caption>
            <thead>
                <tr>
                    <th scope="col">"Standard"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Answers that decided it"</th>
                    <th scope="col">"Next steps"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
