use leptos::prelude::*;

/// A section that draws its contents only while open: with hundreds of
/// bodies, closed sections cost nothing. Open from the start for small
/// sets, so the printed report has them.
#[component]
pub fn LazyDetails(
    summary: String,
    open: bool,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = RwSignal::new(open);
    view! {
        <details class="details county-section" open=open data-testid=testid
            on:toggle=move |ev| shown.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary class="details__summary">{summary}</summary>
            {move || shown.get().then(|| children())}
        </details>
    }
}
