use super::chart_figure::ChartFigure;
use super::peer_notes::PeerNotes;
use crate::charts::peer_chart::{peer_chart_svg, peer_chart_title};
use crate::domain::peers::PeerSet;
use crate::state::AppState;
use leptos::prelude::*;

/// Your status on each standard beside the fifteen Hertfordshire
/// respondents of 2010: the peer chart, its table and every note that
/// changes how a figure reads.
#[component]
pub fn PeerComparison() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tallies = PeerSet::bundled_tallies();
    let svg = Memo::new(move |_| {
        state
            .open()
            .scores()
            .with(|s| peer_chart_svg(s, tallies, state.standards()))
    });
    let rows = move || {
        state.open().scores().with(|scores| {
            scores
                .iter()
                .filter_map(|score| Some((score, tallies.get(&score.standard_id)?)))
                .map(|(score, tally)| {
                    let standard = score.standard(state.standards());
                    let added = standard.options_added_since_2010(state.questionnaire()).len();
                    let asked = if added == 0 {
                        "All".to_string()
                    } else {
                        format!("Fewer: {added} added since")
                    };
                    view! {
                        <tr data-testid=format!("peer-row-{}", standard.id)>
                            <th scope="row">{standard.title}</th>
                            <td>{score.label()}</td>
                            <td class="num">{tally.met}</td>
                            <td class="num">{tally.partly_met}</td>
                            <td class="num" data-testid=format!("peer-planned-{}", standard.id)>{tally.planned}</td>
                            <td class="num">{tally.not_met}</td>
                            <td class="num">{tally.not_answered}</td>
                            <td data-testid=format!("peer-asked-{}", standard.id)>{asked}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let notes = PeerSet::bundled()
        .notes
        .iter()
        .map(|n| view! { <li>{*n}</li> })
        .collect_view();
    view! {
        <ChartFigure caption=peer_chart_title().to_string() svg=svg name="peer-chart">
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="peer-table-caption">
            <table class="table" data-testid="peer-table">
                <caption class="table__caption" id="peer-table-caption">
                    "Your status and the fifteen Hertfordshire respondents of February 2010 (number of bodies)"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Standard"</th>
                        <th scope="col">"You"</th>
                        <th scope="col" class="num">"Met"</th>
                        <th scope="col" class="num">"Partly met"</th>
                        <th scope="col" class="num">"Of which on a plan alone"</th>
                        <th scope="col" class="num">"Not met"</th>
                        <th scope="col" class="num">"Not evidenced"</th>
                        <th scope="col">"Questions asked in 2010"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <p class="hint">
                "The 2010 answers are encoded from the report's tables and organisational snapshots; "
                "\"not evidenced\" means the report says nothing either way. "
                "Where a standard reads options added since 2010, the 2010 respondents were never asked them, "
                "so their figure there rests on fewer questions and shows only what the report states outright."
            </p>
            <h3 class="heading-s">"How the 2010 figures were read"</h3>
            <ul class="list list--bullet hint" data-testid="peer-set-notes">{notes}</ul>
            <PeerNotes/>
        </ChartFigure>
    }
}
