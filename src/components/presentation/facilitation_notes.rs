use crate::domain::ids::OptionRef;
use crate::domain::presentation::{
    feeds, figure_2010, numbered_options, PeerCounts, Prompts, Slide,
};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// For the facilitator's eyes: what to ask the room, what the report found
/// and Hertfordshire's 2010 figure; what each option feeds, folded away; for
/// a standard, its rule and a suggested first step.
#[component]
pub fn FacilitationNotes() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let slide = Memo::new(move |_| presentation.view().get().slide);
    move || {
        match slide.get() {
        Slide::Question { index, .. } => question_notes(&app, index).into_any(),
        Slide::Recap => view! {
            <h2 class="presenter__heading">"Before the reveal"</h2>
            <p>"Read the list back. Is anything missing, or ticked that is only planned? Plans never meet a standard."</p>
        }
        .into_any(),
        Slide::Chart => chart_notes(&app).into_any(),
        Slide::Standard(index) => standard_notes(&app, index).into_any(),
        Slide::Sector => view! {
            <h2 class="presenter__heading">"The sector's view"</h2>
            <p>"NI7 was the sector's judgement, not the body's own. Under five responses the wall shows only the count. What organisations wrote is shown only with privacy off, with phone numbers and email addresses hidden; a name written in a comment shows as written, so read them before turning privacy off."</p>
            <p>"Ask the room: where do the sector's answers and ours part, and why?"</p>
        }
        .into_any(),
        Slide::Invite => view! {
            <h2 class="presenter__heading">"Inviting the sector"</h2>
            <p>"The QR code is the latest invitation's link. Anyone with it can answer: responses are not verified. Bring the codes back on the results page."</p>
        }
        .into_any(),
        Slide::Actions => view! {
            <h2 class="presenter__heading">"Closing"</h2>
            <p>"Read each action back with its owner and date. They are saved with the assessment and printed with the results."</p>
        }
        .into_any(),
    }
    }
}

fn question_notes(app: &AppState, index: usize) -> impl IntoView {
    let question = &app.questionnaire().questions[index];
    let prompts = Prompts::of(question.id);
    let figure = figure_2010(question, PeerCounts::bundled());
    let rows = numbered_options(question)
        .into_iter()
        .map(|(part, r)| {
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
                    <td>{label} {(!flags.is_empty()).then(|| format!(" ({})", flags.join("; ")))}</td>
                    <td>{feeds_words(app, &r)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="presenter__heading" data-testid="prompts-heading">
            {format!("Ask the room ({} min suggested)", prompts.map_or(0, |p| p.minutes))}
        </h2>
        <ul class="presenter__ask" data-testid="prompts-ask">
            {prompts.map(|p| p.ask.iter().map(|a| view! { <li>{*a}</li> }).collect_view())}
        </ul>
        {prompts.and_then(|p| p.found.map(|f| view! {
            <p data-testid="prompts-found">{f}<span class="source">{format!(" ({})", p.found_source.unwrap_or_default())}</span></p>
        }))}
        {figure.map(|f| view! {
            <p data-testid="prompts-figure">{f}<span class="source">" (Appendix 1 and the report's text)"</span></p>
        })}
        {(!question.parts.is_empty()).then(|| view! {
            <details class="details">
                <summary class="details__summary">"What each option feeds in the scoring"</summary>
                <table class="table" data-testid="presenter-feeds">
                    <caption class="visually-hidden">"What each option feeds in the scoring"</caption>
                    <thead><tr><th scope="col">"Option"</th><th scope="col">"Feeds"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="source">"Source: " {question.source}</p>
            </details>
        })}
    }
}

/// The chart's figures as a table, in the presenter's window: the room's
/// window shows the picture, and its description.
fn chart_notes(app: &AppState) -> impl IntoView {
    let app = *app;
    let rows = move || {
        app.open().scores().with(|scores| {
            scores
                .iter()
                .map(|s| view! { <tr><th scope="row">{s.standard(app.standards()).title}</th><td>{s.label()}</td></tr> })
                .collect_view()
        })
    };
    view! {
        <h2 class="presenter__heading">"The gap chart"</h2>
        <p>"Each standard against the target of met. Next goes through them one at a time; record the room's action on each."</p>
        <table class="table" data-testid="presenter-chart-table">
            <caption class="visually-hidden">"Each standard and its status"</caption>
            <thead><tr><th scope="col">"Standard"</th><th scope="col">"Status"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn standard_notes(app: &AppState, index: usize) -> impl IntoView {
    let standard = &app.standards().standards[index];
    let app = *app;
    let step = move || {
        app.open().scores().with(|scores| {
            scores
                .get(index)
                .and_then(|s| s.next_steps(standard).first().map(|n| n.text))
        })
    };
    view! {
        {move || step().map(|s| view! {
            <h2 class="presenter__heading">"A first step to suggest"</h2>
            <p data-testid="slide-step">{s}</p>
        })}
        <details class="details">
            <summary class="details__summary">"The rule, and its source"</summary>
            <p>"Met when " {standard.met_when_in_full()} "."</p>
            {(!standard.partly_when.is_empty()).then(|| view! { <p>"Partly met when " {standard.partly_when} "."</p> })}
            {standard.planned_when.map(|p| view! { <p>"On a plan alone (partly met at most): " {p} "."</p> })}
            <p>{standard.notes().reason}</p>
            <p class="source">"Source: " {standard.source}</p>
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
