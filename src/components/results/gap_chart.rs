use crate::charts::gap_chart::{gap_chart_svg, gap_chart_title};
use crate::state::AppState;
use leptos::prelude::*;

/// The gap chart, with the same data as a table for screen readers and print.
#[component]
pub fn GapChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The SVG is built only from questionnaire and standard labels, never
    // from user text, so setting it as markup cannot inject anything.
    let svg = Memo::new(move |_| state.scores.with(|s| gap_chart_svg(s, state.standards)));
    let rows = move || {
        state.scores.with(|scores| {
            scores
                .iter()
                .map(|s| {
                    let standard = s.standard(state.standards);
                    view! {
                        <tr>
                            <th scope="row">{standard.title.clone()}</th>
                            <td data-testid=format!("gap-row-{}", standard.id)>{s.status.label()}</td>
                            <td>{format!("{} of 2", s.status.points())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart" data-testid="gap-chart">
            <figcaption class="heading-m">{gap_chart_title()}</figcaption>
            <div class="chart__svg" inner_html=move || svg.get()></div>
            <table class="table" data-testid="gap-table">
                <caption class="visually-hidden">"Gap chart data"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Standard"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Level (target 2)"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
