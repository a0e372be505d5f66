use leptos::prelude::*;

/// A section that draws its contents only while open: with hundreds of
/// bodies, closed sections cost nothing. Open from the start for small
/// sets, so the printed report has them; a closed one says so on paper.
#[component]
pub fn LazyDetails(
    summary: String,
    open: bool,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = RwSignal::new(open);
    view! {
        <details class="details" open=open data-testid=testid
            on:toggle=move |ev| shown.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary class="details__summary">{summary}</summary>
            {move || shown.get().then(|| children())}
        </details>
        {move || (!shown.get()).then(|| view! {
            <p class="print-only">"Not printed: open this section on screen to include it."</p>
        })}
    }
}
