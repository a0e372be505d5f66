use crate::state::{CountyState, PrintForm};
use leptos::prelude::*;

/// A section that draws its contents only while open: with hundreds of
/// bodies, closed sections cost nothing. Open from the start for small
/// sets; opened and drawn whenever the full report is chosen for print,
/// so that paper never lacks what the full report promises.
#[component]
pub fn LazyDetails(
    summary: String,
    open: bool,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let opened = RwSignal::new(open);
    let full = move || state.print_form().get() == PrintForm::Full;
    let shown = move || opened.get() || full();
    view! {
        <details class="details" prop:open=shown data-testid=testid
            on:toggle=move |ev| opened.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary class="details__summary">{summary}</summary>
            {move || shown().then(|| children())}
        </details>
    }
}
