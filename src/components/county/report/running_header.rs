use crate::state::CountyState;
use leptos::prelude::*;

/// A CSS string's contents: quotes and backslashes escaped, line breaks
/// made spaces, so that any title is only ever text.
fn css_string(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' => "\\22 ".to_string(),
            '\\' => "\\5c ".to_string(),
            '<' => "\\3c ".to_string(),
            c if c.is_control() => " ".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// The printed pages' running header (the report's title and period) and
/// their numbers, "Page 3 of 12": page margin boxes, whose text can only
/// come from a style sheet, so one is written for the current title.
#[component]
pub fn RunningHeader() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let css = move || {
        let header = state.report().with(|r| css_string(&r.running_header()));
        format!(
            "@media print {{ @page {{ @top-left {{ content: \"{header}\"; }} }} @page :first {{ @top-left {{ content: none; }} }} }}"
        )
    };
    view! { <style data-testid="running-header">{css}</style> }
}
