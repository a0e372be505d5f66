use crate::domain::ids::OptionRef;
use crate::domain::presentation::{feeds, numbered_options, Slide};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// For the facilitator's eyes: where the question comes from and what each
/// option feeds in the scoring, or the rule behind a standard.
#[component]
pub fn PresenterNotes() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let slide = Memo::new(move |_| presentation.view().get().slide);
    let notes = move || {
        match slide.get() {
        Slide::Question(index) => {
            let question = &app.questionnaire().questions[index];
            let rows = numbered_options(question)
                .into_iter()
                .enumerate()
                .map(|(i, (part, r))| {
                    let option = part.option(r.option);
                    let label = option.map(|o| o.label).unwrap_or_default();
                    let mut flags = Vec::new();
                    if option.is_some_and(|o| o.added_since_2010()) {
                        flags.push("added since 2010");
                    }
                    if option.is_some_and(|o| part.is_plan(o)) {
                        flags.push("a plan: partly met at most");
                    }
                    view! {
                        <tr>
                            <td class="num">{i + 1}</td>
                            <td>{label} {(!flags.is_empty()).then(|| format!(" ({})", flags.join("; ")))}</td>
                            <td>{feeds_words(&app, &r)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p>"Source: " {question.source}</p>
                {question.hint.map(|h| view! { <p class="hint">{h}</p> })}
                {(!question.parts.is_empty()).then(|| view! {
                    <table class="table" data-testid="presenter-feeds">
                        <caption class="table__caption">"What each option feeds in the scoring"</caption>
                        <thead><tr><th scope="col" class="num">"Key"</th><th scope="col">"Option"</th><th scope="col">"Feeds"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                })}
            }
            .into_any()
        }
        Slide::Chart => view! {
            <p>"The gap chart: each standard against the target of met. Next moves through the standards one at a time."</p>
        }
        .into_any(),
        Slide::Standard(index) => {
            let standard = &app.standards().standards[index];
            view! {
                <p>"Met: " {standard.met_when}</p>
                {(!standard.partly_when.is_empty()).then(|| view! { <p>"Partly met: " {standard.partly_when}</p> })}
                {standard.planned_when.map(|p| view! { <p>"A plan alone (partly met at most): " {p}</p> })}
                <p>{standard.notes().reason}</p>
                <p class="source">"Source: " {standard.source}</p>
            }
            .into_any()
        }
    }
    };
    view! {
        <details class="details presenter__notes" data-testid="presenter-notes"
            prop:open=move || presentation.audience_opened().get()>
            <summary class="details__summary">"Facilitator's notes (not shown in the audience window)"</summary>
            <div class="details__text">{notes}</div>
        </details>
    }
}

fn feeds_words(app: &AppState, option: &OptionRef) -> String {
    let standards = feeds(app.standards(), option);
    if standards.is_empty() {
        return app.standards().context_reason(option).map_or_else(
            || "No standard".to_string(),
            |why| format!("No standard: {why}"),
        );
    }
    standards
        .iter()
        .map(|s| s.short_title)
        .collect::<Vec<_>>()
        .join(", ")
}
