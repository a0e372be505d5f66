use crate::domain::county::BodyFilter;
use crate::state::CountyState;
use leptos::prelude::*;

/// The report's sections in order: heading id, heading, and whether the
/// board report leaves it out. Appendices are lettered, not numbered.
pub const SECTIONS: [(&str, &str, bool); 13] = [
    ("introduction-heading", "Introduction", false),
    ("method-heading", "Method", false),
    ("county-summary-heading", "Summary", false),
    ("county-chart-heading", "Meeting the standards", false),
    (
        "standards-matrix-heading",
        "Each body against the thirteen standards",
        false,
    ),
    ("sector-heading", "The sector's view", false),
    ("spread-chart-heading", "Where each body sits", true),
    ("analysis-heading", "Analysis", false),
    ("county-steps-heading", "Recommendations", false),
    ("good-practice-heading", "Examples of good practice", false),
    ("rounds-heading", "Change between rounds", true),
    ("conclusion-heading", "Conclusion", false),
    ("sources-heading", "Sources", false),
];

/// The appendices, in the full report only.
pub const APPENDICES: [(&str, &str); 2] = [
    ("snapshots-heading", "Appendix A: snapshots of each body"),
    ("appendix-heading", "Appendix B: survey responses"),
];

/// The front of the report: its title, who it covers, when and by whom,
/// and the contents, numbered as the sections print.
#[component]
pub fn ReportFront() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let title = move || state.report().with(|r| r.title());
    let byline = move || state.report().with(|r| r.byline());
    let scope = move || {
        let filter = state.filter().get();
        (filter != BodyFilter::All).then(|| format!("Bodies in this report: {}.", filter.label(q)))
    };
    // Change between rounds has a section only when the set holds rounds.
    let has_rounds = Memo::new(move |_| {
        let filter = state.filter().get();
        state
            .set()
            .with(|s| s.rounds(&filter).iter().any(|r| r.len() > 1))
    });
    let entries = move || {
        let rounds = has_rounds.get();
        SECTIONS
            .iter()
            .filter(|(id, _, _)| rounds || *id != "rounds-heading")
            .map(|&(id, heading, full_only)| {
                view! {
                    <li class:report-full-only=full_only><a href=format!("#{id}")>{heading}</a></li>
                }
            })
            .collect_view()
    };
    let appendices = APPENDICES
        .iter()
        .map(|&(id, heading)| view! { <li><a href=format!("#{id}")>{heading}</a></li> })
        .collect_view();
    view! {
        <header class="report-front" data-testid="report-front">
            <h2 class="report-front__title" data-testid="report-title">{title}</h2>
            {move || scope().map(|s| view! { <p class="report-front__scope">{s}</p> })}
            {move || byline().map(|b| view! { <p class="report-front__byline" data-testid="report-byline">{b}</p> })}
            <nav class="report-contents" aria-labelledby="contents-heading" data-testid="report-contents">
                <h3 class="heading-s" id="contents-heading">"Contents"</h3>
                <ol class="report-contents__list">{entries}</ol>
                <ul class="report-contents__appendices report-full-only">{appendices}</ul>
            </nav>
        </header>
    }
}
