use super::chart_figure::ChartFigure;
use crate::charts::peer_chart::{peer_chart_svg, peer_chart_title};
use crate::domain::peers::{PeerSet, PeerTally};
use crate::state::AppState;
use leptos::prelude::*;

/// How the 2010 figure reads beside a standard.
pub fn peer_sentence(tally: &PeerTally) -> String {
    format!(
        "In 2010, {} of the {} Hertfordshire respondents met this and {} partly met it.",
        tally.met,
        tally.total(),
        tally.partly_met
    )
}

/// Your status on each standard beside the fifteen Hertfordshire
/// respondents of 2010: the peer chart and its table.
#[component]
pub fn PeerComparison() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tallies = PeerSet::bundled_tallies();
    let svg = Memo::new(move |_| {
        state
            .scores
            .with(|s| peer_chart_svg(s, tallies, state.standards))
    });
    let rows = move || {
        state.scores.with(|scores| {
            scores
                .iter()
                .zip(tallies)
                .map(|(score, tally)| {
                    let standard = score.standard(state.standards);
                    view! {
                        <tr data-testid=format!("peer-row-{}", standard.id)>
                            <th scope="row">{standard.title.clone()}</th>
                            <td>{score.status.label()}</td>
                            <td class="num">{tally.met}</td>
                            <td class="num">{tally.partly_met}</td>
                            <td class="num">{tally.not_met}</td>
                            <td class="num">{tally.not_answered}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <ChartFigure caption=peer_chart_title().to_string() svg=svg name="peer-chart">
            <table class="table" data-testid="peer-table">
                <caption class="table__caption">
                    "Your status and the fifteen Hertfordshire respondents of February 2010 (number of bodies)"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Standard"</th>
                        <th scope="col">"You"</th>
                        <th scope="col" class="num">"Met"</th>
                        <th scope="col" class="num">"Partly met"</th>
                        <th scope="col" class="num">"Not met"</th>
                        <th scope="col" class="num">"Not evidenced"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="hint">
                "The 2010 answers are encoded from the report's tables and organisational snapshots; "
                "\"not evidenced\" means the report says nothing either way. "
                {PeerSet::bundled().notes.first().cloned()}
            </p>
        </ChartFigure>
    }
}
