use super::county_figure::CountyFigure;
use crate::charts::spread_chart::{spread_chart_svg, spread_chart_title};
use crate::domain::county::{list_names, median, score_spread};
use crate::domain::scoring::PERCENT_DEFINITION;
use crate::state::CountyState;
use leptos::prelude::*;

/// Bodies are named in the table up to this many per band.
const NAMED: usize = 10;

/// Where each body sits: the bodies by overall figure, with the same
/// figures as a table naming who is in each band.
#[component]
pub fn SpreadChart() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let svg = Memo::new(move |_| {
        state.with_current(|bodies| spread_chart_svg(&score_spread(bodies), median(bodies)))
    });
    let rows = move || {
        state.with_current(|bodies| {
            score_spread(bodies)
                .into_iter()
                .rev()
                .map(|band| {
                    // A dagger marks a figure that rests on fewer questions.
                    let names: Vec<String> = band
                        .bodies
                        .iter()
                        .map(|b| {
                            let mark = if b.on_fewer_questions() {
                                "\u{2020}"
                            } else {
                                ""
                            };
                            format!("{}{mark}", b.label)
                        })
                        .collect();
                    let fewer = band
                        .bodies
                        .iter()
                        .filter(|b| b.on_fewer_questions())
                        .count();
                    let who = if names.len() <= NAMED {
                        list_names(&names, "and")
                    } else {
                        format!(
                            "{} bodies (named, with their overall figures, in the matrix above)",
                            names.len()
                        )
                    };
                    view! {
                        <tr>
                            <th scope="row">{band.label.clone()}</th>
                            <td class="num">{band.bodies.len()}</td>
                            <td class="num">{fewer}</td>
                            <td>{who}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let caption = Signal::derive(move || state.with_current(|b| spread_chart_title(b.len())));
    let middle = move || {
        state.with_current(|b| {
            let fewer = if b.iter().any(|b| b.on_fewer_questions()) {
                " \u{2020} The figure rests on fewer questions (options added to the questionnaire after the body answered were not asked of it, so they could not count towards it)."
            } else {
                ""
            };
            median(b).map(|m| format!("The middle body scores {m}%. {PERCENT_DEFINITION}{fewer}"))
        })
    };
    view! {
        <CountyFigure heading="Where each body sits" name="spread-chart" caption=caption svg=svg full_only=true>
            <p data-testid="spread-median">{middle}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Bodies in each band of the overall figure">
                <table class="table" data-testid="spread-table">
                    <caption class="table__caption">"Bodies in each band of the overall figure"</caption>
                    <thead><tr>
                        <th scope="col">"Overall figure"</th>
                        <th scope="col" class="num">"Bodies"</th>
                        <th scope="col" class="num">"Of which on fewer questions"</th>
                        <th scope="col">"Which"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </CountyFigure>
    }
}
