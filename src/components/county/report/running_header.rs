use crate::state::CountyState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A CSS string: quotes, backslashes and angle brackets escaped, line
/// breaks made spaces, so that any title is only ever text.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\22 "),
            '\\' => out.push_str("\\5c "),
            '<' => out.push_str("\\3c "),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The printed pages' running header, the report's title and period: a
/// page margin box can take its text only from a style, and the page's
/// Content-Security-Policy forbids inline styles, so the title is set as a
/// custom property of the root element (`--running-header`, county.css).
#[component]
pub fn RunningHeader() -> impl IntoView {
    let state = expect_context::<CountyState>();
    Effect::new(move |_| {
        let header = state.report().with(|r| css_string(&r.running_header()));
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        // Without a root element there is no page to print either.
        if let Some(root) = root {
            let _ = root.style().set_property("--running-header", &header);
        }
    });
}
