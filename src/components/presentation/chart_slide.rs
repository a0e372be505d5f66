use crate::charts::gap_chart::gap_chart_svg;
use crate::domain::scoring::Summary;
use crate::state::AppState;
use leptos::prelude::*;

/// The revealed results: the gap chart filling the screen, with the same
/// figures as a table for screen readers.
#[component]
pub fn ChartSlide() -> impl IntoView {
    let app = expect_context::<AppState>();
    let svg = Memo::new(move |_| {
        app.open()
            .scores()
            .with(|s| gap_chart_svg(s, app.standards()))
    });
    let summary = move || {
        let s = app.open().scores().with(|s| Summary::of(s));
        format!(
            "{} met, {} partly met, {} not met, {} not yet answered",
            s.met, s.partly_met, s.not_met, s.not_answered
        )
    };
    let rows = move || {
        app.open().scores().with(|scores| {
            scores
                .iter()
                .map(|s| {
                    view! { <tr><th scope="row">{s.standard(app.standards()).title}</th><td>{s.label()}</td></tr> }
                })
                .collect_view()
        })
    };
    view! {
        <h1 id="slide-heading" class="slide__heading slide__heading--small" tabindex="-1">"Results: the thirteen standards"</h1>
        <p class="slide__summary" data-testid="slide-summary">{summary}</p>
        // Built from labels and numbers only, never from user text.
        <div class="slide__chart" data-testid="slide-chart" inner_html=move || svg.get()></div>
        <table class="visually-hidden">
            <caption>"Each standard and its status"</caption>
            <thead><tr><th scope="col">"Standard"</th><th scope="col">"Status"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
