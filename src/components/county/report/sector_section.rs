use crate::domain::county::{counted, Asked, BodySector, CountySector, Districts};
use crate::domain::sector::{SectorQuestions, HELD_BACK, MIN_ANSWERS};
use crate::state::CountyState;
use leptos::prelude::*;

/// The sector's view across the county: one NI7-style figure over every
/// response, each counted once; per body its responses, its own figure
/// and where the sector and the body part (from five responses); and, for
/// a district council, the voluntary groups in its district (000), as
/// context. What organisations wrote, and who they are, never appear here.
#[component]
pub fn SectorSection() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let sector = Memo::new(move |_| state.with_current(|bodies| CountySector::of(bodies, set)));
    let q = SectorQuestions::bundled();
    let lead = move || {
        sector.with(|c| {
            let mut out = match (c.responses, c.ni7.and_then(|f| Some((f, f.percent_text()?)))) {
                (0, _) => return "No body in this report has brought back responses from the sector yet. A body asks from its results page (\u{201c}Ask the sector for its view\u{201d}).".to_string(),
                (n, Some((f, percent))) => format!(
                    "{} from the sector came back to {}, each counted once. Of the organisations that answered these bodies' invitations on the five-point scale, {percent} ({} of {}) say the body they were asked about has a very positive or positive influence on their success.",
                    counted(n, "response", "responses"),
                    counted(c.bodies_answered, "body", "bodies"),
                    f.positive,
                    f.answered
                ),
                (n, None) => format!(
                    "{} from the sector came back to {}. A figure appears once {MIN_ANSWERS} organisations have answered the question with a view.",
                    counted(n, "response", "responses"),
                    counted(c.bodies_answered, "body", "bodies")
                ),
            };
            if let Some(f) = c.ni7.filter(|f| f.dont_know > 0) {
                out += &format!(" {} more answered \"don't know\".", f.dont_know);
            }
            if c.ni7.is_some() && c.holds_back {
                out += &format!(" {HELD_BACK}");
            }
            if c.ni7.is_some() && c.left_out_of_figure > 0 {
                out += &format!(
                    " {} to bodies whose own figure is not shown {} left out of it, so that their answers cannot be worked out from the county figure.",
                    counted(c.left_out_of_figure, "response", "responses"),
                    if c.left_out_of_figure == 1 { "is" } else { "are" },
                );
            }
            out
        })
    };
    let rows = move || {
        sector.with(|c| {
            c.in_table()
                .map(|b| view! { <BodySectorRow row=b.clone()/> })
                .collect_view()
        })
    };
    let has_rows = Memo::new(move |_| sector.with(|c| c.in_table().next().is_some()));
    let left_out = move || {
        sector
            .with(|c| c.left_out())
            .map(|line| view! { <p data-testid="county-sector-left-out">{line}</p> })
    };
    let total = Districts::bundled().total;
    view! {
        <section class="county-section report-section" aria-labelledby="sector-heading" data-testid="county-sector">
            <h3 class="heading-m" id="sector-heading">"The sector's view"</h3>
            <p data-testid="county-sector-lead">{lead}</p>
            <p data-testid="county-sector-not-ni7">{q.ni7.not_ni7()}</p>
            <p class="hint">{format!("Each body asks the organisations it chooses with this tool's sector questions, and sees each response, unless it named a collector, which passes it only a summary; responses are not verified, and anyone with a body's link can answer. A figure is drawn only from {MIN_ANSWERS} answers with a view. The county figure pools the responses of the bodies whose own figure is shown, so a body with more responses weighs more in it.")}</p>
            {move || has_rows.get().then(|| view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="county-sector-caption">
                    <table class="table county-sector-table" data-testid="county-sector-table">
                        <caption class="table__caption" id="county-sector-caption">
                            "Each body: the sector's responses, the share who say it has a positive influence, and where the sector and the body part; for a district council, the voluntary groups in its district"
                        </caption>
                        <thead><tr>
                            <th scope="col">"Body"</th>
                            <th scope="col">"Responses"</th>
                            <th scope="col" class="num">"Very positive or positive"</th>
                            <th scope="col">"The body says met; most who answered say no"</th>
                            <th scope="col">"The body says not met; most who answered say yes"</th>
                            <th scope="col" class="num">"Voluntary groups in the district"</th>
                            <th scope="col" class="num">"Groups per 1,000 people"</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })}
            {left_out}
            <p class="hint" data-testid="county-sector-districts">{format!(
                "Voluntary groups per district are context, not scored: the Value and Volume survey's figures as 000 gives them ({} groups in Hertfordshire, {} per 1,000 people). They are not the organisations a body invited, so responses set beside them are no response rate.",
                total.groups_in_figures(),
                total.per_thousand
            )}</p>
        </section>
    }
}

#[component]
fn BodySectorRow(row: BodySector) -> impl IntoView {
    let responses = match row.asked {
        Asked::NotAsked => "None brought back".to_string(),
        Asked::NoneYet => "Asked; none back yet".to_string(),
        Asked::TooFew(n) => format!("{n} (figures from {MIN_ANSWERS})"),
        Asked::Figures(n) => n.to_string(),
    };
    let figure = match (row.ni7.and_then(|f| f.percent_text()), row.held_back) {
        (Some(p), _) => p,
        (None, true) => "Not shown: within 5 answers of another row".into(),
        (None, false) => "\u{2013}".into(),
    };
    let list = |names: &[&str], shown: bool| {
        if !shown {
            "\u{2013}".to_string()
        } else if names.is_empty() {
            "None".to_string()
        } else {
            names.join("; ")
        }
    };
    let shown = matches!(row.asked, Asked::Figures(_));
    let (groups, per) = row.district.map_or_else(
        || ("\u{2013}".to_string(), "\u{2013}".to_string()),
        |d| (d.groups_in_figures(), d.per_thousand.to_string()),
    );
    view! {
        <tr data-testid="county-sector-row">
            <th scope="row">{row.label}</th>
            <td>{responses}</td>
            <td class="num">{figure}</td>
            <td>{list(&row.not_seen_yet, shown)}</td>
            <td>{list(&row.sees_more, shown)}</td>
            <td class="num">{groups}</td>
            <td class="num">{per}</td>
        </tr>
    }
}
