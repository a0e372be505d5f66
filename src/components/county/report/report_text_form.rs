use crate::domain::county::{TextField, MAX_TEXT};
use crate::state::CountyState;
use leptos::prelude::*;

/// One line of the title, or a text of paragraphs.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Line,
    Paragraphs,
}

/// The fields, in the order they are asked.
const FIELDS: [(TextField, &str, &str, Shape); 6] = [
    (
        TextField::Area,
        "area",
        "Area the report covers (for example Hertfordshire)",
        Shape::Line,
    ),
    (
        TextField::Period,
        "period",
        "Period (for example Autumn 2026)",
        Shape::Line,
    ),
    (
        TextField::Publisher,
        "publisher",
        "Organisation publishing the report",
        Shape::Line,
    ),
    (
        TextField::Introduction,
        "introduction",
        "Introduction",
        Shape::Paragraphs,
    ),
    (TextField::Method, "method", "Method", Shape::Paragraphs),
    (
        TextField::Conclusion,
        "conclusion",
        "Conclusion",
        Shape::Paragraphs,
    ),
];

/// The report's title and own words, as the facilitator sets them: each
/// kept with the set when the field is left; an empty text is generated.
#[component]
pub fn ReportTextForm() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let fields = FIELDS
        .iter()
        .map(|&(field, name, label, shape)| {
            let id = format!("report-{name}");
            let testid = format!("report-field-{name}");
            let value = move || state.report().with(|r| r.get(field).to_string());
            let on_input = move |ev| state.set_report_text(field, &event_target_value(&ev));
            let on_change = move |_| state.keep_report();
            let input = match shape {
                Shape::Line => view! {
                    <input type="text" class="input" id=id.clone() maxlength="200"
                        data-testid=testid.clone() prop:value=value on:input=on_input on:change=on_change/>
                }
                .into_any(),
                Shape::Paragraphs => view! {
                    <textarea class="textarea" id=id.clone() rows="4" maxlength=MAX_TEXT.to_string()
                        aria-describedby="report-texts-hint"
                        data-testid=testid.clone() prop:value=value on:input=on_input on:change=on_change></textarea>
                }
                .into_any(),
            };
            view! {
                <div class="form-group">
                    <label class="label" for=id>{label}</label>
                    {input}
                </div>
            }
        })
        .collect_view();
    let invited = move || {
        state
            .report()
            .with(|r| r.invited.map_or_else(String::new, |n| n.to_string()))
    };
    let on_invited = move |ev| {
        let value = event_target_value(&ev);
        state.set_invited(value.trim().parse().ok());
    };
    view! {
        <details class="details report-text-form screen-only" data-testid="report-text-form">
            <summary class="details__summary">"The report\u{2019}s title and texts"</summary>
            <div class="details__text">
                <p class="hint" id="report-texts-hint">
                    "Left empty, the introduction, method and conclusion are written from the set, as shown in the report. "
                    "Leave a blank line between paragraphs. The texts are kept with the set and go into its JSON download."
                </p>
                {fields}
                <div class="form-group">
                    <label class="label" for="report-invited">"How many bodies were invited to respond (for the response rate)"</label>
                    <input type="number" class="input input--short" id="report-invited" min="0" max="100000"
                        inputmode="numeric" data-testid="report-invited" prop:value=invited on:change=on_invited/>
                </div>
            </div>
        </details>
    }
}
