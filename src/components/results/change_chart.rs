use super::chart_figure::ChartFigure;
use crate::charts::change_chart::{change_chart_svg, change_chart_title};
use crate::domain::change::compare;
use crate::state::AppState;
use leptos::prelude::*;

/// What moved since an earlier assessment of the same body, chosen from
/// those held here; explains how to get one when there is none.
#[component]
pub fn ChangeChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Earlier assessments of this body: (id, "name, date") newest first.
    let earlier = Memo::new(move |_| {
        let current = state.open().assessment().get();
        state.open().library().with(|l| {
            l.earlier_of(&current)
                .into_iter()
                .map(|a| {
                    (
                        a.id.clone(),
                        format!(
                            "{} ({})",
                            a.display_name(),
                            if a.body.date.is_empty() {
                                "no date"
                            } else {
                                &a.body.date
                            }
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let baseline = move || {
        let list = earlier.get();
        chosen
            .get()
            .filter(|id| list.iter().any(|(x, _)| x == id))
            .or_else(|| list.first().map(|(id, _)| id.clone()))
    };
    let changes = Memo::new(move |_| {
        let id = baseline()?;
        let before = state.open().library().with(|l| {
            l.get(&id)
                .map(|a| a.scores(state.standards(), state.questionnaire()))
        })?;
        Some(state.open().scores().with(|now| compare(&before, now)))
    });
    let svg = Memo::new(move |_| {
        changes.with(|c| {
            c.as_ref()
                .map(|c| change_chart_svg(c, state.standards()))
                .unwrap_or_default()
        })
    });
    move || {
        if changes.with(Option::is_none) {
            return view! {
                <p data-testid="change-chart-none">
                    "To see what has changed, assess again later: on the list of assessments, choose Re-assess. "
                    "The new assessment starts from these answers, and this page will then compare the two."
                </p>
            }
            .into_any();
        }
        let options = earlier
            .get()
            .into_iter()
            .map(|(id, label)| view! { <option value=id.clone() selected=baseline() == Some(id)>{label}</option> })
            .collect_view();
        let rows = move || {
            changes.with(|c| {
                c.iter()
                    .flatten()
                    .map(|change| {
                        let title = state
                            .standards()
                            .standard(change.standard_id)
                            .map(|s| s.title)
                            .unwrap_or_default();
                        view! {
                            <tr data-testid=format!("change-row-{}", change.standard_id)>
                                <th scope="row">{title}</th>
                                <td>{change.before.label()}</td>
                                <td>{change.after.label()}</td>
                                <td>{change.direction.label()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        };
        view! {
            <div class="form-group screen-only">
                <label class="label" for="change-baseline">"Compare with"</label>
                <select class="input" id="change-baseline" data-testid="change-baseline"
                    on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                    {options}
                </select>
            </div>
            <ChartFigure caption=change_chart_title().to_string() svg=svg name="change-chart">
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="change-table-caption">
                <table class="table" data-testid="change-table">
                    <caption class="visually-hidden" id="change-table-caption">"Change chart data"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Standard"</th>
                            <th scope="col">"Before"</th>
                            <th scope="col">"Now"</th>
                            <th scope="col">"Change"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            </ChartFigure>
        }
        .into_any()
    }
}
