use super::county_figure::CountyFigure;
use crate::charts::county_chart::{county_chart_svg, county_chart_title};
use crate::domain::county::{standard_sentences, status_name, tally};
use crate::domain::scoring::Status;
use crate::state::CountyState;
use leptos::prelude::*;

/// How many bodies meet, partly meet and do not meet each standard: the
/// one place the report counts them, as a chart, a table and in words.
#[component]
pub fn CountyChart() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let svg =
        Memo::new(move |_| state.with_current(|bodies| county_chart_svg(&tally(set, bodies), set)));
    let rows = move || {
        state.with_current(|bodies| {
            tally(set, bodies)
                .iter()
                .zip(set.standards)
                .map(|(t, s)| {
                    view! {
                        <tr data-testid=format!("county-row-{}", s.id)>
                            <th scope="row">{s.title}{s.key_driver.then_some(" (key driver)")}</th>
                            <td class="num">{t.met.len()}</td>
                            <td class="num">{t.partly_met.len()}</td>
                            <td class="num">{t.planned}</td>
                            <td class="num">{t.not_met.len()}</td>
                            <td class="num">{t.not_answered.len()}</td>
                            <td class="num" data-testid=format!("county-fewer-{}", s.id)>{t.fewer_questions}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let caption = Signal::derive(move || {
        state.with_current(|b| {
            format!(
                "{}. Each bar is every body in the picture: met, then partly met (hollow where on a plan alone), not met and not evidenced, with the numbers beside it.",
                county_chart_title(b.len())
            )
        })
    });
    let in_words = move || {
        let filter = state.filter().get();
        state.with_current(|bodies| {
            standard_sentences(set, bodies, &filter)
                .into_iter()
                .map(|(id, list)| view! { <li data-testid=format!("analysis-standard-{id}")>{list.join(" ")}</li> })
                .collect_view()
        })
    };
    view! {
        <CountyFigure heading="Meeting the standards" name="county-chart" caption=caption svg=svg>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Number of bodies at each level, per standard">
            <table class="table" data-testid="county-table">
                <caption class="table__caption">"Number of bodies at each level, per standard"</caption>
                <thead><tr>
                    <th scope="col">"Standard"</th>
                    <th scope="col" class="num">"Met"</th>
                    <th scope="col" class="num">"Partly met"</th>
                    <th scope="col" class="num">"Of which on a plan alone"</th>
                    <th scope="col" class="num">"Not met"</th>
                    <th scope="col" class="num">{status_name(Status::NotAnswered)}</th>
                    <th scope="col" class="num">"Of all, on fewer questions"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <h4 class="heading-s" id="standards-in-words">"In words"</h4>
            <ul class="list list--bullet" aria-labelledby="standards-in-words" data-testid="analysis-standards">{in_words}</ul>
        </CountyFigure>
    }
}
