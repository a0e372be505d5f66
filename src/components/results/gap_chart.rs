use super::chart_figure::ChartFigure;
use crate::charts::gap_chart::{gap_chart_svg, gap_chart_title};
use crate::state::AppState;
use leptos::prelude::*;

/// The gap chart, with the same data as a table.
#[component]
pub fn GapChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let svg = Memo::new(move |_| {
        state
            .open()
            .scores()
            .with(|s| gap_chart_svg(s, state.standards()))
    });
    let rows = move || {
        state.open().scores().with(|scores| {
            scores
                .iter()
                .map(|s| {
                    let standard = s.standard(state.standards());
                    view! {
                        <tr>
                            <th scope="row">{standard.title}</th>
                            <td data-testid=format!("gap-row-{}", standard.id)>{s.label()}</td>
                            <td class="num">{format!("{} of 2", s.level())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <ChartFigure caption=gap_chart_title().to_string() svg=svg name="gap-chart">
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="gap-table-caption">
            <table class="table" data-testid="gap-table">
                <caption class="visually-hidden" id="gap-table-caption">"Gap chart data"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Standard"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col" class="num">"Level (target 2)"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </ChartFigure>
    }
}
