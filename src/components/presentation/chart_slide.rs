use super::slide_mode::SlideMode;
use crate::charts::gap_chart::gap_chart_svg;
use crate::domain::scoring::Summary;
use crate::state::AppState;
use leptos::prelude::*;

/// The revealed results: the gap chart filling the slide. Its figures are
/// in the summary line and in the chart's own description; the table of
/// every standard is the standards' slides that follow.
#[component]
pub fn ChartSlide(mode: SlideMode) -> impl IntoView {
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
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>"Results"</p>
        <h1 class="slide__heading slide__heading--small" id=mode.id("slide-heading")
            tabindex=mode.interactive().then_some("-1")>{format!("Results: the {} standards", app.standards().standards.len())}</h1>
        <p class="slide__summary" data-testid=mode.id("slide-summary")>{summary}</p>
        // Built from labels and numbers only, never from user text.
        <div class="slide__chart" data-testid=mode.id("slide-chart") inner_html=move || svg.get()></div>
    }
}
