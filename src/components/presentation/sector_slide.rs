use super::slide_mode::SlideMode;
use crate::charts::sector_chart::sector_chart_svg;
use crate::domain::presentation::redact_contacts;
use crate::domain::sector::{SectorQuestions, HELD_BACK, MIN_ANSWERS};
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// What the sector says, after the standards: under five responses only
/// the count; from five the body's NI7-style figure (where five answered it
/// with a view, and said not to be NI7) and the chart of the sector's
/// answers beside the body's own verdicts. What organisations wrote
/// reaches the wall only with privacy off, contact details hidden even
/// then, and never the name an organisation gave (a name written inside a
/// comment shows as written).
#[component]
pub fn SectorSlide(mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let q = SectorQuestions::bundled();
    let private = Memo::new(move |_| presentation.view().with(|v| v.private));
    let view_of = Memo::new(move |_| {
        let scores = app.open().scores();
        app.open()
            .assessment()
            .with(|a| scores.with(|s| a.sector.view(s)))
    });
    let content = move || {
        let v = view_of.get();
        let held = v.holds_back();
        let Some(f) = v.figures else {
            let count = match v.count {
                0 => "No responses from the sector yet.".to_string(),
                1 => "1 response from the sector so far.".to_string(),
                n => format!("{n} responses from the sector so far."),
            };
            return view! {
                <p class="slide__summary" data-testid=mode.id("slide-sector-count")>{count}</p>
                <p data-testid=mode.id("slide-sector-too-few")>{format!("A figure appears for each question once {MIN_ANSWERS} organisations have answered it with a view.")}</p>
            }
            .into_any();
        };
        let ni7 = f.ni7.map_or_else(
            || format!("{} responses. Fewer than {MIN_ANSWERS} answered the question on its influence with a view: no figure yet.", v.count),
            |n| {
                format!(
                    "{} responses. {} of the {} organisations that answered this body's invitation on the five-point scale ({}%) say it has a very positive or positive influence on their success. Not NI7, which was a national survey about all local statutory bodies.{}",
                    v.count,
                    n.positive,
                    n.answered,
                    n.whole_percent(),
                    if held { format!(" {HELD_BACK}") } else { String::new() }
                )
            },
        );
        // Drawn from labels and numbers only, never from what was written.
        let svg = app
            .open()
            .scores()
            .with(|s| sector_chart_svg(q, app.standards(), &f.items, s, v.count));
        let comments = (!private.get()).then(|| {
            let written: Vec<String> = app.open().assessment().with(|a| {
                a.sector
                    .counted()
                    .filter_map(|r| r.comment.as_deref())
                    .map(|c| redact_contacts(c.trim()).0)
                    .filter(|c| !c.is_empty())
                    .collect()
            });
            (!written.is_empty()).then(|| {
                view! {
                    <ul class="slide__comments" data-testid=mode.id("slide-sector-comments")>
                        {written.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}
                    </ul>
                }
            })
        });
        view! {
            <p class="slide__summary" data-testid=mode.id("slide-sector-ni7")>{ni7}</p>
            <div class="slide__chart slide__chart--sector" data-testid=mode.id("slide-sector-chart") inner_html=svg></div>
            {comments}
        }
        .into_any()
    };
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>"The sector's view"</p>
        <h1 class="slide__heading slide__heading--small" id=mode.id("slide-heading")
            tabindex=mode.interactive().then_some("-1")>"What the sector says"</h1>
        {content}
    }
}
