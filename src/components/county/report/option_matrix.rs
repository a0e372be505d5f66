use super::MAX_BODY_COLUMNS;

/// With bodies as rows, at most this many answers go across one table.
const MAX_OPTION_COLUMNS: usize = 8;
use crate::domain::county::{part_matrix, Mark};
use crate::state::CountyState;
use leptos::prelude::*;

/// A cell of a matrix: a square for chosen, an open square for the 2010
/// report's text, "n/a" for not asked; each read aloud in words.
fn mark_cell(mark: Mark) -> impl IntoView {
    let seen = match mark {
        Mark::Yes => Some("\u{25A0}"),
        Mark::FromText => Some("\u{25A1}"),
        Mark::NotAsked => Some("n/a"),
        Mark::No => None,
    };
    view! {
        <td class="mark" data-mark=mark.key()>
            {seen.map(|seen| view! {
                <span aria-hidden="true">{seen}</span>
                <span class="visually-hidden">{mark.label()}</span>
            })}
        </td>
    }
}

/// The key to the marks other than a plain yes, where the table has them.
fn legend(from_text: bool, not_asked: bool) -> impl IntoView {
    (from_text || not_asked).then(|| {
        view! {
            <p class="hint" data-testid="matrix-legend">
                "\u{25A0} chosen. "
                {from_text.then_some("\u{25A1} from the report's text, not marked in its table: counted by scoring, not in the count. ")}
                {not_asked.then_some("n/a: not asked, the option was added to the questionnaire after the body answered (never counted as no).")}
            </p>
        }
    })
}

/// One part as Appendix 1 prints it: a row per option, a column per body
/// and the count; bodies as rows when there are too many for columns.
#[component]
pub fn OptionMatrix(part_id: String) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let table = move || {
        state.with_current(|bodies| {
            let m = part_matrix(q, &part_id, bodies)?;
            let caption = format!(
                "{} ({} of {} answered)",
                m.part.label,
                m.answered,
                bodies.len()
            );
            let testid = format!("matrix-{}", m.part.id);
            // Parts of different questions share labels: the question tells them apart.
            let label = format!("{}: {caption}", m.question.label());
            let key = legend(m.has_mark(Mark::FromText), m.has_mark(Mark::NotAsked));
            let table = if bodies.len() <= MAX_BODY_COLUMNS {
                let head = bodies
                    .iter()
                    .map(|b| view! { <th scope="col" class="matrix__body"><span>{b.label.clone()}</span></th> })
                    .collect_view();
                let rows = m
                    .rows
                    .iter()
                    .map(|r| {
                        let cells = r.marks.iter().map(|&m| mark_cell(m)).collect_view();
                        view! {
                            <tr data-testid=format!("row-{}", r.option.id)>
                                <th scope="row">{r.option.label}</th>
                                {cells}
                                <td class="num" data-testid="row-count">{r.count}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="matrix-scroll" tabindex="0" role="region" aria-label=label>
                        <table class="table matrix" data-testid=testid>
                            <caption class="table__caption">{caption}</caption>
                            <thead><tr><th scope="col">"Answer"</th>{head}<th scope="col" class="num">"Count"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            } else {
                // Bodies as rows: the options go across in tables of at
                // most MAX_OPTION_COLUMNS, each repeating the body column,
                // so that no table is wider than a landscape page.
                // Split evenly: 17 answers as 6, 6 and 5, never 8, 8 and 1.
                let chunks = m.rows.len().div_ceil(MAX_OPTION_COLUMNS).max(1);
                let width = m.rows.len().div_ceil(chunks).max(1);
                m.rows
                    .chunks(width)
                    .enumerate()
                    .map(|(c, rows)| {
                        let first = c * width;
                        let caption = if chunks == 1 {
                            caption.clone()
                        } else {
                            format!(
                                "{caption}, answers {} to {} of {}",
                                first + 1,
                                first + rows.len(),
                                m.rows.len()
                            )
                        };
                        let head = rows
                            .iter()
                            .map(|r| view! { <th scope="col" class="matrix__option">{r.option.label}</th> })
                            .collect_view();
                        let counts = rows.iter().map(|r| view! { <td class="num">{r.count}</td> }).collect_view();
                        let body_rows = bodies
                            .iter()
                            .enumerate()
                            .map(|(i, b)| {
                                let cells = rows.iter().map(|r| mark_cell(r.marks[i])).collect_view();
                                view! { <tr><th scope="row">{b.label.clone()}</th>{cells}</tr> }
                            })
                            .collect_view();
                        let label = format!("{}: {caption}", m.question.label());
                        view! {
                            <div class="matrix-scroll" tabindex="0" role="region" aria-label=label>
                                <table class="table matrix" data-testid=testid.clone()>
                                    <caption class="table__caption">{caption}</caption>
                                    <thead><tr><th scope="col">"Body"</th>{head}</tr></thead>
                                    <tbody>{body_rows}</tbody>
                                    <tfoot><tr><th scope="row">"Count"</th>{counts}</tr></tfoot>
                                </table>
                            </div>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            Some(view! { {key} {table} })
        })
    };
    view! { {table} }
}

/// What each body wrote for one question, on request; names and contact
/// details only when the facilitator has asked for them.
#[component]
pub fn WrittenAnswers(question_id: String) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let Some(question) = q.question(&question_id) else {
        return ().into_any();
    };
    let entries = move || {
        let with_personal = state.with_personal().get();
        let list = state.with_current(|bodies| {
            bodies
                .iter()
                .flat_map(|b| {
                    question
                        .fields
                        .iter()
                        .filter(move |f| with_personal || !f.personal)
                        .filter_map(move |f| {
                            let text = b.assessment.answers.text(f.id)?;
                            Some(view! {
                                <dt>{format!("{}, {}", b.label, f.label)}</dt>
                                <dd class="written">{text.to_string()}</dd>
                            })
                        })
                })
                .collect::<Vec<_>>()
        });
        if list.is_empty() {
            view! { <p>"Nobody wrote anything here."</p> }.into_any()
        } else {
            view! { <dl class="written-answers">{list}</dl> }.into_any()
        }
    };
    view! {
        <details class="details">
            <summary class="details__summary">{format!("What each body wrote ({})", question.label())}</summary>
            <div class="details__text">{entries}</div>
        </details>
    }
    .into_any()
}
