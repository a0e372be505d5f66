use crate::browser::download::download;
use crate::state::CountyState;
use leptos::prelude::*;

/// One of the county picture's charts, as a section of the report: its
/// heading, the chart with its caption, its figures as a table (the
/// children), and a download of the SVG.
#[component]
pub fn CountyFigure(
    heading: &'static str,
    /// Names the section's ids, the test ids and the download: "county-chart".
    name: &'static str,
    #[prop(into)] caption: Signal<String>,
    /// Built only from labels and numbers, never user text, so it is safe
    /// to set as markup.
    svg: Memo<String>,
    /// Printed in the full report only.
    #[prop(optional)]
    full_only: bool,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let file = format!("{name}.svg");
    let on_download = move |_| {
        if let Err(e) = download(&file, "image/svg+xml", &svg.get_untracked()) {
            state
                .notices()
                .tell(format!("The download did not start: {e}."), true);
        }
    };
    let heading_id = format!("{name}-heading");
    view! {
        <section class="county-section report-section" class:report-full-only=full_only aria-labelledby=heading_id.clone()>
            <h3 class="heading-m" id=heading_id.clone()>{heading}</h3>
            <figure class="chart" data-testid=name>
                <figcaption>{caption}</figcaption>
                <div class="chart__svg" inner_html=move || svg.get()></div>
                {children()}
                <button type="button" class="button button--secondary"
                    data-testid=format!("{name}-download") on:click=on_download>
                    "Download this chart (SVG)"
                </button>
            </figure>
        </section>
    }
}
